package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic national instances for tests and benchmarks, deterministic per seed. All 342
 * municipalities of the reference file with taakstellingen proportional to their
 * inhabitants, summing to 102 % of the persons (largest remainders), a tolerance of 3
 * persons (about one household) and carry-over from the previous period for a quarter of
 * them. Household sizes as in the permit-holder population (48 % single, families of 3–6,
 * some of 7–9; 2.54 persons on average). Per-person scores: a smooth regional component,
 * closeness to the household's AZC and, for a third, to a municipality where it has
 * family or community, a preference for or against cities, and noise; each household gets
 * explicit scores for its 120 best municipalities and a lower default for the rest. One
 * in 25 households is excluded from one to three municipalities.
 */
public final class InstanceGenerator {

	/** Households in the default national instance (about 30,000 persons). */
	public static final int DEFAULT_HOUSEHOLDS = 12_000;

	private static final int[] SIZES = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

	private static final double[] SIZE_SHARES = { 0.48, 0.12, 0.11, 0.11, 0.09, 0.05, 0.025, 0.01, 0.005 };

	private static final int EXPLICIT_SCORES = 120;

	private InstanceGenerator() {
	}

	/** The default national instance: 12,000 households, seed 42. */
	public static PlacementInstance national() {
		return generate(DEFAULT_HOUSEHOLDS, 42);
	}

	/** About {@code persons} persons (households = persons / 2.54). */
	public static PlacementInstance forPersons(int persons, long seed) {
		return generate((int) Math.round(persons / 2.54), seed);
	}

	public static PlacementInstance generate(int households, long seed) {
		return generate(households, seed, Variant.NATIONAL);
	}

	/**
	 * How a generated instance differs from the national one.
	 *
	 * @param quotaShare the quotas' total as a share of the persons (1.02 nationally;
	 * 1.00 is tight: only the tolerances leave room)
	 * @param dense a score for every municipality instead of the 120 best and a default
	 * @param exclusionShare share of households excluded from one to three municipalities
	 * (0.04 nationally)
	 */
	public record Variant(double quotaShare, boolean dense, double exclusionShare) {

		public static final Variant NATIONAL = new Variant(1.02, false, 0.04);

		public Variant {
			if (quotaShare < 1 || exclusionShare < 0 || exclusionShare > 1) {
				throw new IllegalArgumentException("quota share at least 1, exclusion share between 0 and 1");
			}
		}

	}

	public static PlacementInstance generate(int households, long seed, Variant variant) {
		Random random = new Random(seed);
		List<GemeentenReference.Row> rows = GemeentenReference.rows();
		int m = rows.size();
		double[] regional = new double[m];
		double p1 = random.nextDouble() * 6.3;
		double p2 = random.nextDouble() * 6.3;
		double[] urban = new double[m];
		for (int j = 0; j < m; j++) {
			var r = rows.get(j);
			regional[j] = 5 * Math.sin(r.lat() * 3.1 + p1) + 5 * Math.cos(r.lon() * 2.3 + p2);
			urban[j] = Math.log10(Math.max(1000, r.inwoners())) - 4.6;
		}
		int[] azcs = new int[25];
		for (int k = 0; k < azcs.length; k++) {
			azcs[k] = random.nextInt(m);
		}
		double[] cumulative = new double[m];
		double total = 0;
		for (int j = 0; j < m; j++) {
			total += rows.get(j).inwoners();
			cumulative[j] = total;
		}
		List<Huishouden> hs = new ArrayList<>(households);
		long persons = 0;
		double[] s = new double[m];
		Integer[] order = new Integer[m];
		for (int i = 0; i < households; i++) {
			int size = size(random);
			persons += size;
			int azc = azcs[random.nextInt(azcs.length)];
			int network = random.nextDouble() < 0.33 ? weighted(random, cumulative, total) : -1;
			double likesCities = random.nextGaussian();
			for (int j = 0; j < m; j++) {
				double v = 45 + regional[j] + 12 * Math.exp(-km(rows.get(azc), rows.get(j)) / 60)
						+ (network >= 0 ? 15 * Math.exp(-km(rows.get(network), rows.get(j)) / 25) : 0)
						+ 6 * likesCities * urban[j] + 6 * random.nextGaussian();
				s[j] = Math.round(Math.max(0, Math.min(100, v)) * 100) / 100.0;
				order[j] = j;
			}
			Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
			Map<String, Double> scores = new HashMap<>();
			int explicit = variant.dense() ? m : EXPLICIT_SCORES;
			for (int t = 0; t < explicit && t < m; t++) {
				scores.put(rows.get(order[t]).code(), s[order[t]]);
			}
			double defaultScore = m > explicit ? Math.floor(s[order[(explicit + m) / 2]]) : 0;
			Set<String> excluded = new HashSet<>();
			if (random.nextDouble() < variant.exclusionShare()) {
				int n = 1 + random.nextInt(3);
				for (int k = 0; k < n; k++) {
					excluded.add(rows.get(weighted(random, cumulative, total)).code());
				}
			}
			excluded.forEach(scores::remove);
			hs.add(new Huishouden(String.format("H%05d", i + 1), size, defaultScore, scores, excluded, null));
		}
		long quotaTotal = Math.round(variant.quotaShare() * persons);
		double[] inhabitants = new double[m];
		for (int j = 0; j < m; j++) {
			inhabitants[j] = rows.get(j).inwoners();
		}
		int[] quota = Taakstelling.proportional(quotaTotal, inhabitants);
		List<Taakstelling> gemeenten = new ArrayList<>(m);
		for (int j = 0; j < m; j++) {
			int carry = 0;
			if (random.nextDouble() < 0.25) {
				carry = (int) Math.round(quota[j] * (random.nextDouble() * 0.25 - 0.10));
			}
			gemeenten.add(new Taakstelling(rows.get(j).code(), quota[j], 0, 3, carry));
		}
		return new PlacementInstance("2027-H1", gemeenten, hs);
	}

	private static int size(Random random) {
		double u = random.nextDouble();
		for (int k = 0; k < SIZES.length; k++) {
			u -= SIZE_SHARES[k];
			if (u < 0) {
				return SIZES[k];
			}
		}
		return SIZES[SIZES.length - 1];
	}

	private static int weighted(Random random, double[] cumulative, double total) {
		double u = random.nextDouble() * total;
		int j = Arrays.binarySearch(cumulative, u);
		return Math.min(cumulative.length - 1, j >= 0 ? j : -j - 1);
	}

	private static double km(GemeentenReference.Row a, GemeentenReference.Row b) {
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLon = Math.toRadians(b.lon() - a.lon());
		double x = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.lat()))
				* Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6371 * Math.asin(Math.sqrt(x));
	}

}
