package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.placement.optimiser.Alternatives.Reason;
import org.junit.jupiter.api.Test;

/**
 * Why a household does not go where it scores higher: from the plan and the quotas, never
 * guessed.
 */
class AlternativesTests {

	private static final String AALTEN = "GM0197";

	private static final String WINTERSWIJK = "GM0294";

	private static Huishouden household(String id, int size, double aalten, double winterswijk) {
		return new Huishouden(id, size, 0, Map.of(AALTEN, aalten, WINTERSWIJK, winterswijk), Set.of(), null);
	}

	private static List<Alternatives.Alternative> explain(PlacementInstance instance, PlacementResult plan, String id) {
		Map<String, Huishouden> byId = new HashMap<>();
		instance.huishoudens().forEach(h -> byId.put(h.id(), h));
		var assignment = plan.assignments().stream().filter(a -> a.household().equals(id)).findFirst().orElseThrow();
		return Alternatives.of(plan, byId.get(id), assignment.gemeente(), assignment.published(), byId::get);
	}

	@Test
	void aFullFirstChoiceIsFullAndTheExchangeWouldCostTheOtherHouseholdMoreThanThisOneGains() {
		// Aalten has room for two persons. Both households of two like Aalten best; the
		// second far more so.
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling(AALTEN, 2, 0, 0, 0), new Taakstelling(WINTERSWIJK, 10, 0, 0, 0)),
				List.of(household("A", 2, 66.9, 65.9), household("B", 2, 90, 50)));
		PlacementResult plan = new PlacementOptimiser().solve(instance);
		assertThat(plan.assignments())
			.anySatisfy(a -> assertThat(a.household() + a.gemeente()).isEqualTo("A" + WINTERSWIJK));

		List<Alternatives.Alternative> why = explain(instance, plan, "A");
		assertThat(why).hasSize(1);
		var aalten = why.getFirst();
		assertThat(aalten.gemeente()).isEqualTo(AALTEN);
		assertThat(aalten.score()).isEqualTo(66.9);
		assertThat(aalten.reason()).isEqualTo(Reason.FULL);
		assertThat(aalten.capacity()).isEqualTo(2);
		assertThat(aalten.placed()).isEqualTo(2);
		// A gains 2 × 1 point in Aalten, B would lose 2 × 40 in Winterswijk.
		assertThat(aalten.exchange().household()).isEqualTo("B");
		assertThat(aalten.exchange().gain()).isEqualTo(-78.0);
		assertThat(aalten.improvable()).isFalse();
		// B is where it scores best: nothing to explain.
		assertThat(explain(instance, plan, "B")).isEmpty();
	}

	@Test
	void roomForFewerPersonsThanTheHouseholdKeepsItWholeElsewhere() {
		// Aalten has room for three: a single is there, a family of three cannot join it,
		// and a swap does not fit.
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling(AALTEN, 3, 0, 0, 0), new Taakstelling(WINTERSWIJK, 10, 0, 0, 0)),
				List.of(household("single", 1, 80, 20), household("pair", 2, 80, 20), household("family", 3, 70, 60)));
		PlacementResult plan = new PlacementOptimiser().solve(instance);
		var aalten = explain(instance, plan, "family").getFirst();
		assertThat(aalten.reason()).isEqualTo(Reason.FULL);
		assertThat(aalten.exchange()).isNull();

		var roomy = new PlacementInstance("t",
				List.of(new Taakstelling(AALTEN, 2, 0, 2, 0), new Taakstelling(WINTERSWIJK, 10, 0, 0, 0)),
				List.of(household("single", 1, 90, 20), household("pair", 2, 90, 20), household("family", 3, 70, 60)));
		PlacementResult roomyPlan = new PlacementOptimiser().solve(roomy);
		var partly = explain(roomy, roomyPlan, "family").getFirst();
		assertThat(partly.room()).isEqualTo(1);
		assertThat(partly.reason()).isEqualTo(Reason.TOO_SMALL_FOR_WHOLE_HOUSEHOLD);
	}

	@Test
	void aPublishedHouseholdStaysWhereItWasToldAndRoomLeftIsShownAsAMissedImprovement() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling(AALTEN, 10, 0, 0, 0), new Taakstelling(WINTERSWIJK, 10, 0, 0, 0)),
				List.of(new Huishouden("told", 2, 0, Map.of(AALTEN, 90.0, WINTERSWIJK, 50.0), Set.of(), WINTERSWIJK)));
		PlacementResult plan = new PlacementOptimiser().solve(instance);
		assertThat(explain(instance, plan, "told")).extracting(Alternatives.Alternative::reason)
			.containsExactly(Reason.PUBLISHED);

		// A hand-made plan that leaves room in the better municipality: the explanation
		// does not hide it.
		var poor = new PlacementResult(List.of(new PlacementResult.Assignment("A", WINTERSWIJK, 2, 65.9, false)),
				List.of(), List.of(new PlacementResult.GemeenteTotal(AALTEN, 10, 10, 0, 10),
						new PlacementResult.GemeenteTotal(WINTERSWIJK, 10, 10, 2, 8)),
				0, 0, 0, 2, 2, 0, 2, 0, 0, 1);
		var missed = Alternatives.of(poor, household("A", 2, 66.9, 65.9), WINTERSWIJK, false, id -> null).getFirst();
		assertThat(missed.reason()).isEqualTo(Reason.ROOM_LEFT);
		assertThat(missed.improvable()).isTrue();
	}

}
