package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExactFinishTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void reportsABoundNeverBelowTheObjectiveAndAFeasiblePlan() {
		List<PlacementInstance> instances = new ArrayList<>();
		for (long seed = 11; seed <= 13; seed++) {
			instances.add(InstanceGenerator.generate(80, seed));
			instances.add(InstanceGenerator.generate(120, seed, new InstanceGenerator.Variant(1.0, false, 0.1)));
			instances.add(InstanceGenerator.generate(60, seed, new InstanceGenerator.Variant(1.02, true, 0.04)));
		}
		for (PlacementInstance instance : instances) {
			PlacementResult result = new PlacementOptimiser().solve(instance, 3, 5);
			assertThat(result.bound()).isGreaterThanOrEqualTo(result.objective());
			assertThat(result.gap()).isGreaterThanOrEqualTo(0);
			PlanChecker.Report report = PlanChecker.check(instance, MAPPER.writeValueAsString(result));
			assertThat(report.problems()).isEmpty();
			assertThat(report.fit()).isCloseTo(result.objective(), org.assertj.core.data.Offset.offset(1e-6));
		}
	}

	@Test
	void theConfigurationBoundIsNoWorseThanTheTransportationRelaxation() {
		PlacementInstance instance = InstanceGenerator.generate(150, 5);
		var model = new PlacementOptimiser.Model(instance);
		PlacementOptimiser.Relaxation lp = model.relax();
		int[] plan = model.round(lp, true);
		long fitBound = lp.dual - model.bonus * model.placed(plan);
		ConfigurationBound.Result result = ConfigurationBound.compute(model, plan, lp.lambda,
				System.nanoTime() + 2_000_000_000L);
		assertThat(result).isNotNull();
		long fit = 0;
		for (int i = 0; i < model.h; i++) {
			fit += (long) model.size[i] * model.score[i * model.m + plan[i]];
		}
		assertThat(result.bound()).isLessThanOrEqualTo(fitBound).isGreaterThanOrEqualTo(fit);
	}

	@Test
	void theCheckerFindsAPlanOverAQuota() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 2, 0, 0, 0), new Taakstelling("GM0344", 10, 0, 0, 0)),
				List.of(new Huishouden("A", 3, 50, java.util.Map.of(), java.util.Set.of(), null)));
		String plan = """
				{ "assignments": [ { "household": "A", "gemeente": "GM0363", "size": 3 } ], "unplaced": [],
				  "objective": 150, "bound": 150, "placedPersons": 3 }""";
		assertThat(PlanChecker.check(instance, plan).problems()).singleElement()
			.asString()
			.contains("GM0363 gets 3 persons, its capacity is 2");
	}

}
