package nl.verbinder.monitoring;

import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring module's API: running the signal rules over the households in the
 * caller's scope or over one household, the open signals of that scope with names, and
 * handling one (action taken) or dismissing it (with a reason). Every use asks
 * {@link AccessControl} for a scope and restricts the database transaction to it; signals
 * of other municipalities do not exist as far as the caller can tell.
 */
@Service
public class Signals {

	/**
	 * Watching that nobody drops out of view: part of the municipality's regie (Wet
	 * inburgering 2021).
	 */
	public static final ProcessingActivity SIGNALEN = new ProcessingActivity("monitoring.signalen",
			"Signaleren dat een inburgeraar of gezin uit beeld raakt",
			"Wet inburgering 2021, art. 6 en 14-16 (wettelijke taak, AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.HOUSEHOLD, DataCategory.INTEGRATION,
				DataCategory.COLLABORATION)
		.keptFor(Period.ofYears(2));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities monitoringProcessingActivities() {
		return ProcessingActivities.of(SIGNALEN);
	}

	/**
	 * Most urgent first: not handled yet before handled, then the earliest due date, then
	 * by kind ({@link SignalKind}'s order).
	 */
	public static final Comparator<SignalView> URGENCY = Comparator
		.comparing((SignalView s) -> s.acknowledgedAt() != null)
		.thenComparing(SignalView::dueOn)
		.thenComparing(SignalView::kind);

	/** What a run did: signals raised and closed. */
	public record RunResult(int raised, int closed) implements Serializable {
	}

	private final SignalStore store;

	private final SignalEvaluation evaluation;

	private final Caseload caseload;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final Clock clock;

	Signals(SignalStore store, SignalEvaluation evaluation, Caseload caseload, AccessControl access,
			RowLevelSecurity rowLevelSecurity, ProcessingLog log, Clock clock) {
		this.store = store;
		this.evaluation = evaluation;
		this.caseload = caseload;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Runs the signal rules over the caller's municipalities now (the nightly run does
	 * this for all).
	 */
	@Transactional
	public RunResult run() {
		UUID run = store.startRun("ON_DEMAND", LocalDate.now(clock), clock.instant());
		RunResult result = runInScope();
		store.finishRun(run, result.raised(), result.closed(), clock.instant());
		return result;
	}

	/**
	 * The rules over the current caller's scope, without a run of its own (the nightly
	 * run keeps one for all).
	 */
	@Transactional
	RunResult runInScope() {
		return evaluation.inScope(scope(Permission.HOUSEHOLD_READ));
	}

	/**
	 * The rules over one household of the caller's scope, after something changed in it
	 * (a contact moment, a plan, a referral's answer); nothing when it is not in scope.
	 */
	@Transactional
	public RunResult evaluate(HouseholdId household) {
		return evaluation.household(scope(Permission.HOUSEHOLD_READ), household);
	}

	/**
	 * The open signals of the caller's municipalities, most urgent first (not yet
	 * handled, then the earliest due date, then by kind), with the members' names.
	 */
	@Transactional
	public List<SignalView> open() {
		AccessScope scope = scope(Permission.HOUSEHOLD_READ);
		List<SignalStore.Row> rows = store.open(scope.gemeenteCodes());
		Map<HouseholdId, List<String>> names = caseload
			.memberNames(rows.stream().map(SignalStore.Row::household).distinct().toList());
		return rows.stream()
			.filter(r -> names.containsKey(r.household()))
			.map(r -> view(r, names.get(r.household())))
			.sorted(URGENCY)
			.toList();
	}

	/**
	 * One page of the open signals of the caller's municipalities, sorted by the asked
	 * {@code fields} or else most urgent first (ties by id). Only the page's households'
	 * members are read for their names, so only they are in the processing log.
	 */
	@Transactional
	public Paged<SignalView> openPage(Paging paging, Map<String, Comparator<SignalView>> fields) {
		AccessScope scope = scope(Permission.HOUSEHOLD_READ);
		List<SignalView> all = store.open(scope.gemeenteCodes()).stream().map(r -> view(r, List.of())).toList();
		Paged<SignalView> page = paging.of("signalen", all, fields, URGENCY.thenComparing(SignalView::id));
		Map<HouseholdId, List<String>> names = caseload
			.memberNames(page.items().stream().map(SignalView::household).distinct().toList());
		return page.map(v -> v.named(names.getOrDefault(v.household(), List.of())));
	}

	/**
	 * The number of open signals (not dismissed) per household of {@code households} in
	 * the caller's scope that has any.
	 */
	@Transactional
	public Map<HouseholdId, Integer> openCounts(Collection<HouseholdId> households) {
		AccessScope scope = scope(Permission.HOUSEHOLD_READ);
		return store.openCounts(scope.gemeenteCodes(), households);
	}

	/**
	 * Every signal of one household in the caller's scope, open and closed, newest first.
	 */
	@Transactional
	public List<SignalView> ofHousehold(HouseholdId household) {
		scope(Permission.HOUSEHOLD_READ);
		Map<HouseholdId, List<String>> names = caseload.memberNames(List.of(household));
		if (!names.containsKey(household)) {
			throw new NoSuchElementException("No household " + household + " in scope");
		}
		return store.ofHousehold(household).stream().map(r -> view(r, names.get(household))).toList();
	}

	/**
	 * Handles an open signal: records the action taken as a note (kept); the signal stays
	 * on the list, below those not handled yet, until its condition ends.
	 */
	@Transactional
	public void acknowledge(UUID signal, String note) {
		AccessScope scope = scope(Permission.HOUSEHOLD_WRITE);
		SignalStore.Row row = store.find(signal);
		if (row == null || row.closedAt() != null || row.dismissedAt() != null) {
			throw new NoSuchElementException("No open signal " + signal + " in scope");
		}
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 1000) {
			throw new RuleViolation("rule.monitoring.note", 1000);
		}
		if (!store.acknowledge(signal, scope.actor().id().value(), text, clock.instant())) {
			throw new NoSuchElementException("No open signal " + signal + " in scope");
		}
		log.record(SIGNALEN, Operation.UPDATE, DataSubject.household(row.household().value()));
	}

	/**
	 * Dismisses an open signal with a reason (kept): it leaves the list, and the same
	 * occurrence is not raised again until its condition has ended.
	 */
	@Transactional
	public void dismiss(UUID signal, String reason) {
		AccessScope scope = scope(Permission.HOUSEHOLD_WRITE);
		SignalStore.Row row = store.find(signal);
		if (row == null || row.closedAt() != null || row.dismissedAt() != null) {
			throw new NoSuchElementException("No open signal " + signal + " in scope");
		}
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > 1000) {
			throw new RuleViolation("rule.monitoring.dismissal-reason", 1000);
		}
		if (!store.dismiss(signal, scope.actor().id().value(), text, clock.instant())) {
			throw new NoSuchElementException("No open signal " + signal + " in scope");
		}
		log.record(SIGNALEN, Operation.UPDATE, DataSubject.household(row.household().value()));
	}

	private AccessScope scope(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	private static SignalView view(SignalStore.Row r, List<String> names) {
		return new SignalView(r.id(), r.household(), r.gemeente(), names, r.kind(), r.dueOn(), r.raisedAt(),
				r.closedAt(), r.acknowledgedAt(), r.note(), r.dismissedAt(), r.dismissalReason());
	}

}
