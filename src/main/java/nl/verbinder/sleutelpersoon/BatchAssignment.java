package nl.verbinder.sleutelpersoon;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assigns a week's open requests to key persons so that the total fit is as high as
 * possible, while every key person's hours (visits plus travel there and back) and travel
 * limit are respected. Who may take which request, and how well they fit, comes from
 * {@link CandidateRanking}; this is a generalised assignment problem. The method, all
 * within the time limit given to {@link #solve}:
 * <ol>
 * <li>LP bound: the LP relaxation (OR-Tools GLOP) with a cardinality cut per key person
 * (no more visits than their shortest ones that fit), certified from its dual values;
 * then, from those duals, a Lagrangian relaxation of the once-per-request rows (each key
 * person's best set of visits is a small knapsack, solved exactly), which converges to
 * the LP bound over each key person's feasible sets of visits, a much tighter one;</li>
 * <li>LP rounding gives a start: pairs the LP takes whole are fixed, the split requests
 * placed in order of LP value and score where hours allow, then a local search (move,
 * eject-and-move, replace) improves it; the knapsack sets of the Lagrangian steps, made
 * feasible and improved the same way, give further starts;</li>
 * <li>OR-Tools CP-SAT, hinted with the best start (or the plain greedy answer, if
 * better), searches the time that is left, unless the start is already within the
 * requested gap of the bound; it stops at the proven optimum or that gap.</li>
 * </ol>
 * Requests nobody can take are listed with the reason. Deterministic for the same input
 * with one worker, as long as the time limit does not cut a step short.
 */
public final class BatchAssignment {

	/** One request given to one key person, with the fit of that pair. */
	public record Assignment(UUID verzoek, UUID sleutelpersoon, double score, int minutes) {
	}

	/**
	 * A request left without a key person, and why: a ranking obstacle, or everyone able
	 * was full.
	 */
	public record Unassigned(UUID verzoek, @JsonProperty("reden") String reason) {
	}

	/**
	 * The solution with its figures: objective, the best proven upper bound (the LP bound
	 * or CP-SAT's, whichever is lower), the gap against it, proven optimal or not, the
	 * greedy objective, time, and the LP bound alone.
	 */
	public record Result(List<Assignment> assignments, List<Unassigned> unassigned, double objective, double bound,
			double gap, boolean optimal, double greedyObjective, long millis, double lpBound) {
	}

	/**
	 * Why a request with candidates still got nobody: all of them were needed elsewhere
	 * or are full.
	 */
	public static final String CAPACITY = "CAPACITY";

	private static final int SCALE = 10; // scores in tenths, as integers for CP-SAT

	private static final double MARGIN_SECONDS = 0.3; // kept back for building the answer

	private final CandidateRanking ranking;

	private final int workers;

	private final double relativeGap;

	/**
	 * Deterministic: one search worker; searches until the optimum is proven or the time
	 * is up.
	 */
	public BatchAssignment(CandidateRanking ranking) {
		this(ranking, 1);
	}

	/**
	 * With more workers CP-SAT runs more strategies in parallel (no longer
	 * deterministic).
	 */
	public BatchAssignment(CandidateRanking ranking, int workers) {
		this(ranking, workers, 0);
	}

	/**
	 * Stops as soon as the answer is within the relative gap (0.01 = 1 %) of the proven
	 * bound.
	 */
	public BatchAssignment(CandidateRanking ranking, int workers, double relativeGap) {
		this.ranking = ranking;
		this.workers = Math.max(1, workers);
		this.relativeGap = Math.max(0, relativeGap);
	}

	public Result solve(List<Verzoek> requests, List<Sleutelpersoon> pool,
			Map<UUID, CandidateRanking.Workload> workloads, LocalDate today, double timeLimitSeconds) {
		long started = System.nanoTime();
		Instance in = instance(requests, pool, workloads, today);
		long deadline = started + (long) ((timeLimitSeconds - MARGIN_SECONDS) * 1e9);
		int[] greedy = in.greedy();
		long greedyValue = in.value(greedy);
		Lp lp = in.lp();
		int[] best = greedy;
		long lpBound = in.sumOfBestScores();
		if (lp != null) {
			int[] rounded = in.improve(in.round(lp.x()), started + (long) (timeLimitSeconds * 0.2e9));
			best = in.value(rounded) > greedyValue ? rounded : greedy.clone();
			lpBound = lp.bound();
			if (!within(in.value(best), lpBound)) {
				lpBound = Math.min(lpBound,
						in.lagrange(lp.duals(), best, relativeGap, started + (long) (timeLimitSeconds * 0.5e9)));
			}
		}
		long bound = lpBound;
		boolean optimal = in.value(best) >= bound;
		if (!optimal && !within(in.value(best), bound) && deadline - System.nanoTime() > 50_000_000) {
			int[] found = cpSat(in, best, bound, deadline);
			if (found != null) {
				bound = Math.min(bound, found[in.requests]);
				optimal = found[in.requests + 1] == 1;
				int[] solution = Arrays.copyOf(found, in.requests);
				if (in.value(solution) > in.value(best)) {
					best = solution;
				}
			}
		}
		int[] chosen = best;
		long value = in.value(chosen);
		bound = Math.max(bound, value);

		List<Unassigned> unassigned = new ArrayList<>(in.noCandidates);
		for (int r = 0; r < requests.size(); r++) {
			if (chosen[r] < 0 && in.ofRequest[r].length > 0) {
				unassigned.add(new Unassigned(requests.get(r).id(), CAPACITY));
			}
		}
		double objective = value / (double) SCALE + 0.0; // no -0.0
		double upper = bound / (double) SCALE + 0.0;
		double gap = upper <= 0 ? 0 : (upper - objective) / upper;
		return new Result(assignments(in, chosen, requests, pool), List.copyOf(unassigned), objective, upper, gap,
				optimal || value == bound, in.value(greedy) / (double) SCALE, (System.nanoTime() - started) / 1_000_000,
				lpBound / (double) SCALE + 0.0);
	}

	/**
	 * The LP-rounding start alone (LP rounding and local search), as assignments; for
	 * tests.
	 */
	List<Assignment> lpRoundingStart(List<Verzoek> requests, List<Sleutelpersoon> pool,
			Map<UUID, CandidateRanking.Workload> workloads, LocalDate today) {
		Instance in = instance(requests, pool, workloads, today);
		Lp lp = in.lp();
		return lp == null ? List.of() : assignments(in, in.improve(in.round(lp.x()), Long.MAX_VALUE), requests, pool);
	}

	/**
	 * Ranks every request against the pool: the candidate pairs, with their score and
	 * minutes.
	 */
	private Instance instance(List<Verzoek> requests, List<Sleutelpersoon> pool,
			Map<UUID, CandidateRanking.Workload> workloads, LocalDate today) {
		List<Unassigned> noCandidates = new ArrayList<>();
		Map<UUID, Integer> personIndex = new HashMap<>();
		for (int k = 0; k < pool.size(); k++) {
			personIndex.put(pool.get(k).id(), k);
		}
		int[] capacity = new int[pool.size()];
		for (int k = 0; k < pool.size(); k++) {
			capacity[k] = Math.max(0, pool.get(k).urenPerWeek() * 60
					- workloads.getOrDefault(pool.get(k).id(), CandidateRanking.Workload.NONE).minutesThisWeek());
		}
		List<int[]> pairs = new ArrayList<>(); // request, person, score, minutes
		for (int r = 0; r < requests.size(); r++) {
			// Each pair is judged on the load before this batch; capacity is then shared
			// in the model.
			var result = ranking.rank(requests.get(r), pool, workloads, today);
			if (result.candidates().isEmpty()) {
				noCandidates.add(new Unassigned(requests.get(r).id(), result.mainObstacle().name()));
				continue;
			}
			int before = pairs.size();
			for (var c : result.candidates()) {
				int k = personIndex.get(c.sleutelpersoon().id());
				int minutes = requests.get(r).minuten() + c.travelMinutes();
				if (minutes <= capacity[k]) {
					pairs.add(new int[] { r, k, (int) Math.round(c.score() * SCALE), minutes });
				}
			}
			if (pairs.size() == before) {
				noCandidates.add(new Unassigned(requests.get(r).id(), CAPACITY));
			}
		}
		return new Instance(requests.size(), pool.size(), capacity, pairs, noCandidates);
	}

	private static List<Assignment> assignments(Instance in, int[] solution, List<Verzoek> requests,
			List<Sleutelpersoon> pool) {
		List<Assignment> assignments = new ArrayList<>();
		for (int r = 0; r < requests.size(); r++) {
			int i = solution[r];
			if (i >= 0) {
				assignments.add(new Assignment(requests.get(r).id(), pool.get(in.person[i]).id(),
						in.score[i] / (double) SCALE, in.minutes[i]));
			}
		}
		return List.copyOf(assignments);
	}

	private boolean within(long value, long bound) {
		return bound - value <= relativeGap * bound;
	}

	/**
	 * CP-SAT on the whole model, hinted with the start, until it proves the optimum,
	 * reaches the requested gap against the given bound, or the time is up. Returns per
	 * request its pair or -1, then CP-SAT's bound and 1 if optimal; null without a
	 * solution.
	 */
	private int[] cpSat(Instance in, int[] start, long bound, long deadline) {
		Loader.loadNativeLibraries();
		CpModel model = new CpModel();
		BoolVar[] x = new BoolVar[in.pairs()];
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < in.pairs(); i++) {
			x[i] = model.newBoolVar("x" + i);
			objective.addTerm(x[i], in.score[i]);
		}
		for (int r = 0; r < in.requests; r++) {
			if (in.ofRequest[r].length > 1) {
				model.addAtMostOne(Arrays.stream(in.ofRequest[r]).mapToObj(i -> x[i]).toArray(BoolVar[]::new));
			}
			for (int i : in.ofRequest[r]) {
				model.addHint(x[i], start[r] == i ? 1 : 0);
			}
		}
		for (int k = 0; k < in.persons; k++) {
			BoolVar[] mine = Arrays.stream(in.ofPerson[k]).mapToObj(i -> x[i]).toArray(BoolVar[]::new);
			model.addLessOrEqual(
					LinearExpr.weightedSum(mine, Arrays.stream(in.ofPerson[k]).mapToLong(i -> in.minutes[i]).toArray()),
					in.capacity[k]);
			if (in.cardinality[k] < mine.length) {
				model.addLessOrEqual(LinearExpr.sum(mine), in.cardinality[k]);
			}
		}
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(workers); // one worker is deterministic for
														// the same input
		solver.getParameters().setRandomSeed(1);
		solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, (deadline - System.nanoTime()) / 1e9)); // after
																											// building
		CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
			@Override
			public void onSolutionCallback() {
				if (within(Math.round(objectiveValue()), bound)) {
					stopSearch();
				}
			}
		});
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return null;
		}
		int[] found = new int[in.requests + 2];
		Arrays.fill(found, -1);
		for (int i = 0; i < in.pairs(); i++) {
			if (solver.booleanValue(x[i])) {
				found[in.request[i]] = i;
			}
		}
		found[in.requests] = (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(solver.bestObjectiveBound() - 1e-6));
		found[in.requests + 1] = status == CpSolverStatus.OPTIMAL ? 1 : 0;
		return found;
	}

	/**
	 * The LP optimum: x per pair, the duals of the once-per-request rows, and a certified
	 * upper bound in score units.
	 */
	private record Lp(double[] x, double[] duals, long bound) {
	}

	/**
	 * The pairs in arrays, and the heuristics on them. A solution gives per request its
	 * pair, or -1.
	 */
	private static final class Instance {

		final int requests;

		final int persons;

		final int[] capacity;

		final int[] request;

		final int[] person;

		final int[] score;

		final int[] minutes;

		final int[][] ofRequest;

		final int[][] ofPerson;

		final int[] cardinality; // the most visits that fit in a person's hours

		final List<Unassigned> noCandidates;

		Instance(int requests, int persons, int[] capacity, List<int[]> pairs, List<Unassigned> noCandidates) {
			this.noCandidates = noCandidates;
			this.requests = requests;
			this.persons = persons;
			this.capacity = capacity;
			int n = pairs.size();
			request = new int[n];
			person = new int[n];
			score = new int[n];
			minutes = new int[n];
			int[] perRequest = new int[requests];
			int[] perPerson = new int[persons];
			for (int i = 0; i < n; i++) {
				int[] p = pairs.get(i);
				request[i] = p[0];
				person[i] = p[1];
				score[i] = p[2];
				minutes[i] = p[3];
				perRequest[p[0]]++;
				perPerson[p[1]]++;
			}
			ofRequest = new int[requests][];
			ofPerson = new int[persons][];
			for (int r = 0; r < requests; r++) {
				ofRequest[r] = new int[perRequest[r]];
				perRequest[r] = 0;
			}
			for (int k = 0; k < persons; k++) {
				ofPerson[k] = new int[perPerson[k]];
				perPerson[k] = 0;
			}
			for (int i = 0; i < n; i++) {
				ofRequest[request[i]][perRequest[request[i]]++] = i;
				ofPerson[person[i]][perPerson[person[i]]++] = i;
			}
			cardinality = new int[persons];
			for (int k = 0; k < persons; k++) {
				int[] sorted = Arrays.stream(ofPerson[k]).map(i -> minutes[i]).sorted().toArray();
				int sum = 0;
				int count = 0;
				while (count < sorted.length && sum + sorted[count] <= capacity[k]) {
					sum += sorted[count++];
				}
				cardinality[k] = count;
			}
		}

		int pairs() {
			return request.length;
		}

		long value(int[] solution) {
			long total = 0;
			for (int i : solution) {
				total += i >= 0 ? score[i] : 0;
			}
			return total;
		}

		long sumOfBestScores() {
			long total = 0;
			for (int[] list : ofRequest) {
				total += Arrays.stream(list).map(i -> score[i]).max().orElse(0);
			}
			return total;
		}

		int[] empty() {
			int[] solution = new int[requests];
			Arrays.fill(solution, -1);
			return solution;
		}

		/** The best-fitting pairs first, as long as hours allow. */
		int[] greedy() {
			Integer[] order = new Integer[pairs()];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order,
					Comparator.comparingInt((Integer i) -> -score[i])
						.thenComparingInt(i -> request[i])
						.thenComparingInt(i -> person[i]));
			int[] solution = empty();
			int[] left = capacity.clone();
			for (int i : order) {
				if (solution[request[i]] < 0 && left[person[i]] >= minutes[i]) {
					solution[request[i]] = i;
					left[person[i]] -= minutes[i];
				}
			}
			return solution;
		}

		/**
		 * The LP relaxation with GLOP; null if it does not solve. The bound is taken from
		 * the duals, so it is valid.
		 */
		Lp lp() {
			if (pairs() == 0) {
				return null;
			}
			Loader.loadNativeLibraries();
			MPSolver solver = MPSolver.createSolver("GLOP");
			if (solver == null) {
				return null;
			}
			try {
				MPVariable[] x = solver.makeNumVarArray(pairs(), 0, 1);
				MPObjective objective = solver.objective();
				for (int i = 0; i < pairs(); i++) {
					objective.setCoefficient(x[i], score[i]);
				}
				objective.setMaximization();
				MPConstraint[] once = new MPConstraint[requests];
				for (int r = 0; r < requests; r++) {
					if (ofRequest[r].length > 0) {
						once[r] = solver.makeConstraint(0, 1);
						for (int i : ofRequest[r]) {
							once[r].setCoefficient(x[i], 1);
						}
					}
				}
				MPConstraint[] hours = new MPConstraint[persons];
				MPConstraint[] count = new MPConstraint[persons];
				for (int k = 0; k < persons; k++) {
					if (ofPerson[k].length == 0) {
						continue;
					}
					hours[k] = solver.makeConstraint(0, capacity[k]);
					for (int i : ofPerson[k]) {
						hours[k].setCoefficient(x[i], minutes[i]);
					}
					if (cardinality[k] < ofPerson[k].length) {
						count[k] = solver.makeConstraint(0, cardinality[k]);
						for (int i : ofPerson[k]) {
							count[k].setCoefficient(x[i], 1);
						}
					}
				}
				MPSolver.ResultStatus status = solver.solve();
				if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
					return null;
				}
				double[] value = new double[pairs()];
				for (int i = 0; i < pairs(); i++) {
					value[i] = x[i].solutionValue();
				}
				// A dual solution made feasible bounds every integer answer: sum of u_r +
				// cap_k v_k + card_k w_k.
				double[] v = new double[persons];
				double[] w = new double[persons];
				double bound = 0;
				for (int k = 0; k < persons; k++) {
					v[k] = hours[k] == null ? 0 : Math.max(0, hours[k].dualValue());
					w[k] = count[k] == null ? 0 : Math.max(0, count[k].dualValue());
					bound += capacity[k] * v[k] + cardinality[k] * w[k];
				}
				for (int r = 0; r < requests; r++) {
					double u = 0;
					for (int i : ofRequest[r]) {
						u = Math.max(u, score[i] - minutes[i] * v[person[i]] - w[person[i]]);
					}
					bound += u;
				}
				double[] duals = new double[requests];
				for (int r = 0; r < requests; r++) {
					duals[r] = once[r] == null ? 0 : Math.max(0, once[r].dualValue());
				}
				return new Lp(value, duals, (long) Math.floor(bound + 1e-6));
			}
			finally {
				solver.delete();
			}
		}

		/**
		 * Pairs the LP takes whole first, then the split ones by LP value and score, then
		 * any that still fit.
		 */
		int[] round(double[] lp) {
			int[] solution = empty();
			int[] left = capacity.clone();
			Integer[] order = new Integer[pairs()];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order,
					Comparator.comparingDouble((Integer i) -> lp[i] > 1 - 1e-6 ? 0 : 1)
						.thenComparingDouble(i -> -Math.round(lp[i] * 1000) / 1000.0)
						.thenComparingInt(i -> -score[i])
						.thenComparingInt(i -> i));
			for (int i : order) {
				if (solution[request[i]] < 0 && left[person[i]] >= minutes[i]) {
					solution[request[i]] = i;
					left[person[i]] -= minutes[i];
				}
			}
			return solution;
		}

		/**
		 * Local search until nothing improves or half the remaining time is used: move a
		 * request to a better free pair; place an unplaced request, if need be after
		 * moving one of the person's requests elsewhere or dropping a worse one.
		 */
		int[] improve(int[] solution, long deadline) {
			int[] left = capacity.clone();
			for (int i : solution) {
				if (i >= 0) {
					left[person[i]] -= minutes[i];
				}
			}
			boolean better = true;
			while (better && System.nanoTime() < deadline) {
				better = false;
				for (int r = 0; r < requests; r++) {
					int current = solution[r];
					int best = -1;
					int bestGain = 0;
					for (int i : ofRequest[r]) {
						int gain = score[i] - (current >= 0 ? score[current] : 0);
						if (i != current && gain > bestGain && left[person[i]] >= minutes[i]) {
							best = i;
							bestGain = gain;
						}
					}
					if (best >= 0) {
						assign(solution, left, r, best);
						better = true;
						continue;
					}
					// Make room: move or drop one request q of the person, for gain.
					int bestOut = -1;
					int bestMove = -1;
					for (int i : ofRequest[r]) {
						if (i == current) {
							continue;
						}
						int k = person[i];
						int room = left[k] + (current >= 0 && person[current] == k ? minutes[current] : 0);
						for (int j : ofPerson[k]) {
							int q = request[j];
							if (q == r || solution[q] != j || room + minutes[j] < minutes[i]) {
								continue;
							}
							int base = score[i] - (current >= 0 ? score[current] : 0) - score[j];
							if (base > bestGain) {
								bestGain = base;
								best = i;
								bestOut = j;
								bestMove = -1;
							}
							for (int m : ofRequest[q]) {
								int free = left[person[m]]
										+ (current >= 0 && person[current] == person[m] ? minutes[current] : 0);
								if (m != j && person[m] != k && free >= minutes[m] && base + score[m] > bestGain) {
									bestGain = base + score[m];
									best = i;
									bestOut = j;
									bestMove = m;
								}
							}
						}
					}
					if (best >= 0) {
						int q = request[bestOut];
						unassign(solution, left, q);
						if (current >= 0) {
							unassign(solution, left, r);
						}
						if (bestMove >= 0) {
							assign(solution, left, q, bestMove);
						}
						assign(solution, left, r, best);
						better = true;
					}
				}
			}
			return solution;
		}

		/**
		 * Lagrangian relaxation of the once-per-request rows, by subgradient steps from
		 * the LP duals: each key person then takes their best set of visits (a knapsack,
		 * exact by dynamic programming over minutes). Returns the lowest bound found; the
		 * sets, made feasible and improved, replace the incumbent when better.
		 */
		long lagrange(double[] start, int[] incumbent, double gap, long deadline) {
			double[] u = start.clone();
			double best = Double.MAX_VALUE;
			long incumbentValue = value(incumbent);
			double theta = 1;
			int stale = 0;
			int[] count = new int[requests];
			int[] pick = new int[requests];
			boolean[] chosen = new boolean[pairs()];
			for (int iteration = 0; iteration < 300 && System.nanoTime() < deadline; iteration++) {
				Arrays.fill(count, 0);
				Arrays.fill(pick, -1);
				Arrays.fill(chosen, false);
				double bound = 0;
				for (int r = 0; r < requests; r++) {
					bound += ofRequest[r].length > 0 ? u[r] : 0;
				}
				for (int k = 0; k < persons; k++) {
					bound += knapsack(k, u, chosen);
				}
				double norm = 0;
				for (int i = 0; i < pairs(); i++) {
					if (chosen[i]) {
						int r = request[i];
						count[r]++;
						if (pick[r] < 0 || score[i] > score[pick[r]]) {
							pick[r] = i;
						}
					}
				}
				for (int r = 0; r < requests; r++) {
					if (ofRequest[r].length > 0 && (count[r] != 1 || u[r] > 0)) {
						norm += (1 - count[r]) * (1 - count[r]);
					}
				}
				if (bound < best - 1e-9) {
					best = bound;
					stale = 0;
				}
				else if (++stale >= 4) {
					theta /= 2;
					stale = 0;
				}
				if (iteration % 5 == 0) {
					int[] candidate = improve(fill(pick), deadline);
					long value = value(candidate);
					if (value > incumbentValue) {
						incumbentValue = value;
						System.arraycopy(candidate, 0, incumbent, 0, requests);
					}
				}
				if (norm == 0 || best - incumbentValue < 1 || best - incumbentValue <= gap * best || theta < 1e-3) {
					break;
				}
				double step = theta * Math.max(1, bound - incumbentValue) / norm;
				for (int r = 0; r < requests; r++) {
					u[r] = Math.max(0, u[r] - step * (1 - count[r]));
				}
			}
			return (long) Math.floor(best + 1e-6);
		}

		/**
		 * The best set of visits for person k with scores lowered by u, marked in chosen;
		 * returns its value.
		 */
		private double knapsack(int k, double[] u, boolean[] chosen) {
			int cap = capacity[k];
			int[] items = Arrays.stream(ofPerson[k]).filter(i -> score[i] - u[request[i]] > 1e-9).toArray();
			double[] value = new double[cap + 1];
			boolean[][] take = new boolean[items.length][cap + 1];
			for (int t = 0; t < items.length; t++) {
				int i = items[t];
				double profit = score[i] - u[request[i]];
				for (int c = cap; c >= minutes[i]; c--) {
					if (value[c - minutes[i]] + profit > value[c]) {
						value[c] = value[c - minutes[i]] + profit;
						take[t][c] = true;
					}
				}
			}
			for (int t = items.length - 1, c = cap; t >= 0; t--) {
				if (take[t][c]) {
					chosen[items[t]] = true;
					c -= minutes[items[t]];
				}
			}
			return value[cap];
		}

		/** The given pairs, then any pairs that still fit, best score first. */
		private int[] fill(int[] given) {
			int[] solution = given.clone();
			int[] left = capacity.clone();
			for (int i : solution) {
				if (i >= 0) {
					left[person[i]] -= minutes[i];
				}
			}
			for (int r = 0; r < requests; r++) {
				if (solution[r] < 0) {
					int best = -1;
					for (int i : ofRequest[r]) {
						if (left[person[i]] >= minutes[i] && (best < 0 || score[i] > score[best])) {
							best = i;
						}
					}
					if (best >= 0) {
						solution[r] = best;
						left[person[best]] -= minutes[best];
					}
				}
			}
			return solution;
		}

		private void assign(int[] solution, int[] left, int r, int i) {
			if (solution[r] >= 0) {
				left[person[solution[r]]] += minutes[solution[r]];
			}
			solution[r] = i;
			left[person[i]] -= minutes[i];
		}

		private void unassign(int[] solution, int[] left, int r) {
			left[person[solution[r]]] += minutes[solution[r]];
			solution[r] = -1;
		}

	}

}
