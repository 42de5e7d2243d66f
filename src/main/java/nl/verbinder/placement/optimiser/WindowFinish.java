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
		int[] plan = hint.clone();
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			Arrays.fill(plan, -1);
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					if (x[i][j] != null && solver.booleanValue(x[i][j])) {
						plan[i] = j;
					}
				}
			}
		}
		moveIntoWindows(scores, sizes, held, low, high, plan);
		return plan;
	}

	/**
	 * Where CP-SAT ran out of time short of a window's lower end: the cheapest single
	 * moves of these households from a municipality above its lower end (or from none)
	 * into one below it, as long as any is left.
	 */
	static void moveIntoWindows(double[][] scores, int[] sizes, long[] held, int[] low, int[] high, int[] plan) {
		int m = held.length;
		long[] load = held.clone();
		for (int i = 0; i < plan.length; i++) {
			if (plan[i] >= 0) {
				load[plan[i]] += sizes[i];
			}
		}
		for (int round = 0; round < 10 * plan.length; round++) {
			int bestI = -1;
			int bestJ = -1;
			double bestLoss = Double.MAX_VALUE;
			for (int j = 0; j < m; j++) {
				if (load[j] >= low[j]) {
					continue;
				}
				for (int i = 0; i < plan.length; i++) {
					int from = plan[i];
					boolean canLeave = from < 0 || (from != j && load[from] - sizes[i] >= low[from]);
					if (canLeave && scores[i][j] >= 0 && load[j] + sizes[i] <= high[j]
							&& sizes[i] <= low[j] - load[j] + (high[j] - low[j])) {
						double loss = (from < 0 ? -1e9 : sizes[i] * (scores[i][from] - scores[i][j]));
						if (loss < bestLoss) {
							bestLoss = loss;
							bestI = i;
							bestJ = j;
						}
					}
				}
			}
			if (bestI < 0) {
				return;
			}
			if (plan[bestI] >= 0) {
				load[plan[bestI]] -= sizes[bestI];
			}
			plan[bestI] = bestJ;
			load[bestJ] += sizes[bestI];
		}
	}

}
