package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;

class PlacementOptimiserTests {

	private static final String[] CODES = { "GM0363", "GM0344", "GM0599", "GM0518" };

	private final PlacementOptimiser optimiser = new PlacementOptimiser();

	@Test
	void findsTheBruteForceOptimumOnSmallInstances() {
		for (int seed = 1; seed <= 60; seed++) {
			PlacementInstance instance = small(seed);
			long[] best = bruteForce(instance);
			PlacementResult result = optimiser.solve(instance, seed, 10);
			assertThat(result.placedPersons()).as("persons placed, seed %d", seed).isEqualTo(best[0]);
			assertThat(Math.round(result.objective() * 100)).as("fit, seed %d", seed).isEqualTo(best[1]);
			assertThat(result.bound()).as("bound ≥ optimum, seed %d", seed)
				.isGreaterThanOrEqualTo(best[1] / 100.0 - 1e-9);
			assertThat(result.gap()).isGreaterThanOrEqualTo(-1e-12);
			assertConsistent(instance, result);
		}
	}

	@Test
	void goesOverTheQuotaWithinTheTolerance() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 4, 0, 1, 0), new Taakstelling("GM0344", 10, 0, 0, 0)),
				List.of(household("A", 5, Map.of("GM0363", 90.0, "GM0344", 10.0))));
		PlacementResult result = optimiser.solve(instance);
		assertThat(result.assignments()).singleElement()
			.extracting(PlacementResult.Assignment::gemeente)
			.isEqualTo("GM0363");
		assertThat(result.totals().getFirst().carryOverNext()).isEqualTo(-1);
		var strict = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 4, 0, 0, 0), new Taakstelling("GM0344", 10, 0, 0, 0)),
				instance.huishoudens());
		assertThat(optimiser.solve(strict).assignments().getFirst().gemeente()).isEqualTo("GM0344");
	}

	@Test
	void carryOverAndFilledChangeTheRoom() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 2, 1, 0, 3), new Taakstelling("GM0344", 10, 0, 0, 0)),
				List.of(household("A", 4, Map.of("GM0363", 90.0, "GM0344", 10.0)),
						household("B", 1, Map.of("GM0363", 80.0))));
		PlacementResult result = optimiser.solve(instance);
		assertThat(result.totals().getFirst().capacity()).isEqualTo(4);
		assertThat(gemeente(result, "A")).isEqualTo("GM0363");
		assertThat(gemeente(result, "B")).isEqualTo("GM0344");
	}

	@Test
	void reportsAHouseholdLargerThanAnyQuotaAsUnplaced() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 3, 0, 0, 0), new Taakstelling("GM0344", 3, 0, 0, 0)),
				List.of(household("big", 4, Map.of()), household("one", 1, Map.of())));
		PlacementResult result = optimiser.solve(instance);
		assertThat(result.unplaced()).singleElement().satisfies(u -> {
			assertThat(u.household()).isEqualTo("big");
			assertThat(u.reason())
				.startsWith("larger than any quota it may go to: 4 persons, the largest capacity is 3");
		});
	}

	@Test
	void reportsAHouseholdLargerThanAnyRemainingQuotaAsUnplaced() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 4, 0, 0, 0), new Taakstelling("GM0344", 4, 0, 0, 0)),
				List.of(household("a", 3, Map.of()), household("b", 3, Map.of()), household("c", 2, Map.of())));
		PlacementResult result = optimiser.solve(instance);
		assertThat(result.placedPersons()).isEqualTo(6);
		assertThat(result.unplaced()).singleElement().satisfies(u -> {
			assertThat(u.household()).isEqualTo("c");
			assertThat(u.reason())
				.startsWith("larger than any remaining quota: 2 persons, the most room left where it may go is 1");
		});
		assertThat(result.boundPersons()).isEqualTo(8);
	}

	@Test
	void reportsAHouseholdExcludedEverywhereWithRoom() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 2, 0, 0, 0), new Taakstelling("GM0344", 4, 0, 0, 0)),
				List.of(new Huishouden("x", 2, 50, Map.of(), Set.of("GM0344"), null),
						new Huishouden("y", 2, 60, Map.of(), Set.of("GM0344"), null),
						new Huishouden("z", 2, 60, Map.of(), Set.of("GM0363", "GM0344"), null)));
		PlacementResult result = optimiser.solve(instance);
		assertThat(gemeente(result, "y")).isEqualTo("GM0363");
		assertThat(result.unplaced()).extracting(PlacementResult.Unplaced::household, PlacementResult.Unplaced::reason)
			.containsExactly(Tuple.tuple("x",
					"excluded everywhere with room: 2 persons; the municipalities with room for them are excluded"),
					Tuple.tuple("z", "excluded from every municipality"));
	}

	@Test
	void keepsPublishedPlacementsWhereTheyAre() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 4, 0, 0, 0), new Taakstelling("GM0344", 6, 0, 0, 0)),
				List.of(new Huishouden("told", 3, 0, Map.of("GM0363", 10.0, "GM0344", 90.0), Set.of(), "GM0363"),
						household("new", 3, Map.of("GM0363", 95.0, "GM0344", 20.0))));
		PlacementResult result = optimiser.solve(instance);
		assertThat(gemeente(result, "told")).isEqualTo("GM0363");
		assertThat(result.assignments()).filteredOn(PlacementResult.Assignment::published)
			.extracting(PlacementResult.Assignment::household)
			.containsExactly("told");
		assertThat(gemeente(result, "new")).isEqualTo("GM0344");
		assertThat(result.objective()).isEqualTo(3 * 10.0 + 3 * 20.0);
	}

	@Test
	void keepsPublishedPlacementsOfAnEarlierPlanOnAWarmStart() {
		PlacementInstance first = InstanceGenerator.generate(400, 5);
		PlacementResult plan = optimiser.solve(first, 1, 10);
		Map<String, String> told = new HashMap<>();
		plan.assignments().stream().limit(150).forEach(a -> told.put(a.household(), a.gemeente()));
		List<Huishouden> warm = new ArrayList<>();
		for (Huishouden h : first.huishoudens()) {
			warm.add(new Huishouden(h.id(), h.size(), h.defaultScore(), h.scores(), h.excluded(), told.get(h.id())));
		}
		PlacementResult second = optimiser.solve(new PlacementInstance("t", first.gemeenten(), warm), 2, 10);
		told.forEach((id, code) -> assertThat(gemeente(second, id)).isEqualTo(code));
		assertConsistent(new PlacementInstance("t", first.gemeenten(), warm), second);
		assertThat(second.placedPersons()).isEqualTo(first.persons());
	}

	@Test
	void isDeterministicForTheSameSeed() {
		PlacementInstance instance = InstanceGenerator.generate(1500, 9);
		assertThat(InstanceFormat.toJson(InstanceGenerator.generate(1500, 9)))
			.isEqualTo(InstanceFormat.toJson(instance));
		PlacementResult a = optimiser.solve(instance, 7, 60);
		PlacementResult b = optimiser.solve(instance, 7, 60);
		assertThat(b.assignments()).isEqualTo(a.assignments());
		assertThat(b.objective()).isEqualTo(a.objective());
		assertThat(b.bound()).isEqualTo(a.bound());
	}

	/**
	 * A consistent result that places everyone, its objective within {@code gap} of the
	 * bound.
	 */
	private static void assertPlacesEveryoneWithin(PlacementInstance instance, PlacementResult result, double gap) {
		assertConsistent(instance, result);
		assertThat(result.placedPersons()).isEqualTo(instance.persons());
		assertThat(result.bound()).isGreaterThanOrEqualTo(result.objective());
		assertThat(result.gap()).as("gap to the bound").isLessThan(gap);
	}

	@Test
	void closesTheGapOnAGeneratedInstance() {
		PlacementInstance instance = InstanceGenerator.generate(2000, 3);
		PlacementResult result = optimiser.solve(instance, 1, 60);
		assertPlacesEveryoneWithin(instance, result, 0.01);
		assertThat(result.objective()).isGreaterThan(result.greedyObjective());
	}

	@Test
	void closesTheGapOnTheNationalInstanceToTheTarget() {
		PlacementInstance instance = InstanceGenerator.national();
		PlacementResult result = optimiser.solve(instance, 1, 30);
		assertPlacesEveryoneWithin(instance, result, 0.0001);
	}

	@Test
	void roundsWithoutSingles() {
		PlacementInstance generated = InstanceGenerator.generate(1500, 4);
		var instance = new PlacementInstance("t", generated.gemeenten(),
				generated.huishoudens().stream().filter(h -> h.size() > 1).toList());
		PlacementResult result = optimiser.solve(instance, 1, 30);
		assertPlacesEveryoneWithin(instance, result, 0.01);
		assertThat(result.objective()).isGreaterThan(result.greedyObjective());
	}

	@Test
	void refusesAnInstanceWhoseQuotasCannotHoldAllPersons() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM0363", 4, 0, 1, 0), new Taakstelling("GM0344", 3, 0, 0, 0)),
				List.of(household("a", 5, Map.of()), household("b", 5, Map.of())));
		assertThatThrownBy(() -> optimiser.solve(instance)).isInstanceOf(InvalidInstanceException.class)
			.hasMessageContaining("the taakstellingen cannot hold all persons: 10 persons to place, total capacity 8");
	}

	@Test
	void refusesUnknownCodesBadSizesAndScoresNamingEachProblem() {
		var instance = new PlacementInstance("t",
				List.of(new Taakstelling("GM9999", 4, 0, 0, 0), new Taakstelling("GM0363", 40, 0, 0, 0),
						new Taakstelling("GM0363", 4, 0, 0, 0), new Taakstelling("GM0344", -1, 0, 0, 0)),
				List.of(household("a", 0, Map.of()), household("a", -2, Map.of("GM0363", 101.0)),
						new Huishouden("c", 1, 50, Map.of("GM0001", 3.0), Set.of("GM0002"), "GM0003")));
		assertThatThrownBy(() -> optimiser.solve(instance)).isInstanceOf(InvalidInstanceException.class)
			.hasMessageContaining("municipality GM9999: unknown municipality code")
			.hasMessageContaining("municipality GM0363: listed more than once")
			.hasMessageContaining("municipality GM0344: negative quota -1")
			.hasMessageContaining("household a: size must be at least 1 person, is 0")
			.hasMessageContaining("household a: id used more than once")
			.hasMessageContaining("household a: size must be at least 1 person, is -2")
			.hasMessageContaining("household a: score 101.0 for GM0363 outside 0–100")
			.hasMessageContaining("household c: score for unknown municipality code GM0001")
			.hasMessageContaining("household c: excluded municipality code GM0002 is unknown")
			.hasMessageContaining("household c: published municipality code GM0003 is unknown");
	}

	static Huishouden household(String id, int size, Map<String, Double> scores) {
		return new Huishouden(id, size, 50, scores, Set.of(), null);
	}

	private static String gemeente(PlacementResult result, String household) {
		return result.assignments()
			.stream()
			.filter(a -> a.household().equals(household))
			.findFirst()
			.orElseThrow()
			.gemeente();
	}

	/** Every household once, within every capacity, totals and objective add up. */
	static void assertConsistent(PlacementInstance instance, PlacementResult result) {
		Map<String, Long> load = new HashMap<>();
		double fit = 0;
		long persons = 0;
		for (var a : result.assignments()) {
			Huishouden h = instance.huishoudens()
				.stream()
				.filter(x -> x.id().equals(a.household()))
				.findFirst()
				.orElseThrow();
			assertThat(h.excluded()).doesNotContain(a.gemeente());
			load.merge(a.gemeente(), (long) h.size(), Long::sum);
			fit += h.size() * h.score(a.gemeente());
			persons += h.size();
		}
		assertThat(result.assignments().size() + result.unplaced().size()).isEqualTo(instance.huishoudens().size());
		for (Taakstelling t : instance.gemeenten()) {
			boolean published = instance.huishoudens().stream().anyMatch(h -> t.code().equals(h.published()));
			if (!published) {
				assertThat(load.getOrDefault(t.code(), 0L)).as(t.code()).isLessThanOrEqualTo(t.capacity());
			}
		}
		assertThat(result.placedPersons()).isEqualTo(persons);
		assertThat(result.objective()).isCloseTo(fit, Offset.offset(1e-6 * Math.max(1, fit)));
	}

	/**
	 * 6–8 households of 1–4 persons, 3–4 municipalities, scores with 2 decimals, some
	 * exclusions.
	 */
	private static PlacementInstance small(int seed) {
		Random random = new Random(seed);
		int m = 3 + random.nextInt(2);
		int n = 6 + random.nextInt(3);
		List<Huishouden> hs = new ArrayList<>();
		int persons = 0;
		for (int i = 0; i < n; i++) {
			int size = 1 + random.nextInt(4);
			persons += size;
			Map<String, Double> scores = new HashMap<>();
			for (int j = 0; j < m; j++) {
				if (random.nextInt(3) > 0) {
					scores.put(CODES[j], random.nextInt(10_001) / 100.0);
				}
			}
			Set<String> excluded = random.nextInt(5) == 0 ? Set.of(CODES[random.nextInt(m)]) : Set.of();
			excluded.forEach(scores::remove);
			hs.add(new Huishouden("h" + i, size, random.nextInt(5001) / 100.0, scores, excluded, null));
		}
		List<Taakstelling> ts = new ArrayList<>();
		int capacity = 0;
		for (int j = 0; j < m; j++) {
			int quota = 1 + random.nextInt(Math.max(1, persons * 2 / m));
			int tolerance = random.nextInt(2);
			ts.add(new Taakstelling(CODES[j], quota, 0, tolerance, 0));
			capacity += quota + tolerance;
		}
		if (capacity < persons) {
			Taakstelling t = ts.getFirst();
			ts.set(0, new Taakstelling(t.code(), t.quota() + persons - capacity, 0, t.tolerance(), 0));
		}
		return new PlacementInstance("t" + seed, ts, hs);
	}

	/**
	 * {persons placed, fit × 100} of the lexicographically best plan, by enumerating all
	 * of them.
	 */
	private static long[] bruteForce(PlacementInstance instance) {
		List<Huishouden> hs = instance.huishoudens();
		List<Taakstelling> ts = instance.gemeenten();
		int n = hs.size();
		int m = ts.size();
		int[] choice = new int[n];
		long[] best = { -1, -1 };
		int total = (int) Math.pow(m + 1, n);
		for (int code = 0; code < total; code++) {
			int c = code;
			int[] load = new int[m];
			long persons = 0;
			long fit = 0;
			boolean ok = true;
			for (int i = 0; i < n && ok; i++) {
				choice[i] = c % (m + 1) - 1;
				c /= m + 1;
				if (choice[i] >= 0) {
					Huishouden h = hs.get(i);
					String g = ts.get(choice[i]).code();
					if (h.excluded().contains(g)) {
						ok = false;
						break;
					}
					load[choice[i]] += h.size();
					ok = load[choice[i]] <= ts.get(choice[i]).capacity();
					persons += h.size();
					fit += Math.round(h.size() * h.score(g) * 100);
				}
			}
			if (ok && (persons > best[0] || persons == best[0] && fit > best[1])) {
				best[0] = persons;
				best[1] = fit;
			}
		}
		return best;
	}

}
