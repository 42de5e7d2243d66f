package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.inburgering.HouseholdId;

/**
 * The signal rules of each municipality together (the region's defaults for a
 * municipality without its own thresholds): which signals the facts of households call
 * for today.
 */
record SignalRules(Thresholds defaults, Map<String, Thresholds> perGemeente) {

	/**
	 * A signal that a rule calls for: a household, the kind, and its due date.
	 */
	record Finding(HouseholdId household, String gemeente, SignalKind kind, LocalDate dueOn) {
	}

	SignalRules {
		perGemeente = Map.copyOf(perGemeente);
	}

	SignalRules(Thresholds thresholds) {
		this(thresholds, Map.of());
	}

	List<Finding> findings(List<SignalFacts> households, LocalDate today) {
		Map<Thresholds, List<SignalPolicy>> policies = new HashMap<>();
		List<Finding> findings = new ArrayList<>();
		for (SignalFacts facts : households) {
			String gemeente = facts.household().gemeente().value();
			Thresholds thresholds = perGemeente.getOrDefault(gemeente, defaults);
			for (SignalPolicy policy : policies.computeIfAbsent(thresholds, Thresholds::policies)) {
				policy.missed(facts, today)
					.ifPresent(due -> findings.add(new Finding(facts.household().id(), gemeente, policy.kind(), due)));
			}
		}
		return findings;
	}
}
