package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The PIP's use cases: drafting, changing a draft, discussing it with the newcomer,
 * establishing it as a decision, revising an established plan and extending its term.
 * Each change names the version it was made on, so concurrent edits conflict instead of
 * overwriting each other. Established plans are published as {@link PipEstablished}
 * events.
 */
@Service
public class PipDecisions {

	private final Pips pips;

	private final Scoping scoping;

	private final AccessControl access;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProductChoices products;

	PipDecisions(Pips pips, Scoping scoping, AccessControl access, ProcessingLog log, ApplicationEventPublisher events,
			Clock clock, ProductChoices products) {
		this.products = products;
		this.pips = pips;
		this.scoping = scoping;
		this.access = access;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PipView draft(UUID personId, PipInhoud inhoud) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(personId, scope);
		if (pips.findByPerson(personId).isPresent()) {
			throw new RuleViolation("rule.pip.exists");
		}
		products.check(household.gemeente(), inhoud, Set.of(), LocalDate.now(clock));
		Member person = household.member(personId);
		Pip pip = Pip.draft(person, household.id().value(), household.gemeente().value(), inhoud);
		pips.insert(pip, household.id().value());
		log.record(Inburgering.REGIE, Operation.CREATE, DataSubject.person(personId));
		return PipView.of(pip, 0, LocalDate.now(clock));
	}

	@Transactional
	public PipView pip(UUID personId) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.householdOf(personId, scope);
		Pips.Loaded loaded = pips.findByPerson(personId)
			.orElseThrow(() -> new NoSuchElementException("No PIP for person " + personId));
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return PipView.of(loaded.pip(), loaded.rowVersion(), LocalDate.now(clock));
	}

	@Transactional
	public PipView updateDraft(UUID personId, long versie, PipInhoud inhoud) {
		return change(personId, versie, pip -> pip.updateDraft(inhoud), inhoud);
	}

	@Transactional
	public PipView discuss(UUID personId, long versie, LocalDate on, String visieNieuwkomer) {
		return change(personId, versie, pip -> pip.discuss(on, visieNieuwkomer));
	}

	@Transactional
	public PipView establish(UUID personId, long versie, LocalDate on) {
		UUID by = access.currentActor().id().value();
		return change(personId, versie, pip -> pip.establish(on, by));
	}

	@Transactional
	public PipView revise(UUID personId, long versie, PipInhoud inhoud) {
		return change(personId, versie, pip -> pip.revise(inhoud), inhoud);
	}

	@Transactional
	public PipView extendTerm(UUID personId, long versie, Inburgeringstermijn.Verlenging verlenging) {
		return change(personId, versie, pip -> pip.extendTerm(verlenging));
	}

	private PipView change(UUID personId, long versie, Consumer<Pip> change) {
		return change(personId, versie, change, null);
	}

	/**
	 * A change; new content ({@code inhoud}) may only name products that can be chosen.
	 */
	private PipView change(UUID personId, long versie, Consumer<Pip> change, @Nullable PipInhoud inhoud) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(personId, scope);
		Pips.Loaded loaded = pips.findByPerson(personId)
			.orElseThrow(() -> new NoSuchElementException("No PIP for person " + personId));
		if (inhoud != null) {
			products.check(household.gemeente(), inhoud, ProductChoices.named(loaded.pip()), LocalDate.now(clock));
		}
		if (loaded.rowVersion() != versie) {
			throw new OptimisticLockingFailureException(
					"The PIP is at version " + loaded.rowVersion() + ", not " + versie);
		}
		Pip pip = loaded.pip();
		change.accept(pip);
		pips.update(pip, versie);
		log.record(Inburgering.REGIE, Operation.UPDATE, DataSubject.person(personId));
		pip.drainEvents().forEach(events::publishEvent);
		return PipView.of(pip, versie + 1, LocalDate.now(clock));
	}

}
