package nl.verbinder.placement.optimiser;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact finishing step: CP-SAT on the whole problem, started from the plan so far as
 * a hint and stopped by the run's deadline, whatever the instance's size.
 *
 * <p>
 * Before the model is built, pairs are fixed by their reduced cost at the relaxation's
 * prices λ: for any plan x, value(x) = D(λ) − Σ size·loss(i, x_i) − (persons left
 * unplaced × their best reduced value) − Σ λ × unused room, every term ≥ 0, so a pair
 * whose loss alone is at least D(λ) − value(plan) appears in no better plan and is left
 * out. The plan's own pairs always stay in, so the hint is feasible. When the plan places
 * as many persons as the relaxation (the most any plan can), the persons are fixed by a
 * constraint and the objective is the fit alone in score units (4 decimals, exactly
 * integral); otherwise the objective is the full value with the per-person bonus.
 *
 * <p>
 * CP-SAT's best objective bound on this restricted model is a proven bound for the whole
 * problem: a plan better than the current one uses only pairs left in. The bound returned
 * is therefore max(value(plan), CP-SAT's bound), in the same value units as D(λ) (bonus ×
 * persons + fit), and the caller takes the lesser of it and D(λ).
 */
final class ExactFinish {

	/**
	 * Pairs above this are not handed to CP-SAT (memory: CP-SAT takes about 2 KB per
	 * pair).
	 */
	static final long MAX_PAIRS = 40_000;

	/**
	 * Subsolvers (search, neighbourhoods) run in turn in one thread when a run has one
	 * worker.
	 */
	private static final int INTERLEAVED = 8;

	/** CP-SAT stops at this relative gap (0.001 %, a fifth of the target of 0.005 %). */
	static final double GAP_LIMIT = 1e-5;

	/** Share of the remaining time the configuration bound may take. */
	private static final double CONFIGURATION_SHARE = 0.75;

	/**
	 * @param improved whether the plan was replaced by a better one
	 * @param bound proven upper bound on the value of any plan, in value units
	 * @param optimal whether CP-SAT proved the (new) plan optimal
	 * @param pairs pairs in the model (0 when it was not built)
	 */
	record Outcome(boolean improved, long bound, boolean optimal, long pairs) {
	}

	private ExactFinish() {
	}

	static Outcome finish(PlacementOptimiser.Model model, int[] plan, PlacementOptimiser.Relaxation lp, long seed,
			long deadline, int workers) {
		int h = model.h;
		int m = model.m;
		long current = model.value(plan);
		long slack = lp.dual - current;
		if (slack <= 0 || h == 0) {
			return new Outcome(false, Math.min(lp.dual, current), slack <= 0, 0);
		}
		long placedFree = model.placed(plan);
		// the relaxation places the most persons any plan can
		boolean personsFixed = placedFree >= lp.persons;
		boolean allPlaced = Arrays.stream(plan).allMatch(j -> j >= 0);
		long dual = lp.dual;
		ConfigurationBound.Result configurations = null;
		if (allPlaced && personsFixed) {
			long now = System.nanoTime();
			configurations = ConfigurationBound.compute(model, plan, lp.lambda,
					now + (long) (CONFIGURATION_SHARE * (deadline - now)));
			if (configurations != null) {
				dual = Math.min(dual, configurations.bound() + model.bonus * placedFree);
				// the Lagrangian heuristic may have improved the plan: polish it
				model.polish(plan, lp.lambda, seed, deadline);
				current = model.value(plan);
			}
		}
		if (dual <= current) {
			return new Outcome(false, current, true, 0);
		}
		long fit = current - model.bonus * placedFree;
		if (configurations == null && (long) h * m > 20 * MAX_PAIRS) {
			// national runs: the relaxation's prices fix too few pairs for CP-SAT
			return new Outcome(false, dual, false, 0);
		}
		long[] best = new long[h];
		boolean[] in = new boolean[h * m];
		long pairs = 0;
		for (int i = 0; i < h; i++) {
			long u = 0;
			for (int j = 0; j < m; j++) {
				if (model.score[i * m + j] >= 0) {
					u = Math.max(u, model.bonus + model.score[i * m + j] - lp.lambda[j]);
				}
			}
			best[i] = u;
			for (int j = 0; j < m; j++) {
				boolean keep = keep(model, plan, lp.lambda, best, slack, i, j)
						&& (plan[i] == j || configurations == null || configurations.boundWith(model, i, j) > fit);
				in[i * m + j] = keep;
				pairs += keep ? 1 : 0;
			}
			if (pairs > MAX_PAIRS) {
				break;
			}
		}
		if (pairs > MAX_PAIRS || System.nanoTime() >= deadline) {
			return new Outcome(false, dual, false, 0);
		}
		var cp = new CpModel();
		var x = new Literal[h * m];
		var objective = LinearExpr.newBuilder();
		var persons = LinearExpr.newBuilder();
		List<List<Integer>> perMuni = new ArrayList<>();
		for (int j = 0; j < m; j++) {
			perMuni.add(new ArrayList<>());
		}
		for (int i = 0; i < h; i++) {
			var row = new ArrayList<Literal>();
			for (int j = 0; j < m; j++) {
				if (in[i * m + j]) {
					Literal v = cp.newBoolVar("x");
					x[i * m + j] = v;
					row.add(v);
					objective.addTerm(v,
							personsFixed ? (long) model.size[i] * model.score[i * m + j] : model.val(i, j));
					persons.addTerm(v, model.size[i]);
					perMuni.get(j).add(i);
					cp.addHint(v, plan[i] == j);
				}
			}
			if (allPlaced && personsFixed) {
				cp.addExactlyOne(row);
			}
			else if (!row.isEmpty()) {
				cp.addAtMostOne(row);
			}
		}
		for (int j = 0; j < m; j++) {
			if (!perMuni.get(j).isEmpty()) {
				var load = LinearExpr.newBuilder();
				for (int i : perMuni.get(j)) {
					load.addTerm(x[i * m + j], model.size[i]);
				}
				cp.addLessOrEqual(load, model.cap[j]);
			}
		}
		long offset = personsFixed ? model.bonus * placedFree : 0;
		if (personsFixed && !allPlaced) {
			// (when every household is placed exactly once, this holds already)
			cp.addEquality(persons, placedFree);
		}
		cp.maximize(objective);
		var solver = new CpSolver();
		solver.getParameters()
			.setNumWorkers(workers == 1 ? INTERLEAVED : workers)
			.setInterleaveSearch(workers == 1)
			.setCpModelProbingLevel(0)
			.setSymmetryLevel(0)
			.setLogSearchProgress(Boolean.getBoolean("placement.trace"))
			.setRandomSeed((int) seed)
			// the deterministic limit ends the search the same way for the same instance
			// and seed on a machine fast enough; the wall-clock one keeps the deadline
			// a plan this close to a proven bound is done: the rest of the run's time is
			// not spent on the last units of fit
			.setRelativeGapLimit(GAP_LIMIT)
			.setMaxDeterministicTime(Math.max(0.05, (deadline - System.nanoTime()) / 1e9))
			.setMaxTimeInSeconds(Math.max(0.05, (deadline - System.nanoTime()) / 1e9));
		var status = solver.solve(cp);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new Outcome(false, dual, false, pairs);
		}
		// CP-SAT's bound is integral for an integral objective; round down what a double
		// may have made of it
		long cpBound = offset + (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
		long bound = Math.min(dual, Math.max(current, cpBound));
		long found = offset + Math.round(solver.objectiveValue());
		boolean improved = false;
		if (found > current) {
			int[] candidate = new int[h];
			for (int i = 0; i < h; i++) {
				candidate[i] = -1;
				for (int j = 0; j < m; j++) {
					if (x[i * m + j] != null && solver.booleanValue(x[i * m + j])) {
						candidate[i] = j;
					}
				}
			}
			if (model.feasible(candidate) && model.value(candidate) > current) {
				System.arraycopy(candidate, 0, plan, 0, h);
				improved = true;
			}
		}
		return new Outcome(improved, bound, status == CpSolverStatus.OPTIMAL, pairs);
	}

	private static boolean keep(PlacementOptimiser.Model model, int[] plan, long[] lambda, long[] best, long slack,
			int i, int j) {
		int s = model.score[i * model.m + j];
		if (s < 0 || model.size[i] > model.cap[j]) {
			return false;
		}
		if (plan[i] == j) {
			return true;
		}
		long loss = best[i] - (model.bonus + s - lambda[j]);
		return model.size[i] * loss < slack;
	}

}
