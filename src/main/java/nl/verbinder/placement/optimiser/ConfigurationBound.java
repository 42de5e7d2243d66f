package nl.verbinder.placement.optimiser;

import java.util.Arrays;
import java.util.Locale;

/**
 * A stronger bound than the transportation relaxation for plans that place every
 * household: the Lagrangian relaxation of "each household exactly once", whose
 * subproblems are one 0/1 knapsack per municipality (households as items, persons as
 * weights, the room as capacity). For any prices μ,
 * <pre>L(μ) = Σ μ_i + Σ_m K_m(μ),   K_m(μ) = max { Σ_{i∈S} (fit(i, m) − μ_i) : persons(S) ≤ room(m) }</pre>
 * is an upper bound on the fit of every plan that places all households, because such a
 * plan's households at m are one of the subsets S. Its best value is the value of the
 * configuration LP (one column per municipality and set of households that fits), which
 * does not split households: where a municipality's room is a few persons and households
 * are several, that is much tighter than the relaxation that splits them.
 *
 * <p>
 * The prices come from column generation: a restricted configuration LP (GLOP), started
 * with the plan's own sets, gives prices; each municipality's knapsack at those prices
 * (dynamic programming over the room, which is small) adds its best set when that set
 * pays more than the municipality's price. L is computed exactly in integers at the
 * prices rounded to whole units, so every L reported is a proven bound whatever the LP's
 * accuracy; the least one seen is kept with the knapsack values it was found with, which
 * also fix pairs: a plan that puts i at m has a fit of at most L − K_m + (fit(i, m) −
 * μ_i) + K_m(room − size_i).
 */
final class ConfigurationBound {

	/**
	 * @param bound the least L(μ) seen, in score units, or {@link Long#MAX_VALUE} if none
	 * @param mu the prices it was found with
	 * @param knapsack per municipality, the knapsack's best value for every room 0…room
	 * at those prices
	 * @param rounds column-generation rounds
	 * @param converged whether no set paid more than its municipality's price
	 */
	record Result(long bound, long[] mu, long[][] knapsack, int rounds, boolean converged) {

		/**
		 * The most fit any plan with household i at municipality j can have; a pair for
		 * which this is no more than the current plan's fit is in no better plan.
		 */
		long boundWith(PlacementOptimiser.Model model, int i, int j) {
			long[] k = knapsack[j];
			int room = model.cap[j];
			return bound - k[room] + (long) model.size[i] * model.score[i * model.m + j] - mu[i]
					+ k[room - model.size[i]];
		}

	}

	/**
	 * Work per round above which the bound is not attempted (Σ over municipalities of
	 * households × room).
	 */
	static final long MAX_WORK = 60_000_000;

	/**
	 * The search for prices is a subgradient method with Polyak's step towards the best
	 * plan known, halved after this many rounds without a clear improvement…
	 */
	private static final int PATIENCE = 30;

	/** …until the step's factor is this small… */
	private static final double MIN_STEP = 1e-3;

	/**
	 * …or after this many rounds, so that it ends the same way for the same instance
	 * unless the time runs out first.
	 */
	private static final int MAX_ROUNDS = 1_000;

	/**
	 * …or after this many rounds of the largest instance it takes ({@link #MAX_WORK}),
	 * proportionally more for smaller ones.
	 */
	private static final long ROUNDS_OF_MAX_WORK = 40;

	/** The search for prices stops once L is within fit / this of the plan. */
	private static final long CLOSE_ENOUGH = 10_000_000;

	private ConfigurationBound() {
	}

	/**
	 * @param plan a plan placing every household (the LP's first columns)
	 * @return null when the instance is too large for it within the time
	 */
	static Result compute(PlacementOptimiser.Model model, int[] plan, long[] lambda, long deadline) {
		// plan: improved in place by the Lagrangian heuristic
		int h = model.h;
		int m = model.m;
		long work = 0;
		for (int j = 0; j < m; j++) {
			work += (long) h * (model.cap[j] + 1);
		}
		if (work > MAX_WORK || h == 0) {
			return null;
		}
		long fit = 0;
		for (int i = 0; i < h; i++) {
			fit += (long) model.size[i] * model.score[i * m + plan[i]];
		}
		// start at the transportation relaxation's prices, so that the bound is never
		// worse than that relaxation's
		double[] mu = new double[h];
		long[] rounded = new long[h];
		for (int i = 0; i < h; i++) {
			long u = Long.MIN_VALUE;
			for (int j = 0; j < m; j++) {
				if (model.score[i * m + j] >= 0) {
					u = Math.max(u, model.score[i * m + j] - lambda[j]);
				}
			}
			rounded[i] = model.size[i] * u;
			mu[i] = rounded[i];
		}
		Knapsacks best = knapsacks(model, rounded);
		long[] bestMu = rounded.clone();
		Knapsacks at = best;
		int[] times = new int[h];
		double theta = 1;
		int stale = 0;
		int round = 0;
		boolean converged = false;
		long rounds = Math.min(MAX_ROUNDS, MAX_WORK * ROUNDS_OF_MAX_WORK / work);
		while (System.nanoTime() < deadline && theta > MIN_STEP && round < rounds) {
			round++;
			Arrays.fill(times, 0);
			for (int[] set : at.sets) {
				for (int i : set) {
					times[i]++;
				}
			}
			long norm = 0;
			for (int i = 0; i < h; i++) {
				long g = 1 - times[i];
				norm += g * g;
			}
			if (norm == 0) {
				// every household in exactly one set: the sets are a plan with fit L
				converged = true;
				break;
			}
			double step = theta * Math.max(1, best.bound - fit) / norm;
			for (int i = 0; i < h; i++) {
				mu[i] -= step * (1 - times[i]);
				rounded[i] = Math.round(mu[i]);
			}
			at = knapsacks(model, rounded);
			if (round % 5 == 0) {
				long repaired = repair(model, at.sets, plan);
				if (repaired > fit) {
					fit = repaired;
				}
			}
			if (at.bound < best.bound) {
				stale = at.bound < best.bound - (best.bound - fit) / 1000 ? 0 : stale + 1;
				best = at;
				bestMu = rounded.clone();
			}
			else {
				stale++;
			}
			if (stale >= PATIENCE) {
				theta /= 2;
				stale = 0;
			}
			if (best.bound - fit <= fit / CLOSE_ENOUGH) {
				// CP-SAT closes the rest on the few pairs left
				converged = true;
				break;
			}
		}
		if (Boolean.getBoolean("placement.trace")) {
			System.out.printf(Locale.ROOT, "TRACE configurations: %d rounds, L %d, plan %d, theta %.5f%n", round,
					best.bound, fit, theta);
		}
		return new Result(best.bound, bestMu, best.values, round, converged);
	}

	/** Each municipality's best set at the prices, and L at them. */
	private record Knapsacks(long bound, int[][] sets, long[][] values) {
	}

	private static Knapsacks knapsacks(PlacementOptimiser.Model model, long[] mu) {
		int h = model.h;
		int m = model.m;
		int[] items = new int[h];
		long[] values = new long[h];
		long total = 0;
		for (long p : mu) {
			total += p;
		}
		int[][] sets = new int[m][];
		long[][] knapsack = new long[m][];
		for (int j = 0; j < m; j++) {
			int room = model.cap[j];
			int n = 0;
			for (int i = 0; i < h; i++) {
				int s = model.score[i * m + j];
				if (s >= 0 && model.size[i] <= room) {
					long r = (long) model.size[i] * s - mu[i];
					if (r > 0) {
						items[n] = i;
						values[n++] = r;
					}
				}
			}
			long[] dp = new long[room + 1];
			boolean[] take = new boolean[n * (room + 1)];
			for (int k = 0; k < n; k++) {
				int w = model.size[items[k]];
				for (int c = room; c >= w; c--) {
					long v = dp[c - w] + values[k];
					if (v > dp[c]) {
						dp[c] = v;
						take[k * (room + 1) + c] = true;
					}
				}
			}
			knapsack[j] = dp;
			total += dp[room];
			int[] set = new int[n];
			int size = 0;
			int c = room;
			for (int k = n - 1; k >= 0; k--) {
				if (take[k * (room + 1) + c]) {
					set[size++] = items[k];
					c -= model.size[items[k]];
				}
			}
			sets[j] = Arrays.copyOf(set, size);
		}
		return new Knapsacks(total, sets, knapsack);
	}

	/**
	 * The Lagrangian heuristic: each household to the best of the sets it is in, those in
	 * none to their best municipality with room left; replaces the plan if that is
	 * better.
	 * @return the plan's fit afterwards
	 */
	private static long repair(PlacementOptimiser.Model model, int[][] sets, int[] plan) {
		int h = model.h;
		int m = model.m;
		int[] candidate = new int[h];
		Arrays.fill(candidate, -1);
		for (int j = 0; j < m; j++) {
			for (int i : sets[j]) {
				if (candidate[i] < 0 || model.score[i * m + j] > model.score[i * m + candidate[i]]) {
					candidate[i] = j;
				}
			}
		}
		int[] load = new int[m];
		for (int i = 0; i < h; i++) {
			if (candidate[i] >= 0) {
				load[candidate[i]] += model.size[i];
			}
		}
		for (int i = 0; i < h; i++) {
			if (candidate[i] < 0) {
				int best = -1;
				for (int j = 0; j < m; j++) {
					int s = model.score[i * m + j];
					if (s >= 0 && load[j] + model.size[i] <= model.cap[j]
							&& (best < 0 || s > model.score[i * m + best])) {
						best = j;
					}
				}
				if (best < 0) {
					return fit(model, plan);
				}
				candidate[i] = best;
				load[best] += model.size[i];
			}
		}
		long before = fit(model, plan);
		long after = fit(model, candidate);
		if (after > before && model.feasible(candidate)) {
			System.arraycopy(candidate, 0, plan, 0, h);
			return after;
		}
		return before;
	}

	private static long fit(PlacementOptimiser.Model model, int[] plan) {
		long fit = 0;
		for (int i = 0; i < model.h; i++) {
			fit += (long) model.size[i] * model.score[i * model.m + plan[i]];
		}
		return fit;
	}

}
