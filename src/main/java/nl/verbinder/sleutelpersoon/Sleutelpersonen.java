package nl.verbinder.sleutelpersoon;

import org.springframework.context.annotation.Bean;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.Role;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional pool, kept by the coordinator: who joins, what changes, who leaves (and
 * which requests that frees), and the account a key person signs in with. Reading or
 * changing a key person's details is processing of their personal data and is logged.
 * Requests are {@link Requesting}'s, offering them {@link Assigning}'s.
 *
 * <p>
 * Eight collaborators: the pool and the requests it frees, the scope, the log, the
 * reference data, the clock, the accounts key persons sign in with, and the events that
 * tell that an accepted request was released (its visit lapses).
 */
@Service
public class Sleutelpersonen {

	/**
	 * Keeping the pool: the key persons' own details, with their consent and agreement.
	 */
	public static final ProcessingActivity POOL = new ProcessingActivity("sleutelpersoon.pool",
			"Beheer van de regionale pool van sleutelpersonen en hun inzet",
			"Overeenkomst met de sleutelpersoon (AVG art. 6 lid 1 sub b)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.CONTACT, DataCategory.ORIGIN, DataCategory.ACCOUNT)
		.keptFor(Period.ofYears(2))
		.controlledBy(ProcessingActivity.Controller.REGION);

	/** Asking a key person's help for a household: part of the regie. */
	public static final ProcessingActivity INZET = new ProcessingActivity("sleutelpersoon.inzet",
			"Inzet van een sleutelpersoon bij de inburgering van een huishouden",
			"Wet inburgering 2021, art. 6 (wettelijke taak, AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.HOUSEHOLD, DataCategory.ORIGIN, DataCategory.INTEGRATION)
		.keptFor(Period.ofYears(5));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities sleutelpersoonProcessingActivities() {
		return ProcessingActivities.of(POOL, INZET);
	}

	/**
	 * A key person of the pool with the version of their row, for a form that changes
	 * them.
	 */
	public record PoolMember(Sleutelpersoon sleutelpersoon, long versie) {
	}

	/**
	 * A key person who left the pool, and the requests that were theirs and are open
	 * again.
	 */
	public record Departure(Sleutelpersoon sleutelpersoon, List<Verzoek> reopened) {
	}

	private final Pool pool;

	private final Verzoeken verzoeken;

	private final PoolScoping scoping;

	private final ProcessingLog log;

	private final ReferenceData reference;

	private final Clock clock;

	private final AccountAdministration accounts;

	private final ApplicationEventPublisher events;

	Sleutelpersonen(Pool pool, Verzoeken verzoeken, PoolScoping scoping, ProcessingLog log, ReferenceData reference,
			Clock clock, AccountAdministration accounts, ApplicationEventPublisher events) {
		this.pool = pool;
		this.verzoeken = verzoeken;
		this.scoping = scoping;
		this.log = log;
		this.reference = reference;
		this.clock = clock;
		this.accounts = accounts;
		this.events = events;
	}

	/** Everyone in the pool, those who left included (with their end date). */
	@Transactional(readOnly = true)
	public List<Sleutelpersoon> pool() {
		scoping.check(Permission.KEY_PERSON_POOL_MANAGE);
		List<Sleutelpersoon> all = pool.all().stream().map(Pool.Stored::sleutelpersoon).toList();
		log.record(POOL, Operation.READ, all.stream().map(Sleutelpersonen::subject).toList());
		return all;
	}

	@Transactional
	public Sleutelpersoon add(Sleutelpersoon person) {
		scoping.check(Permission.KEY_PERSON_POOL_MANAGE);
		checkCodes(person);
		pool.insert(person);
		log.record(POOL, Operation.CREATE, subject(person));
		return person;
	}

	/** One key person of the pool; reading them is logged. */
	@Transactional(readOnly = true)
	public PoolMember member(UUID id) {
		scoping.check(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = find(id);
		log.record(POOL, Operation.READ, subject(stored.sleutelpersoon()));
		return new PoolMember(stored.sleutelpersoon(), stored.version());
	}

	/**
	 * Changes a key person's details (see {@link Sleutelpersoon#change}); a stale version
	 * is a conflict.
	 */
	@Transactional
	public Sleutelpersoon change(UUID id, long expectedVersion, Sleutelpersoon.Details details) {
		scoping.check(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = find(id);
		PoolScoping.requireVersion(stored.version(), expectedVersion, "Key person " + id);
		Sleutelpersoon changed = stored.sleutelpersoon().change(details, LocalDate.now(clock));
		checkCodes(changed);
		pool.update(changed, expectedVersion);
		log.record(POOL, Operation.UPDATE, subject(changed));
		return changed;
	}

	/**
	 * The requests a key person holds (offered to them or accepted by them, not done)
	 * whose time window reaches {@code day}: those they cannot do once they leave on that
	 * day.
	 */
	@Transactional(readOnly = true)
	public List<Verzoek> heldOn(UUID id, LocalDate day) {
		scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		return held(id, day).stream().map(Verzoeken.Stored::verzoek).toList();
	}

	private List<Verzoeken.Stored> held(UUID id, LocalDate day) {
		return verzoeken.ofKeyPerson(id, Integer.MAX_VALUE)
			.stream()
			.filter(s -> s.verzoek().heldBy(id) && !s.verzoek().tot().isBefore(day))
			.toList();
	}

	/**
	 * Records that a key person left the pool (they stay in its history). What they held
	 * and could not do before leaving is released: open again, for the coordinator to
	 * offer to someone else.
	 */
	@Transactional
	public Departure leave(UUID id, LocalDate day, String reason) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = find(id);
		if (stored.sleutelpersoon().einde() != null) {
			throw new RuleViolation("rule.key-person.left-already", stored.sleutelpersoon().einde());
		}
		Sleutelpersoon left = stored.sleutelpersoon().leave(day, reason);
		pool.update(left, stored.version());
		log.record(POOL, Operation.UPDATE, subject(left));
		List<Verzoek> reopened = new ArrayList<>();
		for (Verzoeken.Stored held : held(id, day)) {
			Verzoek open = held.verzoek().release(id);
			verzoeken.updateStatus(open, held.version());
			if (open.householdId() != null) {
				log.record(INZET, Operation.UPDATE, DataSubject.household(open.householdId()));
				if (held.verzoek().status() == Verzoek.Status.GEACCEPTEERD) {
					events.publishEvent(new VerzoekEnded(open.id(), open.gemeente().value(), scope.actor().id().value(),
							VerzoekEnded.How.VRIJGEGEVEN, clock.instant()));
				}
			}
			reopened.add(open);
		}
		return new Departure(left, reopened);
	}

	/**
	 * Links a key person of the pool to the account they sign in with (an account of the
	 * key-person role).
	 */
	@Transactional
	public void linkAccount(UUID sleutelpersoonId, UUID accountId) {
		scoping.check(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = find(sleutelpersoonId);
		if (accounts.roleOf(new AccountId(accountId)).orElse(null) != Role.KEY_PERSON) {
			throw new RuleViolation("rule.key-person.account-role");
		}
		pool.linkAccount(sleutelpersoonId, accountId);
		log.record(POOL, Operation.UPDATE, subject(stored.sleutelpersoon()));
	}

	private Pool.Stored find(UUID id) {
		return pool.find(id).orElseThrow(() -> new NoSuchElementException("No key person " + id));
	}

	private void checkCodes(Sleutelpersoon person) {
		for (var gemeente : person.werkgebied()) {
			if (!reference.exists(gemeente)) {
				throw new RuleViolation("rule.gemeente.unknown", gemeente.value());
			}
		}
		if (!reference.exists(person.woonplaats())) {
			throw new RuleViolation("rule.gemeente.unknown", person.woonplaats().value());
		}
		for (var taal : person.talen()) {
			if (reference.taal(taal.taal()).isEmpty()) {
				throw new RuleViolation("rule.language.unknown", taal.taal().value());
			}
		}
		for (String country : person.gemeenschappen()) {
			if (reference.land(country).isEmpty()) {
				throw new RuleViolation("rule.country.unknown", country);
			}
		}
	}

	static DataSubject subject(Sleutelpersoon person) {
		return new DataSubject(DataSubject.KEY_PERSON, person.id().toString());
	}

}
