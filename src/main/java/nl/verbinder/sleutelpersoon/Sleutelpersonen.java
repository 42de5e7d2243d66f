package nl.verbinder.sleutelpersoon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-person module's API: the regional pool (managed by the coordinator), requests from
 * professionals in their own municipality, the ranking of candidates for a request, and assigning it.
 * Reading or changing a key person's details is processing of their personal data and is logged.
 */
@Service
public class Sleutelpersonen {

	/** Keeping the pool: the key persons' own details, with their consent and agreement. */
	public static final ProcessingActivity POOL = new ProcessingActivity("sleutelpersoon.pool",
			"Beheer van de regionale pool van sleutelpersonen en hun inzet",
			"Overeenkomst met de sleutelpersoon (AVG art. 6 lid 1 sub b)");

	/** Asking a key person's help for a household: part of the regie. */
	public static final ProcessingActivity INZET = new ProcessingActivity("sleutelpersoon.inzet",
			"Inzet van een sleutelpersoon bij de inburgering van een huishouden",
			"Wet inburgering 2021, art. 6 (wettelijke taak, AVG art. 6 lid 1 sub e)");

	/** A request as a professional enters it. */
	public record NewRequest(Verzoek.Soort soort, List<TaalCode> talen, Rol rol, @Nullable Domein domein,
			GemeenteCode gemeente, String wijk, LocalDate van, LocalDate tot, int minuten, Verzoek.Urgentie urgentie,
			@Nullable UUID householdId, String doel) {
	}

	/** A request with the version of its row, for optimistic locking. */
	public record RequestView(Verzoek verzoek, long versie, @Nullable String sleutelpersoon) {

		RequestView(Verzoek verzoek, long versie) {
			this(verzoek, versie, null);
		}
	}

	private final Pool pool;
	private final Verzoeken verzoeken;
	private final AccessControl access;
	private final RowLevelSecurity rowLevelSecurity;
	private final ProcessingLog log;
	private final Inburgering inburgering;
	private final CandidateRanking ranking;
	private final ReferenceData reference;
	private final Clock clock;
	private final nl.verbinder.access.AccountAdministration accounts;

	Sleutelpersonen(Pool pool, Verzoeken verzoeken, AccessControl access, RowLevelSecurity rowLevelSecurity,
			ProcessingLog log, Inburgering inburgering, ReferenceData reference, Clock clock,
			nl.verbinder.access.AccountAdministration accounts) {
		this.accounts = accounts;
		this.pool = pool;
		this.verzoeken = verzoeken;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.inburgering = inburgering;
		this.reference = reference;
		this.ranking = new CandidateRanking(reference::distanceKm);
		this.clock = clock;
	}

	/** Everyone in the pool, those who left included (with their end date). */
	@Transactional(readOnly = true)
	public List<Sleutelpersoon> pool() {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		List<Sleutelpersoon> all = pool.all().stream().map(Pool.Stored::sleutelpersoon).toList();
		log.record(POOL, Operation.READ, all.stream().map(Sleutelpersonen::subject).toList());
		return all;
	}

	@Transactional
	public Sleutelpersoon add(Sleutelpersoon person) {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		checkCodes(person);
		pool.insert(person);
		log.record(POOL, Operation.CREATE, subject(person));
		return person;
	}

	/** A key person of the pool with the version of their row, for a form that changes them. */
	public record PoolMember(Sleutelpersoon sleutelpersoon, long versie) {
	}

	/** One key person of the pool; reading them is logged. */
	@Transactional(readOnly = true)
	public PoolMember member(UUID id) {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = pool.find(id).orElseThrow(() -> new NoSuchElementException("No key person " + id));
		log.record(POOL, Operation.READ, subject(stored.sleutelpersoon()));
		return new PoolMember(stored.sleutelpersoon(), stored.version());
	}

	/** Changes a key person's details (see {@link Sleutelpersoon#change}); a stale version is a conflict. */
	@Transactional
	public Sleutelpersoon change(UUID id, long expectedVersion, Sleutelpersoon.Details details) {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = pool.find(id).orElseThrow(() -> new NoSuchElementException("No key person " + id));
		requireVersion(stored.version(), expectedVersion, "Key person " + id);
		Sleutelpersoon changed = stored.sleutelpersoon().change(details, LocalDate.now(clock));
		checkCodes(changed);
		pool.update(changed, expectedVersion);
		log.record(POOL, Operation.UPDATE, subject(changed));
		return changed;
	}

	/** A key person who left the pool, and the requests that were theirs and are open again. */
	public record Departure(Sleutelpersoon sleutelpersoon, List<Verzoek> reopened) {
	}

	/**
	 * The requests a key person holds (offered to them or accepted by them, not done) whose time window
	 * reaches {@code day}: those they cannot do once they leave on that day.
	 */
	@Transactional(readOnly = true)
	public List<Verzoek> heldOn(UUID id, LocalDate day) {
		scope(Permission.KEY_PERSON_POOL_MANAGE);
		return held(id, day).stream().map(Verzoeken.Stored::verzoek).toList();
	}

	private List<Verzoeken.Stored> held(UUID id, LocalDate day) {
		return verzoeken.ofKeyPerson(id, Integer.MAX_VALUE)
			.stream()
			.filter(s -> s.verzoek().heldBy(id) && !s.verzoek().tot().isBefore(day))
			.toList();
	}

	/**
	 * Records that a key person left the pool (they stay in its history). What they held and could not do
	 * before leaving is released: open again, for the coordinator to offer to someone else.
	 */
	@Transactional
	public Departure leave(UUID id, LocalDate day, String reason) {
		scope(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = pool.find(id).orElseThrow(() -> new NoSuchElementException("No key person " + id));
		if (stored.sleutelpersoon().einde() != null) {
			throw new RuleViolation("rule.key-person.left-already", stored.sleutelpersoon().einde());
		}
		Sleutelpersoon left = stored.sleutelpersoon().vertrek(day, reason);
		pool.update(left, stored.version());
		log.record(POOL, Operation.UPDATE, subject(left));
		List<Verzoek> reopened = new java.util.ArrayList<>();
		for (Verzoeken.Stored held : held(id, day)) {
			Verzoek open = held.verzoek().release(id);
			verzoeken.updateStatus(open, held.version());
			if (open.householdId() != null) {
				log.record(INZET, Operation.UPDATE, DataSubject.household(open.householdId()));
			}
			reopened.add(open);
		}
		return new Departure(left, reopened);
	}

	/** A professional asks for a key person in their own municipality (for a household there, if named). */
	@Transactional
	public RequestView request(NewRequest r) {
		AccessScope scope = scope(Permission.KEY_PERSON_REQUEST);
		scope.require(r.gemeente());
		String contact = null;
		if (r.householdId() != null) {
			var household = inburgering.household(new HouseholdId(r.householdId()));
			if (!household.gemeente().equals(r.gemeente().value())) {
				throw new RuleViolation("rule.request-form.household-elsewhere", household.gemeente(), r.gemeente().value());
			}
			// The key person gets the first name of the household's first member, nothing more.
			contact = household.members().getFirst().voornaam();
		}
		for (TaalCode taal : r.talen()) {
			if (reference.taal(taal).isEmpty()) {
				throw new RuleViolation("rule.language.unknown", taal.value());
			}
		}
		var verzoek = new Verzoek(UUID.randomUUID(), r.soort(), r.talen(), r.rol(), r.domein(), r.gemeente(), r.wijk(), r.van(),
				r.tot(), r.minuten(), r.urgentie(), r.householdId(), contact, r.doel(), scope.actor().id().value(),
				Verzoek.Status.OPEN, null, java.util.Set.of(), null);
		verzoeken.insert(verzoek, clock.instant());
		if (verzoek.householdId() != null) {
			log.record(INZET, Operation.CREATE, DataSubject.household(verzoek.householdId()));
		}
		return new RequestView(verzoek, 0);
	}

	/** The requests of the caller's municipalities, open ones first. */
	@Transactional(readOnly = true)
	public List<RequestView> requests() {
		scope(Permission.KEY_PERSON_REQUEST);
		List<Verzoeken.Stored> stored = verzoeken.inScope(500);
		Map<UUID, Sleutelpersoon> attached = new HashMap<>();
		if (stored.stream().anyMatch(s -> s.verzoek().toegewezenAan() != null)) {
			pool.all().forEach(p -> attached.put(p.sleutelpersoon().id(), p.sleutelpersoon()));
		}
		List<RequestView> list = stored.stream().map(s -> {
			Sleutelpersoon who = s.verzoek().status().heeftSleutelpersoon() && s.verzoek().toegewezenAan() != null
					? attached.get(s.verzoek().toegewezenAan()) : null;
			return new RequestView(s.verzoek(), s.version(), who == null ? null : who.voornaam() + " " + who.achternaam());
		}).toList();
		log.record(INZET, Operation.READ, list.stream()
			.map(RequestView::verzoek)
			.filter(v -> v.householdId() != null)
			.map(v -> DataSubject.household(v.householdId()))
			.distinct()
			.toList());
		log.record(POOL, Operation.READ, list.stream()
			.map(RequestView::verzoek)
			.filter(v -> v.status().heeftSleutelpersoon() && attached.containsKey(v.toegewezenAan()))
			.map(v -> subject(attached.get(v.toegewezenAan())))
			.distinct()
			.toList());
		return list;
	}

	/** One request of the caller's municipalities, with its version. */
	@Transactional(readOnly = true)
	public RequestView findRequest(UUID requestId) {
		scope(Permission.KEY_PERSON_REQUEST);
		Verzoeken.Stored stored = verzoeken.find(requestId)
			.orElseThrow(() -> new NoSuchElementException("No request " + requestId));
		if (stored.verzoek().householdId() != null) {
			log.record(INZET, Operation.READ, DataSubject.household(stored.verzoek().householdId()));
		}
		return new RequestView(stored.verzoek(), stored.version());
	}

	/** A professional of the request's municipality withdraws it; a key person it was offered to is freed. */
	@Transactional
	public RequestView cancel(UUID requestId, long expectedVersion) {
		scope(Permission.KEY_PERSON_REQUEST);
		Verzoeken.Stored stored = verzoeken.find(requestId)
			.orElseThrow(() -> new NoSuchElementException("No request " + requestId));
		requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		Verzoek cancelled = stored.verzoek().annuleer();
		verzoeken.updateStatus(cancelled, expectedVersion);
		if (cancelled.householdId() != null) {
			log.record(INZET, Operation.UPDATE, DataSubject.household(cancelled.householdId()));
		}
		return new RequestView(cancelled, expectedVersion + 1);
	}

	/** The ranked candidates for a request, and who is excluded by which rule. */
	@Transactional(readOnly = true)
	public CandidateRanking.Ranking candidates(UUID requestId) {
		scope(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoek verzoek = verzoeken.find(requestId)
			.orElseThrow(() -> new NoSuchElementException("No request " + requestId))
			.verzoek();
		List<Sleutelpersoon> everyone = pool.all().stream().map(Pool.Stored::sleutelpersoon).toList();
		var result = ranking.rank(verzoek, everyone, verzoeken.workloads(verzoek.van()), LocalDate.now(clock));
		log.record(POOL, Operation.READ, result.candidates().stream().map(c -> subject(c.sleutelpersoon())).toList());
		return result;
	}

	/** Offers a request to one of its candidates; a stale version or a non-candidate is refused. */
	@Transactional
	public RequestView offer(UUID requestId, UUID sleutelpersoonId, long expectedVersion) {
		scope(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoeken.Stored stored = verzoeken.find(requestId)
			.orElseThrow(() -> new NoSuchElementException("No request " + requestId));
		requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		var result = ranking.rank(stored.verzoek(),
				pool.all().stream().map(Pool.Stored::sleutelpersoon).toList(), verzoeken.workloads(stored.verzoek().van()),
				LocalDate.now(clock));
		var candidate = result.candidates()
			.stream()
			.filter(c -> c.sleutelpersoon().id().equals(sleutelpersoonId))
			.findFirst()
			.orElseThrow(() -> result.excluded()
				.stream()
				.filter(e -> e.sleutelpersoon().id().equals(sleutelpersoonId))
				.findFirst()
				.map(e -> new RuleViolation("rule.request-offer.excluded", RuleViolation.name("exclusion." + e.reason().name())))
				.orElseGet(() -> new RuleViolation("rule.request-offer.no-candidate")));
		Verzoek assigned = stored.verzoek().biedAan(candidate.sleutelpersoon().id());
		verzoeken.updateStatus(assigned, expectedVersion);
		log.record(POOL, Operation.UPDATE, subject(candidate.sleutelpersoon()));
		if (assigned.householdId() != null) {
			log.record(INZET, Operation.UPDATE, DataSubject.household(assigned.householdId()));
		}
		return new RequestView(assigned, expectedVersion + 1);
	}

	/** Links a key person of the pool to the account they sign in with (an account of the key-person role). */
	@Transactional
	public void linkAccount(UUID sleutelpersoonId, UUID accountId) {
		access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		Pool.Stored stored = pool.find(sleutelpersoonId)
			.orElseThrow(() -> new NoSuchElementException("No key person " + sleutelpersoonId));
		if (accounts.roleOf(new nl.verbinder.access.AccountId(accountId)).orElse(null) != nl.verbinder.access.Role.KEY_PERSON) {
			throw new RuleViolation("rule.key-person.account-role");
		}
		pool.linkAccount(sleutelpersoonId, accountId);
		log.record(POOL, Operation.UPDATE, subject(stored.sleutelpersoon()));
	}

	/**
	 * The coordinator records a key person's answer or report given by phone or message (many key persons
	 * do not use the app): the same steps as the key person's own, on their behalf.
	 */
	@Transactional
	public RequestView recordOnBehalf(UUID requestId, long expectedVersion, boolean accepted,
			Verzoek.@Nullable Verslag verslag) {
		scope(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoeken.Stored stored = verzoeken.find(requestId)
			.orElseThrow(() -> new NoSuchElementException("No request " + requestId));
		requireVersion(stored.version(), expectedVersion, "Request " + requestId);
		UUID who = stored.verzoek().toegewezenAan();
		if (who == null) {
			throw new RuleViolation("rule.request-offer.nobody");
		}
		Verzoek changed = verslag != null ? stored.verzoek().rondAf(who, verslag)
				: accepted ? stored.verzoek().accepteer(who) : stored.verzoek().weiger(who);
		verzoeken.updateStatus(changed, expectedVersion);
		pool.find(who).ifPresent(p -> log.record(POOL, Operation.UPDATE, subject(p.sleutelpersoon())));
		return new RequestView(changed, expectedVersion + 1);
	}

	/** A week's proposal: the solver's result and, for reading it, the requests and key persons by id. */
	public record WeekProposal(LocalDate maandag, BatchAssignment.Result result, Map<UUID, Verzoek> verzoeken,
			Map<UUID, Sleutelpersoon> sleutelpersonen) {
	}

	/**
	 * The best assignment of the week's open requests to key persons (hours and travel limits respected),
	 * as a proposal: nothing is offered until the coordinator applies it.
	 */
	@Transactional(readOnly = true)
	public WeekProposal weekProposal(LocalDate day) {
		scope(Permission.KEY_PERSON_POOL_MANAGE);
		LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
		List<Verzoek> open = verzoeken.openInWeek(monday).stream().map(Verzoeken.Stored::verzoek).toList();
		List<Sleutelpersoon> everyone = pool.all().stream().map(Pool.Stored::sleutelpersoon).toList();
		var result = new BatchAssignment(ranking).solve(open, everyone, verzoeken.workloads(monday), LocalDate.now(clock), 10);
		log.record(POOL, Operation.READ, result.assignments()
			.stream()
			.map(a -> new DataSubject(DataSubject.KEY_PERSON, a.sleutelpersoon().toString()))
			.distinct()
			.toList());
		return new WeekProposal(monday, result,
				open.stream().collect(java.util.stream.Collectors.toMap(Verzoek::id, v -> v)),
				everyone.stream().collect(java.util.stream.Collectors.toMap(Sleutelpersoon::id, p -> p)));
	}

	/** Offers every request of the week's proposal to its proposed key person; returns how many were offered. */
	@Transactional
	public int applyWeekProposal(LocalDate day) {
		WeekProposal proposal = weekProposal(day);
		int offered = 0;
		for (var a : proposal.result().assignments()) {
			long version = verzoeken.find(a.verzoek()).orElseThrow().version();
			offer(a.verzoek(), a.sleutelpersoon(), version);
			offered++;
		}
		return offered;
	}

	/** A change made on a version that is no longer current is a conflict, never a silent overwrite. */
	static void requireVersion(long actual, long expected, String what) {
		if (actual != expected) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					what + " is at version " + actual + ", not " + expected);
		}
	}

	AccessScope scope(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
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
