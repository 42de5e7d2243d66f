package nl.verbinder.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessScope;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inkoop.AttendanceFacts;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;
import nl.verbinder.inkoop.ResultFacts;
import nl.verbinder.inkoop.ResultFacts.PersonResults;
import nl.verbinder.partner.FollowUpFacts;
import nl.verbinder.partner.FollowUpFacts.PartnerFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Evaluating the signal rules: reads the facts of the households in the caller's scope
 * (or of one household) set-based from the inburgering, partner and inkoop modules' APIs,
 * applies each municipality's rules, and reconciles the signal table with what they find.
 * Runs in the caller's transaction, whose scope {@link Signals} has set. It has eight
 * collaborators because the facts come from four modules' APIs (inburgering, partner, and
 * inkoop's attendance and results) besides its own store, thresholds and settings, read
 * in one place so that a run is one set-based read per source.
 */
@Component
class SignalEvaluation {

	private final SignalStore store;

	private final Caseload caseload;

	private final FollowUpFacts partners;

	private final AttendanceFacts attendance;

	private final ResultFacts results;

	private final ThresholdStore thresholds;

	private final SignalSettings settings;

	private final Clock clock;

	SignalEvaluation(SignalStore store, Caseload caseload, FollowUpFacts partners, AttendanceFacts attendance,
			ResultFacts results, ThresholdStore thresholds, SignalSettings settings, Clock clock) {
		this.store = store;
		this.caseload = caseload;
		this.partners = partners;
		this.attendance = attendance;
		this.results = results;
		this.thresholds = thresholds;
		this.settings = settings;
		this.clock = clock;
	}

	/** The rules over every household in the scope. */
	Signals.RunResult inScope(AccessScope scope) {
		return reconcile(scope, null, caseload.facts(), partners.inScope(), attendance.inScope(), results.inScope());
	}

	/** The rules over one household of the scope (none when it is not in the scope). */
	Signals.RunResult household(AccessScope scope, HouseholdId household) {
		List<HouseholdFacts> facts = caseload.facts(household).stream().toList();
		if (facts.isEmpty()) {
			return new Signals.RunResult(0, 0);
		}
		return reconcile(scope, household, facts, partners.of(household), attendance.of(household),
				results.of(household));
	}

	/** The rules of each municipality: its own thresholds, or the region's defaults. */
	SignalRules rules() {
		return new SignalRules(settings.defaults(), thresholds.all());
	}

	private Signals.RunResult reconcile(AccessScope scope, @Nullable HouseholdId only, List<HouseholdFacts> facts,
			Map<HouseholdId, PartnerFacts> partnerFacts, Map<HouseholdId, List<PersonAttendance>> attendanceFacts,
			Map<HouseholdId, List<PersonResults>> resultFacts) {
		List<SignalFacts> all = facts.stream().map(h -> {
			PartnerFacts p = partnerFacts.get(h.id());
			Map<UUID, PersonAttendance> reported = attendanceFacts.getOrDefault(h.id(), List.of())
				.stream()
				.collect(Collectors.toMap(PersonAttendance::personId, Function.identity()));
			Map<UUID, PersonResults> passed = resultFacts.getOrDefault(h.id(), List.of())
				.stream()
				.collect(Collectors.toMap(PersonResults::personId, Function.identity()));
			return p == null ? new SignalFacts(h, 0, null, reported, passed)
					: new SignalFacts(h, p.organisations(), p.unansweredReplyBy(), reported, passed);
		}).toList();
		List<SignalRules.Finding> findings = rules().findings(all, LocalDate.now(clock));
		int[] counts = store.reconcile(scope.gemeenteCodes(), only, findings, clock.instant());
		return new Signals.RunResult(counts[0], counts[1]);
	}

}
