package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.HouseholdId;

/** The signal policies together: which signals the facts of households call for today. */
record SignalRules(List<SignalPolicy> policies) {

	/**
	 * A signal that a rule calls for: a household, the kind, and the due date that was
	 * missed.
	 */
	record Finding(HouseholdId household, String gemeente, SignalKind kind, LocalDate dueOn) {
	}

	SignalRules {
		policies = List.copyOf(policies);
	}

	List<Finding> findings(List<HouseholdFacts> households, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		for (HouseholdFacts facts : households) {
			for (SignalPolicy policy : policies) {
				policy.missed(facts, today)
					.ifPresent(
							due -> findings.add(new Finding(facts.id(), facts.gemeente().value(), policy.kind(), due)));
			}
		}
		return findings;
	}
}
