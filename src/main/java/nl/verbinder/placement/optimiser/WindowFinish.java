package nl.verbinder.placement.optimiser;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a set of households so that every municipality ends within its window [target −
 * tolerance, target + tolerance] given what it already holds, with the most fit: the half
 * year's last week, and the repair of a hindsight plan. Exact with CP-SAT on the pairs
 * that matter (each household's 40 best municipalities by the given scores, and every
 * municipality still short of its window), started from a given plan. Missing a window's
 * lower end is allowed at a cost above any fit, so a plan always comes back; whether
 * every window was reached is for the caller to check.
 */
final class WindowFinish {

	private static final int BEST = 40;

	private static final long SHORT_COST = 10_000_000L;

	private WindowFinish() {
	}

	/**
	 * @param scores per household, per municipality: the fit to maximise (negative =
	 * excluded)
	 * @param sizes persons per household
	 * @param held persons each municipality holds without these households
	 * @param low least persons per municipality at the end
	 * @param high most persons per municipality at the end
	 * @param hint a plan to start from (municipality index per household, −1 = none)
	 * @return municipality index per household (−1 where none had room)
	 */
	static int[] place(double[][] scores, int[] sizes, long[] held, int[] low, int[] high, int[] hint,
			double timeLimitSeconds) {
		Loader.loadNativeLibraries();
		int n = sizes.length;
		int m = held.length;
		CpModel cp = new CpModel();
		BoolVar[][] x = new BoolVar[n][m];
		LinearExprBuilder[] load = new LinearExprBuilder[m];
		for (int j = 0; j < m; j++) {
			load[j] = LinearExpr.newBuilder();
		}
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < n; i++) {
			double[] s = scores[i];
			Integer[] order = new Integer[m];
			for (int j = 0; j < m; j++) {
				order[j] = j;
			}
			Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
			boolean[] use = new boolean[m];
			for (int k = 0; k < BEST && k < m; k++) {
				use[order[k]] = true;
			}
			List<BoolVar> choices = new ArrayList<>();
			for (int j = 0; j < m; j++) {
				boolean fits = s[j] >= 0 && held[j] + sizes[i] <= high[j];
				if (fits && (use[j] || held[j] < low[j] || hint[i] == j)) {
					x[i][j] = cp.newBoolVar("");
					choices.add(x[i][j]);
					load[j].addTerm(x[i][j], sizes[i]);
					objective.addTerm(x[i][j], Math.round(sizes[i] * s[j] * 100));
				}
			}
			if (!choices.isEmpty()) {
				cp.addAtMostOne(choices.toArray(BoolVar[]::new));
				// placing a person is worth more than any lower end
				for (BoolVar b : choices) {
					objective.addTerm(b, sizes[i] * SHORT_COST * 2);
				}
			}
		}
		for (int j = 0; j < m; j++) {
			cp.addLessOrEqual(load[j], high[j] - held[j]);
			long need = low[j] - held[j];
			if (need > 0) {
				IntVar shortBy = cp.newIntVar(0, need, "");
				load[j].add(shortBy);
				cp.addGreaterOrEqual(load[j], need);
				objective.addTerm(shortBy, -SHORT_COST);
			}
		}
		for (int i = 0; i < n; i++) {
			if (hint[i] >= 0 && x[i][hint[i]] != null) {
				cp.addHint(x[i][hint[i]], 1);
			}
		}
		cp.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(timeLimitSeconds).setRandomSeed(1);
		CpSolverStatus status = solver.solve(cp);
		int[] plan = new int[n];
		Arrays.fill(plan, -1);
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					if (x[i][j] != null && solver.booleanValue(x[i][j])) {
						plan[i] = j;
					}
				}
			}
			return plan;
		}
		return hint.clone();
	}

}
