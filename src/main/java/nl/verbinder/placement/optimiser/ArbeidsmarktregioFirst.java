package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Placement in two stages: first every household gets a labour-market region
 * (arbeidsmarktregio), told within a week of its permit; the municipality within that
 * region follows when housing comes near. A region's room is the sum of its
 * municipalities' capacities (quota + carry-over − filled + tolerance).
 *
 * <p>
 * Room summed per region alone can promise what no municipality holds: a household of
 * four in a region of two municipalities with room for two each fits the region's room
 * (four) but neither municipality, and exclusions can do the same. So the first stage
 * respects what the second needs: it places households at municipalities, under their
 * capacities and exclusions, and only the region is kept. That placement is a witness
 * that each region's households fit its municipalities; the second stage places each
 * region's households anew within the region and keeps the witness wherever it would
 * place fewer persons. Hence the two stages place as many persons as the first, which
 * places everyone whenever the one-step problem can (as far as the optimiser finds a plan
 * that places everyone: always on the small instances its exact step settles).
 *
 * <p>
 * What the first stage knows of a household's municipalities is its {@link Regional
 * kind}:
 * <ul>
 * <li>{@link Regional#BEST}: per region only the household's best score there, as if the
 * first stage could not tell a region's municipalities apart (the municipality's own
 * quota and scores are settled later);
 * <li>{@link Regional#PLAN}: every municipality's own score: the region is that of the
 * one-step plan, and the second stage may still move the household within its region.
 * </ul>
 */
public final class ArbeidsmarktregioFirst {

	/** What the first stage knows of a household's municipalities. */
	public enum Regional {

		BEST, PLAN

	}

	/**
	 * @param regions region per household, as the first stage told it
	 * @param plan municipality per household after the second stage
	 * @param fit Σ size × score of the plan
	 * @param placedPersons persons placed
	 * @param witnessRegions regions where the second stage kept the first stage's
	 * municipalities
	 * @param millis both stages' wall time
	 */
	public record Result(Map<String, String> regions, Map<String, String> plan, double fit, long placedPersons,
			int witnessRegions, long millis) {
	}

	private ArbeidsmarktregioFirst() {
	}

	/**
	 * Both stages.
	 * @param regionOf labour-market region per municipality code
	 * @param oneStep the one-step plan on the same instance (the first stage of
	 * {@link Regional#PLAN}; ignored for {@link Regional#BEST})
	 * @param limitSeconds the optimiser's limit for the first stage; each region gets a
	 * share of it
	 */
	public static Result solve(PlacementInstance instance, Map<String, String> regionOf, Regional kind,
			PlacementResult oneStep, long seed, double limitSeconds) {
		instance.gemeenten()
			.stream()
			.map(Taakstelling::code)
			.filter(code -> regionOf.get(code) == null)
			.findFirst()
			.ifPresent(code -> {
				throw new IllegalArgumentException("No labour-market region for municipality " + code);
			});
		long start = System.nanoTime();
		PlacementOptimiser optimiser = new PlacementOptimiser(new InstanceValidator(), 1);
		PlacementResult first = kind == Regional.PLAN ? oneStep
				: optimiser.solve(regional(instance, regionOf), seed, limitSeconds);
		Map<String, String> witness = new HashMap<>();
		first.assignments().forEach(a -> witness.put(a.household(), a.gemeente()));
		Map<String, String> regions = new LinkedHashMap<>();
		Map<String, List<Huishouden>> byRegion = new TreeMap<>();
		for (Huishouden h : instance.huishoudens()) {
			String at = witness.get(h.id());
			if (at != null) {
				regions.put(h.id(), regionOf.get(at));
				byRegion.computeIfAbsent(regionOf.get(at), r -> new ArrayList<>()).add(h);
			}
		}
		Map<String, String> plan = new LinkedHashMap<>();
		int kept = 0;
		double share = Math.max(1, limitSeconds / Math.max(1, byRegion.size()));
		for (var e : byRegion.entrySet()) {
			String region = e.getKey();
			List<Taakstelling> quotas = instance.gemeenten()
				.stream()
				.filter(t -> region.equals(regionOf.get(t.code())))
				.toList();
			Set<String> codes = quotas.stream().map(Taakstelling::code).collect(Collectors.toSet());
			List<Huishouden> households = e.getValue().stream().map(h -> within(h, codes)).toList();
			PlacementResult second = optimiser.solve(new PlacementInstance(instance.period(), quotas, households), seed,
					share);
			long witnessPersons = households.stream().mapToLong(Huishouden::size).sum();
			if (second.placedPersons() >= witnessPersons) {
				second.assignments().forEach(a -> plan.put(a.household(), a.gemeente()));
			}
			else {
				kept++;
				households.forEach(h -> plan.put(h.id(), witness.get(h.id())));
			}
		}
		double fit = 0;
		long persons = 0;
		for (Huishouden h : instance.huishoudens()) {
			String at = plan.get(h.id());
			if (at != null) {
				fit += h.size() * h.score(at);
				persons += h.size();
			}
		}
		return new Result(regions, plan, fit, persons, kept, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The instance as the first stage of {@link Regional#BEST} sees it: each household's
	 * score at a municipality is its best score in that municipality's region (where it
	 * is not excluded), so that the first stage can tell regions apart, not the
	 * municipalities within one.
	 */
	static PlacementInstance regional(PlacementInstance instance, Map<String, String> regionOf) {
		List<String> codes = instance.gemeenten().stream().map(Taakstelling::code).toList();
		List<Huishouden> households = new ArrayList<>();
		for (Huishouden h : instance.huishoudens()) {
			Map<String, Double> best = new HashMap<>();
			for (String code : codes) {
				if (!h.excluded().contains(code)) {
					best.merge(regionOf.get(code), h.score(code), Math::max);
				}
			}
			Map<String, Double> scores = new HashMap<>();
			for (String code : codes) {
				if (!h.excluded().contains(code)) {
					scores.put(code, best.get(regionOf.get(code)));
				}
			}
			households.add(new Huishouden(h.id(), h.size(), 0, scores, h.excluded(), h.published()));
		}
		return new PlacementInstance(instance.period(), instance.gemeenten(), households);
	}

	/** The household with only what concerns the region's municipalities. */
	private static Huishouden within(Huishouden h, Set<String> codes) {
		Map<String, Double> scores = new HashMap<>();
		h.scores().forEach((code, score) -> {
			if (codes.contains(code)) {
				scores.put(code, score);
			}
		});
		Set<String> excluded = h.excluded().stream().filter(codes::contains).collect(Collectors.toSet());
		return new Huishouden(h.id(), h.size(), h.defaultScore(), scores, excluded, h.published());
	}

}
