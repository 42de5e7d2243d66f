package nl.verbinder.sleutelpersoon;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.BoolVar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assigns a week's open requests to key persons so that the total fit is as high as possible, while
 * every key person's hours (visits plus travel there and back) and travel limit are respected. Who may
 * take which request, and how well they fit, comes from {@link CandidateRanking}; this is a generalised
 * assignment problem, solved with OR-Tools CP-SAT (exact on regional weeks), started from the greedy
 * answer. Requests nobody can take are listed with the reason. Deterministic for the same input.
 */
public final class BatchAssignment {

	/** One request given to one key person, with the fit of that pair. */
	public record Assignment(UUID verzoek, UUID sleutelpersoon, double score, int minutes) {
	}

	/** A request left without a key person, and why: a ranking obstacle, or everyone able was full. */
	public record Unassigned(UUID verzoek, String reason) {
	}

	/** The solution with its figures: objective, upper bound, gap, proven optimal or not, the greedy objective, time. */
	public record Result(List<Assignment> assignments, List<Unassigned> unassigned, double objective, double bound,
			double gap, boolean optimal, double greedyObjective, long millis) {
	}

	/** Why a request with candidates still got nobody: all of them were needed elsewhere or are full. */
	public static final String CAPACITY = "CAPACITY";

	private static final int SCALE = 10; // scores in tenths, as integers for CP-SAT

	private final CandidateRanking ranking;
	private final int workers;

	/** Deterministic: one search worker. */
	public BatchAssignment(CandidateRanking ranking) {
		this(ranking, 1);
	}

	/** With more workers CP-SAT also runs large-neighbourhood search (faster on big weeks, no longer deterministic). */
	public BatchAssignment(CandidateRanking ranking, int workers) {
		this.ranking = ranking;
		this.workers = Math.max(1, workers);
	}

	public Result solve(List<Verzoek> requests, List<Sleutelpersoon> pool, Map<UUID, CandidateRanking.Workload> workloads,
			LocalDate today, double timeLimitSeconds) {
		long started = System.nanoTime();
		record Pair(int request, int person, int score, int minutes) {
		}
		List<Pair> pairs = new ArrayList<>();
		List<Unassigned> noCandidates = new ArrayList<>();
		Map<UUID, Integer> personIndex = new HashMap<>();
		for (int k = 0; k < pool.size(); k++) {
			personIndex.put(pool.get(k).id(), k);
		}
		for (int r = 0; r < requests.size(); r++) {
			// Each pair is judged on the load before this batch; capacity is then shared in the model.
			var result = ranking.rank(requests.get(r), pool, workloads, today);
			if (result.candidates().isEmpty()) {
				noCandidates.add(new Unassigned(requests.get(r).id(), result.mainObstacle().name()));
				continue;
			}
			for (var c : result.candidates()) {
				pairs.add(new Pair(r, personIndex.get(c.sleutelpersoon().id()), (int) Math.round(c.score() * SCALE),
						requests.get(r).minuten() + c.travelMinutes()));
			}
		}
		int[] capacity = new int[pool.size()];
		for (int k = 0; k < pool.size(); k++) {
			capacity[k] = pool.get(k).urenPerWeek() * 60
					- workloads.getOrDefault(pool.get(k).id(), CandidateRanking.Workload.NONE).minutesThisWeek();
		}

		// Greedy: the most urgent and best-fitting pairs first, as long as hours allow.
		List<Pair> byScore = new ArrayList<>(pairs);
		byScore.sort(Comparator.comparingInt((Pair p) -> -p.score()).thenComparingInt(Pair::request).thenComparingInt(Pair::person));
		int[] left = capacity.clone();
		boolean[] taken = new boolean[requests.size()];
		java.util.Set<Pair> greedy = new java.util.HashSet<>();
		long greedyObjective = 0;
		for (Pair p : byScore) {
			if (!taken[p.request()] && left[p.person()] >= p.minutes()) {
				taken[p.request()] = true;
				left[p.person()] -= p.minutes();
				greedy.add(p);
				greedyObjective += p.score();
			}
		}

		Loader.loadNativeLibraries();
		CpModel model = new CpModel();
		BoolVar[] x = new BoolVar[pairs.size()];
		Map<Integer, List<Integer>> perRequest = new HashMap<>();
		Map<Integer, List<Integer>> perPerson = new HashMap<>();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < pairs.size(); i++) {
			Pair p = pairs.get(i);
			x[i] = model.newBoolVar("x" + i);
			perRequest.computeIfAbsent(p.request(), k -> new ArrayList<>()).add(i);
			perPerson.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(i);
			objective.addTerm(x[i], p.score());
			model.addHint(x[i], greedy.contains(p) ? 1 : 0);
		}
		perRequest.values().forEach(list -> model.addAtMostOne(list.stream().map(i -> x[i]).toArray(BoolVar[]::new)));
		perPerson.forEach((person, list) -> {
			LinearExprBuilder load = LinearExpr.newBuilder();
			list.forEach(i -> load.addTerm(x[i], pairs.get(i).minutes()));
			model.addLessOrEqual(load, Math.max(0, capacity[person]));
		});
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
		solver.getParameters().setNumWorkers(workers); // one worker is deterministic for the same input
		solver.getParameters().setRandomSeed(1);
		CpSolverStatus status = solver.solve(model);

		List<Assignment> assignments = new ArrayList<>();
		boolean[] assigned = new boolean[requests.size()];
		boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
		for (int i = 0; i < pairs.size(); i++) {
			Pair p = pairs.get(i);
			boolean chosen = solved ? solver.booleanValue(x[i]) : greedy.contains(p);
			if (chosen) {
				assigned[p.request()] = true;
				assignments.add(new Assignment(requests.get(p.request()).id(), pool.get(p.person()).id(), p.score() / (double) SCALE,
						p.minutes()));
			}
		}
		List<Unassigned> unassigned = new ArrayList<>(noCandidates);
		for (int r = 0; r < requests.size(); r++) {
			if (!assigned[r] && perRequest.containsKey(r)) {
				unassigned.add(new Unassigned(requests.get(r).id(), CAPACITY));
			}
		}
		double value = (solved ? solver.objectiveValue() / SCALE : greedyObjective / (double) SCALE) + 0.0; // no -0.0
		double bound = (solved ? solver.bestObjectiveBound() / SCALE : value) + 0.0;
		double gap = bound <= 0 ? 0 : (bound - value) / bound;
		return new Result(List.copyOf(assignments), List.copyOf(unassigned), value, bound, gap,
				status == CpSolverStatus.OPTIMAL, greedyObjective / (double) SCALE, (System.nanoTime() - started) / 1_000_000);
	}
}
