package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares placement strategies over a generated half year: the hindsight optimum (every
 * arrival known: the whole half year at once), and the weekly strategies of
 * {@link WeeklyPlacement}. Each is scored by its fit (Σ size × score) and whether every
 * household was placed and every municipality ended within its window (target ∓
 * tolerance). The hindsight plan comes with an upper bound on any plan's fit: the
 * Lagrangian dual value at the relaxation's prices.
 */
public final class HalfYearSimulator {

	/** Households of size at most this may be moved when a hindsight plan is repaired. */
	private static final int REPAIR_SIZE = 2;

	private static final int REPAIR_HOUSEHOLDS = 600;

	private HalfYearSimulator() {
	}

	/**
	 * @param strategy {@code hindsight} or a weekly strategy's name
	 * @param outside municipalities that ended outside their window
	 * @param unplaced households that fitted nowhere
	 */
	public record Outcome(String strategy, double fit, boolean quotasMet, int outside, int unplaced, long millis) {
	}

	/** A half year's outcomes, the hindsight first, and the bound. */
	public record Report(HalfYear year, double bound, List<Outcome> outcomes) {

		public Outcome hindsight() {
			return outcomes.get(0);
		}

		/** One line per strategy: fit, % of the hindsight and of the bound, quotas. */
		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			for (Outcome o : outcomes) {
				lines.add(String.format(Locale.ROOT,
						"%-10s seed %-5d %-14s fit %12.2f  %7.3f%% of hindsight  %7.3f%% of bound  quotas met %-3s (%d outside, %d unplaced)  %d ms",
						year.pattern().label(), year.seed(), o.strategy().toLowerCase(Locale.ROOT), o.fit(),
						100 * o.fit() / hindsight().fit(), 100 * o.fit() / bound, o.quotasMet() ? "yes" : "no",
						o.outside(), o.unplaced(), o.millis()));
			}
			return lines;
		}

	}

	/**
	 * Runs the hindsight optimum and the given weekly strategies on the half year.
	 * @param weekLimitSeconds the optimiser's limit per week
	 * @param hindsightLimitSeconds the optimiser's limit for the whole half year
	 */
	public static Report simulate(HalfYear year, List<WeeklyPlacement.Strategy> strategies, double weekLimitSeconds,
			double hindsightLimitSeconds) {
		List<Outcome> outcomes = new ArrayList<>();
		long start = System.nanoTime();
		double[] bound = new double[1];
		Map<String, String> best = hindsight(year, hindsightLimitSeconds, bound);
		outcomes.add(evaluate(year, "hindsight", best, start));
		for (WeeklyPlacement.Strategy s : strategies) {
			long t = System.nanoTime();
			outcomes.add(evaluate(year, s.name(), WeeklyPlacement.run(year, s, weekLimitSeconds), t));
		}
		return new Report(year, bound[0], outcomes);
	}

	/** Fit and windows of a plan (household id → municipality code). */
	static Outcome evaluate(HalfYear year, String strategy, Map<String, String> plan, long startNanos) {
		Windows windows = new Windows(year.quotas());
		long[] held = new long[windows.size()];
		double fit = 0;
		int unplaced = 0;
		for (HalfYear.Arrival a : year.arrivals()) {
			Huishouden h = a.household();
			String code = plan.get(h.id());
			if (code == null) {
				unplaced++;
				continue;
			}
			if (h.excluded().contains(code)) {
				throw new IllegalStateException(h.id() + " placed where it is excluded");
			}
			held[windows.index(code)] += h.size();
			fit += h.size() * h.score(code);
		}
		int outside = 0;
		for (int j = 0; j < held.length; j++) {
			if (held[j] < windows.low()[j] || held[j] > windows.high()[j]) {
				outside++;
			}
		}
		return new Outcome(strategy, fit, outside == 0 && unplaced == 0, outside, unplaced,
				(System.nanoTime() - startNanos) / 1_000_000);
	}

	/**
	 * The whole half year at once: the optimiser on the scores priced by the relaxation
	 * with every window, then the households it left outside a window, together with the
	 * small households of municipalities above their target, re-placed exactly within the
	 * windows.
	 */
	static Map<String, String> hindsight(HalfYear year, double limitSeconds, double[] bound) {
		Windows windows = new Windows(year.quotas());
		int m = windows.size();
		List<Huishouden> all = year.arrivals().stream().map(HalfYear.Arrival::household).toList();
		double[][] scores = windows.scores(all);
		int[] low = windows.low();
		int[] high = windows.high();
		double[] price = QuotaPrices.prices(windows.codes(), low, high, all, List.of(), 0).price();
		bound[0] = dualBound(scores, WeeklyPlacement.sizes(all), price, low, high);
		double[][] priced = Windows.priced(scores, price);
		List<Huishouden> hs = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			hs.add(windows.household(all.get(i), priced[i]));
		}
		PlacementResult result = new PlacementOptimiser(new InstanceValidator(), 1)
			.solve(new PlacementInstance(year.pattern().label(), year.quotas(), hs), 1, limitSeconds);
		Map<String, Integer> at = new HashMap<>();
		result.assignments().forEach(a -> at.put(a.household(), windows.index(a.gemeente())));
		long[] held = new long[m];
		for (Huishouden h : all) {
			Integer j = at.get(h.id());
			if (j != null) {
				held[j] += h.size();
			}
		}
		boolean fine = at.size() == all.size();
		for (int j = 0; j < m; j++) {
			fine &= held[j] >= low[j] && held[j] <= high[j];
		}
		if (!fine) {
			List<Integer> free = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				Integer j = at.get(all.get(i).id());
				if (j == null || (all.get(i).size() <= REPAIR_SIZE && held[j] > windows.target()[j]
						&& free.size() < REPAIR_HOUSEHOLDS)) {
					free.add(i);
				}
			}
			double[][] s = new double[free.size()][];
			int[] sizes = new int[free.size()];
			int[] hint = new int[free.size()];
			for (int k = 0; k < free.size(); k++) {
				Huishouden h = all.get(free.get(k));
				s[k] = scores[free.get(k)];
				sizes[k] = h.size();
				Integer j = at.get(h.id());
				hint[k] = j == null ? -1 : j;
				if (j != null) {
					held[j] -= h.size();
				}
			}
			int[] plan = WindowFinish.place(s, sizes, held, low, high, hint, Math.max(10, limitSeconds));
			for (int k = 0; k < free.size(); k++) {
				String id = all.get(free.get(k)).id();
				if (plan[k] >= 0) {
					at.put(id, plan[k]);
				}
				else {
					at.remove(id);
				}
			}
		}
		Map<String, String> plan = new LinkedHashMap<>();
		at.forEach((id, j) -> plan.put(id, windows.codes().get(j)));
		return plan;
	}

	/**
	 * Σ_h size·max_m(score − price) + Σ_m (price > 0 ? high : low)·price: at least the
	 * fit of any plan that places every household within the windows, whatever the
	 * prices.
	 */
	static double dualBound(double[][] scores, int[] sizes, double[] price, int[] low, int[] high) {
		double d = 0;
		for (int i = 0; i < scores.length; i++) {
			double best = -Double.MAX_VALUE;
			for (int j = 0; j < price.length; j++) {
				if (scores[i][j] >= 0) {
					best = Math.max(best, scores[i][j] - price[j]);
				}
			}
			d += sizes[i] * best;
		}
		for (int j = 0; j < price.length; j++) {
			d += price[j] > 0 ? high[j] * price[j] : low[j] * price[j];
		}
		return d;
	}

}
