package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A member had a broad intake and their plan is still a draft (concept or discussed,
 * never established) {@code months} months later: on that day the signal is raised, with
 * the earliest such day of the household as its due date; it ends when the plan is
 * established.
 */
record PlanStillDraft(int months) implements SignalPolicy {

	PlanStillDraft {
		SignalPolicy.atLeast(months, 1, "draft-plan-months");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.PLAN_STILL_DRAFT;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		return facts.household()
			.members()
			.stream()
			.filter(m -> m.firstIntake() != null && m.planIsDraft())
			.map(m -> m.firstIntake().plusMonths(months))
			.filter(due -> !today.isBefore(due))
			.min(Comparator.naturalOrder());
	}

}
