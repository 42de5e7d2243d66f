package nl.verbinder.placement.optimiser;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Places whole households within the taakstellingen, maximising first the persons placed
 * and then the total fit Σ size × score.
 *
 * <p>
 * With per-person scores the LP relaxation is a transportation problem (persons flow from
 * households to municipalities), solved exactly with OR-Tools' {@link MinCostFlow} on a
 * priced subset of the pairs: each household starts with its 20 best municipalities, the
 * municipalities' shadow prices λ are recovered from the optimal flow (longest paths over
 * the residual moves), and pairs with a positive reduced cost are added until none is
 * left. The bound is the dual value D(λ) = Σ size·max(0, max_m(value − λ_m)) + Σ
 * capacity·λ, an upper bound for any λ ≥ 0.
 *
 * <p>
 * Rounding uses the single persons: with the larger households where they are, the
 * problem over the singles is a transportation problem again, with integral solutions, so
 * the households the relaxation splits (at most one per saturated municipality, never a
 * single) go whole to their largest share and a min-cost flow over the singles makes up
 * the difference exactly. A local search (moves, swaps, and a move that makes room by
 * moving one household on) alternates with that flow. Then households of two or more
 * persons are moved with chains of singles ({@link OptimiserChains}): candidate moves are
 * ranked with the singles' prices, and a move is kept if the cheapest chains of single
 * moves that make room for it (shortest paths over the municipalities) and the chains
 * that refill the room it leaves make it pay. Should the rounding leave persons unplaced
 * that the relaxation places, the plain rounding (split households to a share with room)
 * is tried as well. Instances of at most 4,000 household × municipality pairs are then
 * finished exactly with CP-SAT. A greedy baseline (largest households first, best
 * municipality with room) is reported alongside.
 *
 * <p>
 * Placing a person is worth a bonus larger than any fit difference ((number of
 * municipalities + 1) × 100 points per person), which makes "place as many persons as
 * possible" come first. Scores are used to 4 decimals. Deterministic for the same
 * instance and seed unless the time limit cuts the local search short.
 */
public final class PlacementOptimiser {

	/** Scores run from 0 to this (per person). */
	public static final double MAX_SCORE = 100;

	/** Integer units per score point (scores are used to 4 decimals). */
	static final long UNITS = 10_000;

	private static final long MAX_UNITS = Math.round(MAX_SCORE * UNITS);

	private static final int INITIAL_ARCS = 20;

	private static final int CANDIDATES = 12;

	private static final int SINGLE_ARCS = 30;

	private final InstanceValidator validator;

	private final int workers;

	public PlacementOptimiser() {
		this(new InstanceValidator());
	}

	public PlacementOptimiser(InstanceValidator validator) {
		this(validator, 1);
	}

	/**
	 * @param workers CP-SAT's threads in the exact finishing step (1 by default: the
	 * nodes that solve runs also serve pages)
	 */
	public PlacementOptimiser(InstanceValidator validator, int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("at least one worker");
		}
		this.validator = validator;
		this.workers = workers;
	}

	/** Solves with seed 1 and a 30 s limit for the local search. */
	public PlacementResult solve(PlacementInstance instance) {
		return solve(instance, 1, 30);
	}

	/**
	 * Validates and solves the instance.
	 * @param seed orders the local search (ties are broken by it)
	 * @param timeLimitSeconds stops the local search (not the relaxation) once reached
	 * @throws InvalidInstanceException naming every problem of a bad instance
	 */
	public PlacementResult solve(PlacementInstance instance, long seed, double timeLimitSeconds) {
		validator.validate(instance);
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(m -> m.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		long deadline = start + (long) (timeLimitSeconds * 1e9);
		Model model = new Model(instance);
		Relaxation lp = model.relax();
		int[] greedy = model.greedy();
		int[] plan = model.round(lp, true);
		if (!model.feasible(plan)) {
			plan = model.round(lp, false);
		}
		model.trace("relaxation: " + lp.rounds + " pricing rounds, LP " + lp.value + ", D(λ) " + lp.dual
				+ ", rounded by singles", plan, lp, start);
		model.polish(plan, lp.lambda, seed, deadline);
		model.trace("local search", plan, lp, start);
		model.moveBySinglesPrices(plan, lp.lambda, deadline);
		model.trace("moves with chains of singles", plan, lp, start);
		if (model.placed(plan) < lp.persons) {
			// the singles could not make up for the rounding everywhere: also try the
			// plain rounding
			int[] plain = model.round(lp, false);
			model.polish(plain, lp.lambda, seed, deadline);
			model.trace("plain rounding, local search", plain, lp, start);
			if (model.value(plain) > model.value(plan)) {
				plan = plain;
			}
		}
		ExactFinish.Outcome exact = ExactFinish.finish(model, plan, lp, seed, deadline, workers);
		model.trace("exact (" + exact.pairs() + " pairs, optimal " + exact.optimal() + ")", plan, lp, start);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum() / (1024 * 1024);
		return model.result(plan, greedy, lp, exact.bound(), millis, peak, seed);
	}

	/**
	 * The transportation relaxation's outcome: persons of each household per
	 * municipality, prices and bound.
	 */
	static final class Relaxation {

		int[][] flowMunis;

		int[][] flowAmounts;

		long[] lambda;

		/** D(λ) in value units (bonus + score units per person). */
		long dual;

		long value;

		long persons;

		int rounds;

	}

	/**
	 * The instance compiled to arrays: free households × municipalities, scores in units,
	 * −1 = excluded.
	 */
	static final class Model {

		final PlacementInstance instance;

		final int m;

		final int h;

		final int[] size;

		final int[] score;

		final int[] cap;

		final int[] publishedLoad;

		final int[] free;

		final long bonus;

		long publishedFit;

		long publishedPersons;

		Model(PlacementInstance instance) {
			this.instance = instance;
			List<Taakstelling> gs = instance.gemeenten();
			m = gs.size();
			Map<String, Integer> index = new HashMap<>();
			for (int j = 0; j < m; j++) {
				index.put(gs.get(j).code(), j);
			}
			publishedLoad = new int[m];
			List<Integer> freeList = new ArrayList<>();
			List<Huishouden> hs = instance.huishoudens();
			for (int i = 0; i < hs.size(); i++) {
				Huishouden x = hs.get(i);
				if (x.published() != null) {
					int j = index.get(x.published());
					publishedLoad[j] += x.size();
					publishedFit += x.size() * units(x.score(x.published()));
					publishedPersons += x.size();
				}
				else {
					freeList.add(i);
				}
			}
			free = freeList.stream().mapToInt(Integer::intValue).toArray();
			h = free.length;
			size = new int[h];
			score = new int[h * m];
			for (int i = 0; i < h; i++) {
				Huishouden x = hs.get(free[i]);
				size[i] = x.size();
				Arrays.fill(score, i * m, i * m + m, (int) units(x.defaultScore()));
				for (var e : x.scores().entrySet()) {
					score[i * m + index.get(e.getKey())] = (int) units(e.getValue());
				}
				for (String code : x.excluded()) {
					score[i * m + index.get(code)] = -1;
				}
			}
			cap = new int[m];
			for (int j = 0; j < m; j++) {
				cap[j] = Math.max(0, gs.get(j).capacity() - publishedLoad[j]);
			}
			bonus = (m + 1) * MAX_UNITS;
		}

		void trace(String what, int[] plan, Relaxation lp, long start) {
			if (Boolean.getBoolean("placement.trace")) {
				long fit = 0;
				long placed = 0;
				for (int i = 0; i < h; i++) {
					if (plan[i] >= 0) {
						fit += (long) size[i] * score[i * m + plan[i]];
						placed += size[i];
					}
				}
				long bound = lp.dual - bonus * placed;
				int[] load = new int[m];
				long rcLoss = 0;
				int split = 0;
				for (int i = 0; i < h; i++) {
					split += lp.flowMunis[i].length > 1 ? 1 : 0;
					long u = 0;
					for (int j = 0; j < m; j++) {
						if (score[i * m + j] >= 0) {
							u = Math.max(u, bonus + score[i * m + j] - lp.lambda[j]);
						}
					}
					long at = plan[i] < 0 ? 0 : bonus + score[i * m + plan[i]] - lp.lambda[plan[i]];
					rcLoss += size[i] * (u - at);
					if (plan[i] >= 0) {
						load[plan[i]] += size[i];
					}
				}
				long slackLoss = 0;
				int slackMunis = 0;
				for (int j = 0; j < m; j++) {
					slackLoss += lp.lambda[j] * (cap[j] - load[j]);
					slackMunis += lp.lambda[j] > 0 && cap[j] > load[j] ? 1 : 0;
				}
				System.out.printf(Locale.ROOT,
						"TRACE %s: placed %d (relaxation %d), fit %d, gap %.4f%%, %d ms; split %d, rc loss %d, slack loss %d at %d priced municipalities%n",
						what, placed, lp.persons, fit, 100.0 * (bound - fit) / bound,
						(System.nanoTime() - start) / 1_000_000, split, rcLoss, slackLoss, slackMunis);
			}
		}

		static long units(double points) {
			return Math.round(points * UNITS);
		}

		/** Value of household i at municipality j (0 unplaced, −∞ excluded). */
		long val(int i, int j) {
			if (j < 0) {
				return 0;
			}
			int s = score[i * m + j];
			return s < 0 ? Long.MIN_VALUE / 4 : size[i] * (bonus + s);
		}

		Relaxation relax() {
			Loader.loadNativeLibraries();
			int[][] arcs = new int[h][];
			int[] order = new int[m];
			for (int i = 0; i < h; i++) {
				arcs[i] = topByValue(i, INITIAL_ARCS, null);
			}
			Relaxation r = new Relaxation();
			long persons = Arrays.stream(size).asLongStream().sum();
			for (int round = 1;; round++) {
				r.rounds = round;
				solveFlow(arcs, persons, r);
				r.lambda = prices(r, arcs);
				long[] lam = r.lambda;
				long dual = 0;
				int added = 0;
				for (int j = 0; j < m; j++) {
					dual += cap[j] * lam[j];
				}
				boolean[] in = new boolean[m];
				for (int i = 0; i < h; i++) {
					long uIn = 0;
					for (int j : arcs[i]) {
						in[j] = true;
						uIn = Math.max(uIn, bonus + score[i * m + j] - lam[j]);
					}
					long uAll = uIn;
					int violations = 0;
					for (int j = 0; j < m; j++) {
						if (!in[j] && score[i * m + j] >= 0) {
							long rc = bonus + score[i * m + j] - lam[j];
							uAll = Math.max(uAll, rc);
							if (rc > uIn) {
								order[violations++] = j;
							}
						}
					}
					dual += size[i] * uAll;
					if (violations > 0) {
						int[] more = topByValue(i, 5, lam, Arrays.copyOf(order, violations));
						int[] merged = Arrays.copyOf(arcs[i], arcs[i].length + more.length);
						System.arraycopy(more, 0, merged, arcs[i].length, more.length);
						arcs[i] = merged;
						added += more.length;
					}
					for (int j : arcs[i]) {
						in[j] = false;
					}
				}
				r.dual = dual;
				if (added == 0 || round >= 30) {
					return r;
				}
			}
		}

		/**
		 * The k allowed municipalities with the highest (score − λ), ties by index; from
		 * {@code among} if given.
		 */
		int[] topByValue(int i, int k, long @org.jspecify.annotations.Nullable [] lam, int... among) {
			int[] pool = among.length > 0 ? among : IntStream.range(0, m).toArray();
			long[] keys = new long[pool.length];
			int n = 0;
			for (int j : pool) {
				int s = score[i * m + j];
				if (s >= 0) {
					long v = s - (lam == null ? 0 : lam[j]);
					// sort descending by value, ascending by index: pack into one long
					// key
					keys[n++] = (((1L << 40) - v) << 10) | j; // v is within ±2^40
				}
			}
			Arrays.sort(keys, 0, n);
			int[] top = new int[Math.min(k, n)];
			for (int t = 0; t < top.length; t++) {
				top[t] = (int) (keys[t] & 1023);
			}
			return top;
		}

		int[] topByValue(int i, int k, long @org.jspecify.annotations.Nullable [] lam) {
			return topByValue(i, k, lam, new int[0]);
		}

		private void solveFlow(int[][] arcs, long persons, Relaxation r) {
			int sink = h + m;
			int arcCount = h + m;
			for (int[] a : arcs) {
				arcCount += a.length;
			}
			MinCostFlow flow = new MinCostFlow(h + m + 1, arcCount);
			try {
				int[] firstArc = new int[h];
				for (int i = 0; i < h; i++) {
					firstArc[i] = flow.addArcWithCapacityAndUnitCost(i, sink, size[i], bonus + MAX_UNITS);
					for (int j : arcs[i]) {
						flow.addArcWithCapacityAndUnitCost(i, h + j, size[i], MAX_UNITS - score[i * m + j]);
					}
					flow.setNodeSupply(i, size[i]);
				}
				for (int j = 0; j < m; j++) {
					flow.addArcWithCapacityAndUnitCost(h + j, sink, cap[j], 0);
				}
				flow.setNodeSupply(sink, -persons);
				MinCostFlowBase.Status status = flow.solve();
				if (status != MinCostFlowBase.Status.OPTIMAL) {
					throw new IllegalStateException("The transportation relaxation was not solved: " + status);
				}
				r.value = persons * (bonus + MAX_UNITS) - flow.getOptimalCost();
				r.flowMunis = new int[h][];
				r.flowAmounts = new int[h][];
				r.persons = 0;
				int[] ms = new int[m];
				int[] amounts = new int[m];
				for (int i = 0; i < h; i++) {
					int n = 0;
					for (int t = 0; t < arcs[i].length; t++) {
						long f = flow.getFlow(firstArc[i] + 1 + t);
						if (f > 0) {
							ms[n] = arcs[i][t];
							amounts[n++] = (int) f;
							r.persons += f;
						}
					}
					r.flowMunis[i] = Arrays.copyOf(ms, n);
					r.flowAmounts[i] = Arrays.copyOf(amounts, n);
				}
			}
			finally {
				flow.delete();
			}
		}

		/**
		 * The municipalities' shadow prices from an optimal flow: the least λ ≥ 0 with
		 * λ_b − λ_a ≥ s_ib − s_ia for every household i with persons at a (longest
		 * paths), and λ_b ≥ bonus + s_ib for households left (partly) unplaced. Over the
		 * priced pairs only; {@link #relax} prices the rest.
		 */
		private long[] prices(Relaxation r, int[][] arcs) {
			long none = Long.MIN_VALUE;
			long[] w = new long[m * m];
			Arrays.fill(w, none);
			long[] lam = new long[m];
			for (int i = 0; i < h; i++) {
				int placed = 0;
				for (int a : r.flowAmounts[i]) {
					placed += a;
				}
				for (int a : r.flowMunis[i]) {
					int sa = score[i * m + a];
					for (int b : arcs[i]) {
						if (b != a) {
							w[a * m + b] = Math.max(w[a * m + b], (long) score[i * m + b] - sa);
						}
					}
				}
				if (placed < size[i]) {
					for (int b : arcs[i]) {
						lam[b] = Math.max(lam[b], bonus + score[i * m + b]);
					}
				}
			}
			for (int pass = 0; pass <= m; pass++) {
				boolean changed = false;
				for (int a = 0; a < m; a++) {
					long la = lam[a];
					for (int b = 0; b < m; b++) {
						long x = w[a * m + b];
						if (x != none && la + x > lam[b]) {
							lam[b] = la + x;
							changed = true;
						}
					}
				}
				if (!changed) {
					break;
				}
			}
			return lam;
		}

		/**
		 * Re-places the single persons optimally with the other households where the plan
		 * has them: with sizes of one the transportation problem over them is integral,
		 * so a min-cost flow gives their best placement.
		 */
		void reflowSingles(int[] plan, long[] lam) {
			int[] capLeft = cap.clone();
			int n = 0;
			for (int i = 0; i < h; i++) {
				if (size[i] != 1) {
					if (plan[i] >= 0) {
						capLeft[plan[i]] -= size[i];
					}
				}
				else {
					n++;
				}
			}
			int[] ones = new int[n];
			n = 0;
			for (int i = 0; i < h; i++) {
				if (size[i] == 1) {
					ones[n++] = i;
				}
			}
			int[][] arcs = new int[n][];
			int arcCount = n + m;
			if (singleArcs == null) {
				singleArcs = new int[h][];
			}
			for (int k = 0; k < n; k++) {
				int i = ones[k];
				if (singleArcs[i] == null) {
					singleArcs[i] = topByValue(i, SINGLE_ARCS, lam);
				}
				int[] top = singleArcs[i];
				boolean has = plan[i] < 0;
				for (int j : top) {
					has |= j == plan[i];
				}
				if (!has) {
					top = Arrays.copyOf(top, top.length + 1);
					top[top.length - 1] = plan[i];
				}
				arcs[k] = top;
				arcCount += top.length;
			}
			int sink = n + m;
			MinCostFlow flow = new MinCostFlow(n + m + 1, arcCount);
			try {
				int[] firstArc = new int[n];
				for (int k = 0; k < n; k++) {
					int i = ones[k];
					firstArc[k] = flow.addArcWithCapacityAndUnitCost(k, sink, 1, bonus + MAX_UNITS);
					for (int j : arcs[k]) {
						flow.addArcWithCapacityAndUnitCost(k, n + j, 1, MAX_UNITS - score[i * m + j]);
					}
					flow.setNodeSupply(k, 1);
				}
				for (int j = 0; j < m; j++) {
					flow.addArcWithCapacityAndUnitCost(n + j, sink, Math.max(0, capLeft[j]), 0);
				}
				flow.setNodeSupply(sink, -n);
				if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
					return;
				}
				for (int k = 0; k < n; k++) {
					int i = ones[k];
					plan[i] = -1;
					for (int t = 0; t < arcs[k].length; t++) {
						if (flow.getFlow(firstArc[k] + 1 + t) > 0) {
							plan[i] = arcs[k][t];
						}
					}
				}
			}
			finally {
				flow.delete();
			}
		}

		/** The single persons' municipalities by score − λ (computed once). */
		int[][] singleArcs;

		/**
		 * The least prices p ≥ 0 of the municipalities' places for single persons under
		 * the plan: no single can gain by moving (p_b − p_a ≥ s_b − s_a for a single at
		 * a), unplaced singles pay p_b ≥ bonus + s_b. The value of one more place at a
		 * municipality given where the other households are. Returned in the first m
		 * entries; the next m hold the greatest prices, the loss of the cheapest chain of
		 * single moves out of the municipality to one with room (0 where there is room):
		 * the cost of taking one place there.
		 */
		long[] singlesPrices(int[] plan) {
			long none = Long.MIN_VALUE;
			long[] w = new long[m * m];
			Arrays.fill(w, none);
			long[] p = new long[m];
			for (int i = 0; i < h; i++) {
				if (size[i] != 1 || singleArcs == null || singleArcs[i] == null) {
					continue;
				}
				int a = plan[i];
				for (int b : singleArcs[i]) {
					if (a < 0) {
						p[b] = Math.max(p[b], bonus + score[i * m + b]);
					}
					else if (b != a) {
						w[a * m + b] = Math.max(w[a * m + b], (long) score[i * m + b] - score[i * m + a]);
					}
				}
			}
			int[][] out = new int[m][];
			for (int a = 0; a < m; a++) {
				int k = 0;
				int[] row = new int[m];
				for (int b = 0; b < m; b++) {
					if (w[a * m + b] != none) {
						row[k++] = b;
					}
				}
				out[a] = Arrays.copyOf(row, k);
			}
			for (int pass = 0; pass <= m; pass++) {
				boolean changed = false;
				for (int a = 0; a < m; a++) {
					long pa = p[a];
					for (int b : out[a]) {
						long x = pa + w[a * m + b];
						if (x > p[b]) {
							p[b] = x;
							changed = true;
						}
					}
				}
				if (!changed) {
					break;
				}
			}
			// the greatest prices: the least loss of a chain of singles moving out of a
			// to a municipality with room
			int[] room = cap.clone();
			for (int i = 0; i < h; i++) {
				if (plan[i] >= 0) {
					room[plan[i]] -= size[i];
				}
			}
			long inf = Long.MAX_VALUE / 4;
			long[] q = new long[m];
			for (int j = 0; j < m; j++) {
				q[j] = room[j] > 0 ? 0 : inf;
			}
			for (int pass = 0; pass <= m; pass++) {
				boolean changed = false;
				for (int a = 0; a < m; a++) {
					for (int b : out[a]) {
						if (q[b] < inf) {
							long x = q[b] - w[a * m + b];
							if (x < q[a]) {
								q[a] = x;
								changed = true;
							}
						}
					}
				}
				if (!changed) {
					break;
				}
			}
			long[] both = new long[2 * m];
			System.arraycopy(p, 0, both, 0, m);
			System.arraycopy(q, 0, both, m, m);
			return both;
		}

		/**
		 * Moves households of two or more persons with chains of single persons
		 * ({@link OptimiserChains}): the moves that look good at the singles' prices
		 * (size × (score − price) at the new municipality, the price of taking places
		 * there, against the old one, the price of places given back) are tried in that
		 * order and kept if the chains make them pay; then the singles are re-placed by
		 * their flow, and again until no move is kept (or the deadline).
		 */
		void moveBySinglesPrices(int[] plan, long[] lam, long deadline) {
			int[][] cand = new int[h][];
			for (int i = 0; i < h; i++) {
				cand[i] = size[i] > 1 ? topByValue(i, CANDIDATES, lam) : new int[0];
			}
			Set<Long> tabu = new HashSet<>();
			while (System.nanoTime() < deadline) {
				long[] p = singlesPrices(plan);
				int[] fixedLoad = new int[m];
				for (int i = 0; i < h; i++) {
					if (size[i] > 1 && plan[i] >= 0) {
						fixedLoad[plan[i]] += size[i];
					}
				}
				List<long[]> moves = new ArrayList<>();
				for (int i = 0; i < h; i++) {
					int a = plan[i];
					if (size[i] == 1) {
						continue;
					}
					long here = a < 0 ? 0 : size[i] * (bonus + score[i * m + a] - p[a]);
					for (int b : cand[i]) {
						if (b == a || fixedLoad[b] + size[i] > cap[b] || tabu.contains((long) i * m + b)
								|| p[m + b] >= bonus) {
							continue;
						}
						long est = size[i] * (bonus + score[i * m + b] - p[m + b]) - here;
						if (est > 0) {
							moves.add(new long[] { est, i, b });
						}
					}
				}
				moves.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0])
						: x[1] != y[1] ? Long.compare(x[1], y[1]) : Long.compare(x[2], y[2]));
				if (moves.isEmpty()) {
					return;
				}
				int[] snapshot = plan.clone();
				long start = value(plan);
				OptimiserChains chains = new OptimiserChains(this, plan, singleArcs, Arrays.copyOf(p, m));
				long gained = 0;
				int kept = 0;
				for (long[] mv : moves) {
					if (System.nanoTime() >= deadline) {
						break;
					}
					long g = chains.tryMove((int) mv[1], (int) mv[2]);
					if (g > 0) {
						gained += g;
						kept++;
					}
					else {
						tabu.add(mv[1] * m + mv[2]);
					}
				}
				if (Boolean.getBoolean("placement.trace")) {
					System.out.println("TRACE chains: " + moves.size() + " tried, " + kept + " kept, gain " + gained
							+ ", value " + value(plan) + " feasible " + feasible(plan));
				}
				if (value(plan) <= start || !feasible(plan)) {
					System.arraycopy(snapshot, 0, plan, 0, h);
					return;
				}
				long v = value(plan);
				int[] before = plan.clone();
				reflowSingles(plan, lam);
				if (value(plan) < v || !feasible(plan)) {
					System.arraycopy(before, 0, plan, 0, h);
				}
			}
		}

		long placed(int[] plan) {
			long n = 0;
			for (int i = 0; i < h; i++) {
				n += plan[i] >= 0 ? size[i] : 0;
			}
			return n;
		}

		/** Total value (placement bonus and fit) of a plan. */
		long value(int[] plan) {
			long v = 0;
			for (int i = 0; i < h; i++) {
				v += val(i, plan[i]);
			}
			return v;
		}

		/**
		 * Local search and the singles' flow in turn until neither improves the plan (or
		 * the deadline).
		 */
		void polish(int[] plan, long[] lam, long seed, long deadline) {
			long v = value(plan);
			for (int round = 0; System.nanoTime() < deadline; round++) {
				improve(plan, lam, seed + round, deadline);
				int[] before = plan.clone();
				reflowSingles(plan, lam);
				long after = value(plan);
				if (after < v || !feasible(plan)) {
					System.arraycopy(before, 0, plan, 0, h);
					return;
				}
				if (after == v) {
					return;
				}
				v = after;
			}
		}

		boolean feasible(int[] plan) {
			int[] load = new int[m];
			for (int i = 0; i < h; i++) {
				if (plan[i] >= 0) {
					load[plan[i]] += size[i];
					if (load[plan[i]] > cap[plan[i]] || score[i * m + plan[i]] < 0) {
						return false;
					}
				}
			}
			return true;
		}

		/**
		 * Greedy baseline: largest households first (then input order), each to its best
		 * municipality with room.
		 */
		int[] greedy() {
			Integer[] order = new Integer[h];
			for (int i = 0; i < h; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (x, y) -> size[y] != size[x] ? size[y] - size[x] : x - y);
			int[] load = new int[m];
			int[] plan = new int[h];
			for (int i : order) {
				int best = -1;
				for (int j = 0; j < m; j++) {
					int s = score[i * m + j];
					if (s >= 0 && load[j] + size[i] <= cap[j] && (best < 0 || s > score[i * m + best])) {
						best = j;
					}
				}
				plan[i] = best;
				if (best >= 0) {
					load[best] += size[i];
				}
			}
			return plan;
		}

		/**
		 * Households the relaxation keeps whole stay; split ones go whole to the first of
		 * their shares (largest first) with room. With {@code bySingles} the room counts
		 * the households of two or more persons only and the singles are then placed by
		 * their flow ({@link #reflowSingles}).
		 */
		int[] round(Relaxation r, boolean bySingles) {
			int[] plan = new int[h];
			int[] load = new int[m];
			List<Integer> split = new ArrayList<>();
			for (int i = 0; i < h; i++) {
				if (r.flowMunis[i].length == 1 && r.flowAmounts[i][0] == size[i] && !(bySingles && size[i] == 1)) {
					plan[i] = r.flowMunis[i][0];
					load[plan[i]] += size[i];
				}
				else {
					plan[i] = -1;
					if (!(bySingles && size[i] == 1)) {
						split.add(i);
					}
				}
			}
			split.sort((x, y) -> size[y] != size[x] ? size[y] - size[x] : x - y);
			for (int i : split) {
				int[] byShare = r.flowMunis[i].clone();
				int[] amounts = r.flowAmounts[i];
				Integer[] idx = new Integer[byShare.length];
				for (int t = 0; t < idx.length; t++) {
					idx[t] = t;
				}
				Arrays.sort(idx,
						(x, y) -> amounts[y] != amounts[x] ? amounts[y] - amounts[x] : byShare[x] - byShare[y]);
				for (int t : idx) {
					if (load[byShare[t]] + size[i] <= cap[byShare[t]]) {
						plan[i] = byShare[t];
						break;
					}
				}
				if (plan[i] < 0) {
					for (int j : topByValue(i, m, r.lambda)) {
						if (load[j] + size[i] <= cap[j]) {
							plan[i] = j;
							break;
						}
					}
				}
				if (plan[i] >= 0) {
					load[plan[i]] += size[i];
				}
			}
			if (bySingles) {
				for (int i = 0; i < h; i++) {
					if (size[i] == 1 && r.flowMunis[i].length == 1) {
						plan[i] = r.flowMunis[i][0];
					}
				}
				reflowSingles(plan, r.lambda);
			}
			return plan;
		}

		/**
		 * Local search until no improving step is left (or the deadline): for each
		 * household in a seeded order, the best of moving it to one of its candidate
		 * municipalities (the best by score − λ) with room, swapping it with a household
		 * there, or moving one household there on to one of its own candidates to make
		 * room.
		 */
		boolean improve(int[] plan, long[] lam, long seed, long deadline) {
			boolean any = false;
			int[][] cand = new int[h][];
			for (int i = 0; i < h; i++) {
				cand[i] = topByValue(i, CANDIDATES, lam);
			}
			int[] load = new int[m];
			int[][] members = new int[m][8];
			int[] count = new int[m];
			int[] pos = new int[h];
			for (int i = 0; i < h; i++) {
				if (plan[i] >= 0) {
					add(i, plan[i], members, count, pos, load);
				}
			}
			int[] order = new int[h];
			for (int i = 0; i < h; i++) {
				order[i] = i;
			}
			Random random = new Random(seed);
			for (int i = h - 1; i > 0; i--) {
				int k = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[k];
				order[k] = t;
			}
			boolean improved = true;
			while (improved && System.nanoTime() < deadline) {
				improved = false;
				for (int i : order) {
					int a = plan[i];
					long best = 0;
					int bestB = -1;
					int bestOther = -1;
					int bestC = -2;
					long here = val(i, a);
					for (int b : cand[i]) {
						if (b == a) {
							continue;
						}
						long gainIn = val(i, b) - here;
						if (gainIn <= 0) {
							continue;
						}
						int need = load[b] + size[i] - cap[b];
						if (need <= 0) {
							if (gainIn > best) {
								best = gainIn;
								bestB = b;
								bestOther = -1;
							}
							continue;
						}
						int[] mb = members[b];
						for (int t = 0; t < count[b]; t++) {
							int o = mb[t];
							int so = size[o];
							if (so < need) {
								continue;
							}
							long vob = val(o, b);
							if (a >= 0 && load[a] - size[i] + so <= cap[a]) {
								long d = gainIn + val(o, a) - vob;
								if (d > best) {
									best = d;
									bestB = b;
									bestOther = o;
									bestC = a;
								}
							}
							for (int c : cand[o]) {
								if (c == b || c == a || load[c] + so > cap[c]) {
									continue;
								}
								long d = gainIn + val(o, c) - vob;
								if (d > best) {
									best = d;
									bestB = b;
									bestOther = o;
									bestC = c;
								}
							}
							if (gainIn > vob) {
								long d = gainIn - vob;
								if (d > best) {
									best = d;
									bestB = b;
									bestOther = o;
									bestC = -1;
								}
							}
						}
					}
					if (best > 0) {
						if (bestOther >= 0) {
							remove(bestOther, bestB, members, count, pos, load);
							plan[bestOther] = bestC;
						}
						if (a >= 0) {
							remove(i, a, members, count, pos, load);
						}
						add(i, bestB, members, count, pos, load);
						plan[i] = bestB;
						if (bestOther >= 0 && bestC >= 0) {
							add(bestOther, bestC, members, count, pos, load);
						}
						improved = true;
						any = true;
					}
				}
			}
			return any;
		}

		private static void add(int i, int j, int[][] members, int[] count, int[] pos, int[] load, int[] size) {
			if (count[j] == members[j].length) {
				members[j] = Arrays.copyOf(members[j], 2 * count[j]);
			}
			pos[i] = count[j];
			members[j][count[j]++] = i;
			load[j] += size[i];
		}

		private void add(int i, int j, int[][] members, int[] count, int[] pos, int[] load) {
			add(i, j, members, count, pos, load, size);
		}

		private void remove(int i, int j, int[][] members, int[] count, int[] pos, int[] load) {
			int last = members[j][--count[j]];
			members[j][pos[i]] = last;
			pos[last] = pos[i];
			load[j] -= size[i];
		}

		PlacementResult result(int[] plan, int[] greedy, Relaxation lp, long boundValue, long millis, long peakMb,
				long seed) {
			List<Huishouden> hs = instance.huishoudens();
			List<Taakstelling> gs = instance.gemeenten();
			List<PlacementResult.Assignment> assignments = new ArrayList<>();
			List<PlacementResult.Unplaced> unplaced = new ArrayList<>();
			long[] placedAt = new long[m];
			Map<String, Integer> index = new HashMap<>();
			for (int j = 0; j < m; j++) {
				index.put(gs.get(j).code(), j);
				placedAt[j] = publishedLoad[j];
			}
			int[] load = new int[m];
			long fit = publishedFit;
			long placed = publishedPersons;
			for (int i = 0; i < h; i++) {
				if (plan[i] >= 0) {
					load[plan[i]] += size[i];
					placedAt[plan[i]] += size[i];
					fit += (long) size[i] * score[i * m + plan[i]];
					placed += size[i];
				}
			}
			int f = 0;
			for (int k = 0; k < hs.size(); k++) {
				Huishouden x = hs.get(k);
				if (x.published() != null) {
					assignments.add(new PlacementResult.Assignment(x.id(), x.published(), x.size(),
							x.score(x.published()), true));
					continue;
				}
				int i = f++;
				if (plan[i] >= 0) {
					assignments.add(new PlacementResult.Assignment(x.id(), gs.get(plan[i]).code(), x.size(),
							score[i * m + plan[i]] / (double) UNITS, false));
				}
				else {
					unplaced.add(new PlacementResult.Unplaced(x.id(), x.size(), reason(i, load)));
				}
			}
			List<PlacementResult.GemeenteTotal> totals = new ArrayList<>();
			for (int j = 0; j < m; j++) {
				Taakstelling t = gs.get(j);
				totals.add(new PlacementResult.GemeenteTotal(t.code(), t.target(), t.capacity(), placedAt[j],
						t.target() - placedAt[j]));
			}
			long greedyFit = publishedFit;
			long greedyPlaced = publishedPersons;
			for (int i = 0; i < h; i++) {
				if (greedy[i] >= 0) {
					greedyFit += (long) size[i] * score[i * m + greedy[i]];
					greedyPlaced += size[i];
				}
			}
			long boundUnits = publishedFit + boundValue - bonus * (placed - publishedPersons);
			double objective = fit / (double) UNITS;
			double bound = boundUnits / (double) UNITS;
			double gap = boundUnits <= 0 ? 0 : (boundUnits - fit) / (double) boundUnits;
			return new PlacementResult(assignments, unplaced, totals, objective, bound, gap, placed,
					lp.persons + publishedPersons, greedyFit / (double) UNITS, greedyPlaced, millis, peakMb, seed);
		}

		private String reason(int i, int[] load) {
			List<Taakstelling> gs = instance.gemeenten();
			int bestCap = -1;
			int bestRoom = -1;
			int bestRoomAnywhere = -1;
			for (int j = 0; j < m; j++) {
				int room = cap[j] - load[j];
				if (bestRoomAnywhere < 0 || room > cap[bestRoomAnywhere] - load[bestRoomAnywhere]) {
					bestRoomAnywhere = j;
				}
				if (score[i * m + j] < 0) {
					continue;
				}
				if (bestCap < 0 || cap[j] > cap[bestCap]) {
					bestCap = j;
				}
				if (bestRoom < 0 || room > cap[bestRoom] - load[bestRoom]) {
					bestRoom = j;
				}
			}
			if (bestCap < 0) {
				return "excluded from every municipality";
			}
			if (size[i] > cap[bestCap]) {
				return "larger than any quota it may go to: " + size[i] + " persons, the largest capacity is "
						+ cap[bestCap] + " (" + gs.get(bestCap).code() + ")";
			}
			int room = cap[bestRoom] - load[bestRoom];
			if (size[i] <= cap[bestRoomAnywhere] - load[bestRoomAnywhere] && size[i] > room) {
				return "excluded everywhere with room: " + size[i]
						+ " persons; the municipalities with room for them are excluded";
			}
			return "larger than any remaining quota: " + size[i] + " persons, the most room left where it may go is "
					+ room + " (" + gs.get(bestRoom).code() + ")";
		}

	}

}
