package nl.verbinder.sleutelpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BatchAssignmentTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final List<GemeenteCode> PLACES = List.of(new GemeenteCode("GM0197"), new GemeenteCode("GM0294"),
			new GemeenteCode("GM0222"));

	/** Places on a line, 10 km apart. */
	private static double km(GemeenteCode a, GemeenteCode b) {
		return 10.0 * Math.abs(PLACES.indexOf(a) - PLACES.indexOf(b));
	}

	private final CandidateRanking ranking = new CandidateRanking(BatchAssignmentTests::km);

	private final BatchAssignment batch = new BatchAssignment(ranking);

	private static Sleutelpersoon person(String name, int home, int hours, Set<Rol> roles, String... languages) {
		return new Sleutelpersoon(UUID.nameUUIDFromBytes(name.getBytes()), name, "Test",
				Arrays.stream(languages)
					.map(l -> new Sleutelpersoon.Taal(new TaalCode(l), LanguageLevel.NATIVE))
					.toList(),
				Set.of(), roles, Set.of(), PLACES.get(home), Set.copyOf(PLACES), 30, hours,
				List.of(new Sleutelpersoon.Dienstverband(Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER,
						TODAY.minusYears(1))),
				TODAY.minusMonths(3), List.of(), TODAY.minusYears(1), null, null, Sleutelpersoon.Contact.NONE);
	}

	private static Verzoek request(String name, int where, int minutes, Rol role, String language) {
		return new Verzoek(UUID.nameUUIDFromBytes(name.getBytes()), Verzoek.Soort.HUISBEZOEK,
				List.of(new TaalCode(language)), role, Domein.WERK, PLACES.get(where), "", TODAY.plusDays(1),
				TODAY.plusDays(5), minutes, Verzoek.Urgentie.NORMAAL, null, null, "Huisbezoek " + name,
				UUID.randomUUID(), Verzoek.Status.OPEN, null, Set.of(), null);
	}

	@Test
	void findsTheBestSplitWhereGreedyTakesTheBestPairFirst() {
		// Aster fits both visits best, but her 2 hours hold only one; Tesfay can only do
		// the first (no Arabic).
		var aster = person("Aster", 0, 2, Set.of(Rol.VERTALER), "ti", "ar");
		var tesfay = person("Tesfay", 1, 2, Set.of(Rol.VERBINDER), "ti");
		var first = request("eerste", 0, 90, Rol.VERTALER, "ti");
		var second = request("tweede", 0, 90, Rol.VERTALER, "ar");
		var result = batch.solve(List.of(first, second), List.of(aster, tesfay), Map.of(), TODAY, 5);
		assertThat(result.optimal()).isTrue();
		assertThat(result.unassigned()).isEmpty();
		assertThat(result.assignments()).extracting(a -> a.verzoek() + "→" + a.sleutelpersoon())
			.containsExactlyInAnyOrder(first.id() + "→" + tesfay.id(), second.id() + "→" + aster.id());
		assertThat(result.objective()).isGreaterThan(result.greedyObjective());
		assertThat(result.gap()).isZero();
	}

	@Test
	void respectsHoursAndNamesWhyARequestIsLeft() {
		var aster = person("Aster", 0, 2, Set.of(Rol.VERTALER), "ti");
		var visits = List.of(request("a", 0, 60, Rol.VERTALER, "ti"), request("b", 0, 60, Rol.VERTALER, "ti"),
				request("c", 0, 60, Rol.VERTALER, "ti"), request("somali", 0, 60, Rol.VERTALER, "so"));
		var result = batch.solve(visits, List.of(aster), Map.of(), TODAY, 5);
		assertThat(result.assignments()).hasSize(2); // 120 minutes, no travel at home
		assertThat(result.unassigned()).extracting(BatchAssignment.Unassigned::reason)
			.containsExactlyInAnyOrder("CAPACITY", "LANGUAGE");
		int used = result.assignments().stream().mapToInt(BatchAssignment.Assignment::minutes).sum();
		assertThat(used).isLessThanOrEqualTo(120);
	}

	@Test
	void provesTheOptimumOfSmallWeeksAgainstBruteForce() {
		Random random = new Random(7);
		String[] languages = { "ti", "ar", "fa" };
		for (int round = 0; round < 25; round++) {
			List<Sleutelpersoon> pool = new ArrayList<>();
			for (int k = 0; k < 3; k++) {
				int language = random.nextInt(3);
				pool.add(person("p" + round + "-" + k, random.nextInt(3), 1 + random.nextInt(3),
						Set.of(Rol.values()[random.nextInt(3)]), languages[language],
						languages[(language + 1 + random.nextInt(2)) % 3]));
			}
			List<Verzoek> requests = new ArrayList<>();
			for (int r = 0; r < 5; r++) {
				requests.add(request("r" + round + "-" + r, random.nextInt(3), 30 + 30 * random.nextInt(3),
						Rol.values()[random.nextInt(3)], languages[random.nextInt(3)]));
			}
			var result = batch.solve(requests, pool, Map.of(), TODAY, 5);
			assertThat(result.optimal()).as("round " + round).isTrue();
			assertThat(result.objective()).as("round " + round)
				.isCloseTo(bruteForce(requests, pool), Offset.offset(0.05));
			assertThat(result.objective()).isGreaterThanOrEqualTo(result.greedyObjective() - 1e-9);
		}
	}

	@Test
	void reportsAValidBoundAndAFeasibleLpRoundingStart() {
		Random random = new Random(11);
		String[] languages = { "ti", "ar", "fa" };
		for (int round = 0; round < 25; round++) {
			List<Sleutelpersoon> pool = new ArrayList<>();
			for (int k = 0; k < 3; k++) {
				int language = random.nextInt(3);
				pool.add(person("q" + round + "-" + k, random.nextInt(3), 1 + random.nextInt(3),
						Set.of(Rol.values()[random.nextInt(3)]), languages[language],
						languages[(language + 1 + random.nextInt(2)) % 3]));
			}
			List<Verzoek> requests = new ArrayList<>();
			for (int r = 0; r < 6; r++) {
				requests.add(request("s" + round + "-" + r, random.nextInt(3), 30 + 30 * random.nextInt(3),
						Rol.values()[random.nextInt(3)], languages[random.nextInt(3)]));
			}
			double optimum = bruteForce(requests, pool);
			var result = batch.solve(requests, pool, Map.of(), TODAY, 5);
			assertThat(result.bound()).as("round " + round).isGreaterThanOrEqualTo(optimum - 1e-9);
			assertThat(result.lpBound()).as("round " + round).isGreaterThanOrEqualTo(optimum - 1e-9);
			assertThat(result.gap()).as("round " + round).isBetween(0.0, 1e-9);

			var start = batch.lpRoundingStart(requests, pool, Map.of(), TODAY);
			assertThat(start).extracting(BatchAssignment.Assignment::verzoek).doesNotHaveDuplicates();
			Map<UUID, Integer> used = new HashMap<>();
			start.forEach(a -> used.merge(a.sleutelpersoon(), a.minutes(), Integer::sum));
			for (var p : pool) {
				assertThat(used.getOrDefault(p.id(), 0)).as("round " + round).isLessThanOrEqualTo(p.urenPerWeek() * 60);
			}
			assertThat(start.stream().mapToDouble(BatchAssignment.Assignment::score).sum())
				.isLessThanOrEqualTo(optimum + 1e-9);
		}
	}

	@Test
	void stopsWithinTheRequestedGapOfTheBound() {
		Random random = new Random(3);
		String[] languages = { "ti", "ar" };
		List<Sleutelpersoon> pool = new ArrayList<>();
		for (int k = 0; k < 8; k++) {
			pool.add(person("g" + k, random.nextInt(3), 1 + random.nextInt(2), Set.of(Rol.values()[random.nextInt(3)]),
					languages[k % 2]));
		}
		List<Verzoek> requests = new ArrayList<>();
		for (int r = 0; r < 30; r++) {
			requests.add(request("h" + r, random.nextInt(3), 30 + 30 * random.nextInt(3),
					Rol.values()[random.nextInt(3)], languages[random.nextInt(2)]));
		}
		var result = new BatchAssignment(ranking, 1, 0.05).solve(requests, pool, Map.of(), TODAY, 5);
		assertThat(result.gap()).isLessThanOrEqualTo(0.05);
		assertThat(result.bound()).isLessThanOrEqualTo(result.lpBound());
		assertThat(result.objective()).isGreaterThanOrEqualTo(result.greedyObjective());
	}

	/**
	 * The best total score over every way to give each request to one candidate or
	 * nobody, within hours.
	 */
	private double bruteForce(List<Verzoek> requests, List<Sleutelpersoon> pool) {
		List<List<CandidateRanking.Candidate>> options = requests.stream()
			.map(r -> ranking.rank(r, pool, Map.of(), TODAY).candidates())
			.toList();
		return best(options, 0, new HashMap<>());
	}

	private double best(List<List<CandidateRanking.Candidate>> options, int r, Map<UUID, Integer> used) {
		if (r == options.size()) {
			return 0;
		}
		double best = best(options, r + 1, used);
		for (var c : options.get(r)) {
			int minutes = c.minutesLeftAfter(); // left after this one alone, from the
												// full week
			int need = c.sleutelpersoon().urenPerWeek() * 60 - minutes;
			int already = used.getOrDefault(c.sleutelpersoon().id(), 0);
			if (already + need <= c.sleutelpersoon().urenPerWeek() * 60) {
				used.put(c.sleutelpersoon().id(), already + need);
				best = Math.max(best, Math.round(c.score() * 10) / 10.0 + best(options, r + 1, used));
				used.put(c.sleutelpersoon().id(), already);
			}
		}
		return best;
	}

}
