package nl.verbinder.placement.optimiser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The half year's taakstellingen as windows per municipality (index order of the quotas):
 * the target, and the least and most persons it may end with (target ∓ tolerance, never
 * below zero), with households' scores as dense rows (−1 where excluded).
 */
final class Windows {

	private final List<String> codes;

	private final Map<String, Integer> index = new HashMap<>();

	private final int[] target;

	private final int[] low;

	private final int[] high;

	Windows(List<Taakstelling> quotas) {
		this.codes = quotas.stream().map(Taakstelling::code).toList();
		int m = quotas.size();
		target = new int[m];
		low = new int[m];
		high = new int[m];
		for (int j = 0; j < m; j++) {
			Taakstelling t = quotas.get(j);
			index.put(t.code(), j);
			target[j] = Math.max(0, t.target());
			low[j] = Math.max(0, t.target() - t.tolerance());
			high[j] = t.capacity();
		}
	}

	int size() {
		return codes.size();
	}

	List<String> codes() {
		return codes;
	}

	int index(String code) {
		return index.get(code);
	}

	int[] target() {
		return target;
	}

	int[] low() {
		return low;
	}

	int[] high() {
		return high;
	}

	/** Per household, per municipality: its score, −1 where excluded. */
	double[][] scores(List<Huishouden> households) {
		double[][] s = new double[households.size()][codes.size()];
		for (int i = 0; i < s.length; i++) {
			Huishouden h = households.get(i);
			for (int j = 0; j < codes.size(); j++) {
				s[i][j] = h.excluded().contains(codes.get(j)) ? -1 : h.score(codes.get(j));
			}
		}
		return s;
	}

	/**
	 * Scores lowered by the municipalities' prices, mapped back onto 0–100 by one affine
	 * map for all (which keeps every comparison of plans that place the same persons).
	 */
	static double[][] priced(double[][] scores, double[] price) {
		double lo = Double.MAX_VALUE;
		double hi = -Double.MAX_VALUE;
		for (double[] row : scores) {
			for (int j = 0; j < row.length; j++) {
				if (row[j] >= 0) {
					lo = Math.min(lo, row[j] - price[j]);
					hi = Math.max(hi, row[j] - price[j]);
				}
			}
		}
		double scale = hi > lo ? PlacementOptimiser.MAX_SCORE / (hi - lo) : 1;
		double[][] out = new double[scores.length][];
		for (int i = 0; i < scores.length; i++) {
			out[i] = new double[scores[i].length];
			for (int j = 0; j < out[i].length; j++) {
				double v = (scores[i][j] - price[j] - lo) * scale;
				out[i][j] = scores[i][j] < 0 ? -1
						: Math.max(0, Math.min(PlacementOptimiser.MAX_SCORE, Math.round(v * 10_000) / 10_000.0));
			}
		}
		return out;
	}

	/** The household with the given dense scores (for the optimiser). */
	Huishouden household(Huishouden h, double[] row) {
		Map<String, Double> scores = new HashMap<>();
		Set<String> excluded = new HashSet<>();
		for (int j = 0; j < row.length; j++) {
			if (row[j] < 0) {
				excluded.add(codes.get(j));
			}
			else {
				scores.put(codes.get(j), row[j]);
			}
		}
		return new Huishouden(h.id(), h.size(), 0, scores, excluded, null);
	}

}
