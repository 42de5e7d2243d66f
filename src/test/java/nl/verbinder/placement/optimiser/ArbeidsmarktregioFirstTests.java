package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Region first never makes a feasible problem infeasible: over small generated instances,
 * whenever some plan places every household (brute force), both stages together place
 * every household, each within the region the first stage told it, under every
 * municipality's capacity and never where it is excluded.
 */
class ArbeidsmarktregioFirstTests {

	private static final List<String> CODES = GemeentenReference.rows().stream().limit(6).map(r -> r.code()).toList();

	/** Two regions of three municipalities each (the test's own, to keep rooms small). */
	private static final Map<String, String> REGIONS = Map.of(CODES.get(0), "AM01", CODES.get(1), "AM01", CODES.get(2),
			"AM01", CODES.get(3), "AM02", CODES.get(4), "AM02", CODES.get(5), "AM02");

	@Test
	void aRegionsSummedRoomDoesNotTellWhereAHouseholdFitsButTheFirstStageDoes() {
		// AM01 has room 2 + 2 + 0 = 4 and is liked best, but no municipality there holds
		// four
		List<Taakstelling> quotas = List.of(new Taakstelling(CODES.get(0), 2, 0, 0, 0),
				new Taakstelling(CODES.get(1), 2, 0, 0, 0), new Taakstelling(CODES.get(2), 0, 0, 0, 0),
				new Taakstelling(CODES.get(3), 4, 0, 0, 0), new Taakstelling(CODES.get(4), 0, 0, 0, 0),
				new Taakstelling(CODES.get(5), 0, 0, 0, 0));
		Huishouden four = new Huishouden("H4", 4, 10, Map.of(CODES.get(0), 90.0, CODES.get(1), 90.0), Set.of(), null);
		PlacementInstance instance = new PlacementInstance("test", quotas, List.of(four));
		long roomInAm01 = quotas.stream()
			.filter(t -> REGIONS.get(t.code()).equals("AM01"))
			.mapToLong(Taakstelling::capacity)
			.sum();
		assertThat(roomInAm01).isGreaterThanOrEqualTo(four.size());
		for (ArbeidsmarktregioFirst.Regional kind : ArbeidsmarktregioFirst.Regional.values()) {
			ArbeidsmarktregioFirst.Result result = solve(instance, kind);
			assertThat(result.regions()).containsEntry("H4", "AM02");
			assertThat(result.plan()).containsEntry("H4", CODES.get(3));
		}
	}

	@Test
	void twoStagesPlaceEveryoneWheneverOneStepCan() {
		Random random = new Random(16);
		int feasible = 0;
		for (int trial = 0; trial < 40; trial++) {
			PlacementInstance instance = generate(random);
			if (!placeable(instance)) {
				continue;
			}
			feasible++;
			for (ArbeidsmarktregioFirst.Regional kind : ArbeidsmarktregioFirst.Regional.values()) {
				ArbeidsmarktregioFirst.Result result = solve(instance, kind);
				assertThat(result.placedPersons()).as("trial %d, %s", trial, kind).isEqualTo(instance.persons());
				Map<String, Integer> load = new HashMap<>();
				for (Huishouden h : instance.huishoudens()) {
					String at = result.plan().get(h.id());
					assertThat(REGIONS.get(at)).isEqualTo(result.regions().get(h.id()));
					assertThat(h.excluded()).doesNotContain(at);
					load.merge(at, h.size(), Integer::sum);
				}
				for (Taakstelling t : instance.gemeenten()) {
					assertThat(load.getOrDefault(t.code(), 0)).isLessThanOrEqualTo(t.capacity());
				}
			}
		}
		assertThat(feasible).isGreaterThan(15);
	}

	@Test
	void refusesAMunicipalityWithoutARegionByItsCode() {
		PlacementInstance instance = new PlacementInstance("test",
				List.of(new Taakstelling(CODES.get(0), 2, 0, 0, 0), new Taakstelling("GM9999", 2, 0, 0, 0)),
				List.of(new Huishouden("H1", 1, 10, Map.of(CODES.get(0), 90.0), Set.of(), null)));
		PlacementResult none = new PlacementResult(List.of(), List.of(), List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
		assertThatThrownBy(
				() -> ArbeidsmarktregioFirst.solve(instance, REGIONS, ArbeidsmarktregioFirst.Regional.PLAN, none, 1, 1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("GM9999");
	}

	private static ArbeidsmarktregioFirst.Result solve(PlacementInstance instance,
			ArbeidsmarktregioFirst.Regional kind) {
		PlacementResult one = new PlacementOptimiser(new InstanceValidator(), 1).solve(instance, 1, 2);
		return ArbeidsmarktregioFirst.solve(instance, REGIONS, kind, one, 1, 2);
	}

	/**
	 * Tight small instances: rooms of 0–5 persons, households of 1–5, some exclusions.
	 */
	private static PlacementInstance generate(Random random) {
		List<Taakstelling> quotas = new ArrayList<>();
		for (String code : CODES) {
			quotas.add(new Taakstelling(code, random.nextInt(5), 0, random.nextInt(2), 0));
		}
		long capacity = quotas.stream().mapToLong(Taakstelling::capacity).sum();
		List<Huishouden> households = new ArrayList<>();
		long persons = 0;
		for (int i = 0; i < 3 + random.nextInt(4); i++) {
			int size = 1 + random.nextInt(random.nextBoolean() ? 2 : 5);
			if (persons + size > capacity) {
				break;
			}
			persons += size;
			Map<String, Double> scores = new HashMap<>();
			Set<String> excluded = new HashSet<>();
			for (String code : CODES) {
				if (random.nextDouble() < 0.15) {
					excluded.add(code);
				}
				else {
					scores.put(code, (double) random.nextInt(101));
				}
			}
			households.add(new Huishouden("H" + i, size, 0, scores, excluded, null));
		}
		if (households.isEmpty()) {
			households.add(new Huishouden("H0", 1, 50, Map.of(), Set.of(), null));
		}
		return new PlacementInstance("test", quotas, households);
	}

	/** Whether some plan places every household (brute force). */
	private static boolean placeable(PlacementInstance instance) {
		int[] room = instance.gemeenten().stream().mapToInt(Taakstelling::capacity).toArray();
		return place(instance.huishoudens(), 0, room);
	}

	private static boolean place(List<Huishouden> households, int i, int[] room) {
		if (i == households.size()) {
			return true;
		}
		Huishouden h = households.get(i);
		for (int j = 0; j < room.length; j++) {
			if (room[j] >= h.size() && !h.excluded().contains(CODES.get(j))) {
				room[j] -= h.size();
				boolean done = place(households, i + 1, room);
				room[j] += h.size();
				if (done) {
					return true;
				}
			}
		}
		return false;
	}

}
