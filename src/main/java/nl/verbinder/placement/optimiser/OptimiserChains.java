package nl.verbinder.placement.optimiser;

import java.util.Arrays;

/**
 * Moves of households of two or more persons made exact with chains of single persons: to
 * move household i from a to b, the persons b lacks room for leave it one at a time along
 * the cheapest chain of single moves (b → c → … → a municipality with room, a shortest
 * path over the municipalities, found with SPFA), and the room freed at a is refilled by
 * the chains of single moves that gain most. A move is kept only if the fit gained
 * exceeds the chains' loss; otherwise every single moved is put back.
 */
final class OptimiserChains {

	private static final long INF = Long.MAX_VALUE / 4;

	private final PlacementOptimiser.Model md;

	private final int m;

	private final int[] plan;

	private final int[] room;

	/** Each single's municipalities (its priced ones and where it was). */
	private final int[][] arcs;

	/** Singles per municipality. */
	private final int[][] members;

	private final int[] count;

	private final int[] pos;

	/** Per municipality the singles that may move there. */
	private final int[][] into;

	private final long[] dist;

	private final int[] viaSingle;

	private final int[] viaMuni;

	private final int[] relaxations;

	private final int[] queue;

	private final boolean[] queued;

	/** Undo log: single, municipality it came from. */
	private int[] log = new int[64];

	private int logSize;

	/** The singles' prices (least) when the chains were set up. */
	private final long[] price;

	/**
	 * Single moves whose reduced cost (at the prices) exceeds this are left out of the
	 * chains.
	 */
	/** Most queue insertions of one chain search. */
	private static final int MAX_WORK = 20_000;

	/**
	 * Single moves whose reduced cost (at the prices) exceeds this (3 points per person)
	 * are left out.
	 */
	private static final long LIMIT = 30_000;

	OptimiserChains(PlacementOptimiser.Model md, int[] plan, int[][] singleArcs, long[] price) {
		this.md = md;
		this.price = price;
		this.m = md.m;
		this.plan = plan;
		room = md.cap.clone();
		arcs = new int[md.h][];
		members = new int[m][4];
		count = new int[m];
		pos = new int[md.h];
		int[] intoCount = new int[m];
		for (int i = 0; i < md.h; i++) {
			if (plan[i] >= 0) {
				room[plan[i]] -= md.size[i];
			}
			if (md.size[i] != 1 || singleArcs[i] == null || plan[i] < 0) {
				continue;
			}
			// near-best municipalities by score − price only (and where it is)
			long top = Long.MIN_VALUE;
			for (int j : singleArcs[i]) {
				top = Math.max(top, md.score[i * m + j] - price[j]);
			}
			int[] a = new int[singleArcs[i].length + 1];
			int k = 0;
			boolean has = false;
			for (int j : singleArcs[i]) {
				if (md.score[i * m + j] - price[j] >= top - LIMIT || j == plan[i]) {
					a[k++] = j;
					has |= j == plan[i];
				}
			}
			if (!has) {
				a[k++] = plan[i];
			}
			a = Arrays.copyOf(a, k);
			arcs[i] = a;
			for (int j : a) {
				intoCount[j]++;
			}
			add(i, plan[i]);
		}
		into = new int[m][];
		for (int j = 0; j < m; j++) {
			into[j] = new int[intoCount[j]];
			intoCount[j] = 0;
		}
		for (int i = 0; i < md.h; i++) {
			if (arcs[i] != null) {
				for (int j : arcs[i]) {
					into[j][intoCount[j]++] = i;
				}
			}
		}
		dist = new long[m];
		viaSingle = new int[m];
		viaMuni = new int[m];
		relaxations = new int[m];
		queue = new int[m + 1];
		queued = new boolean[m];
	}

	private void add(int i, int j) {
		if (count[j] == members[j].length) {
			members[j] = Arrays.copyOf(members[j], 2 * count[j]);
		}
		pos[i] = count[j];
		members[j][count[j]++] = i;
	}

	private void remove(int i, int j) {
		int last = members[j][--count[j]];
		members[j][pos[i]] = last;
		pos[last] = pos[i];
	}

	private int s(int i, int j) {
		return md.score[i * m + j];
	}

	/** Moves single i to j, logged. */
	private void moveSingle(int i, int j) {
		if (logSize + 2 > log.length) {
			log = Arrays.copyOf(log, 2 * log.length);
		}
		int from = plan[i];
		log[logSize++] = i;
		log[logSize++] = from;
		remove(i, from);
		room[from]++;
		add(i, j);
		room[j]--;
		plan[i] = j;
	}

	private void undo(int mark) {
		while (logSize > mark) {
			int from = log[--logSize];
			int i = log[--logSize];
			int at = plan[i];
			remove(i, at);
			room[at]++;
			add(i, from);
			room[from]--;
			plan[i] = from;
		}
	}

	/**
	 * Makes one place at src: the cheapest chain of single moves out of src ending at
	 * another municipality with room; applies it and returns its loss, or INF if there is
	 * none.
	 */
	private long chainOut(int src) {
		int work = 0;
		Arrays.fill(dist, INF);
		Arrays.fill(relaxations, 0);
		dist[src] = 0;
		int head = 0;
		int tail = 0;
		queue[tail++] = src;
		queued[src] = true;
		int n = m + 1;
		while (head != tail) {
			int a = queue[head];
			head = head + 1 == n ? 0 : head + 1;
			queued[a] = false;
			if (a != src && room[a] > 0) {
				continue; // the chain ends here
			}
			long da = dist[a];
			int[] ma = members[a];
			for (int t = 0; t < count[a]; t++) {
				int x = ma[t];
				int sa = s(x, a);
				long ra = sa - price[a];
				for (int b : arcs[x]) {
					if (b == a || b == src || ra - s(x, b) + price[b] > LIMIT) {
						continue;
					}
					long d = da + sa - s(x, b);
					if (d < dist[b]) {
						dist[b] = d;
						viaSingle[b] = x;
						if (!queued[b]) {
							if (++relaxations[b] > m || ++work > MAX_WORK) {
								Arrays.fill(queued, false);
								return INF;
							}
							queued[b] = true;
							queue[tail] = b;
							tail = tail + 1 == n ? 0 : tail + 1;
						}
					}
				}
			}
		}
		int best = -1;
		for (int t = 0; t < m; t++) {
			if (t != src && room[t] > 0 && dist[t] < INF && (best < 0 || dist[t] < dist[best])) {
				best = t;
			}
		}
		if (best < 0) {
			return INF;
		}
		long cost = 0;
		int[] path = new int[m];
		int len = 0;
		for (int t = best; t != src; t = plan[viaSingle[t]]) {
			if (len >= m) {
				return INF;
			}
			int x = viaSingle[t];
			cost += s(x, plan[x]) - s(x, t);
			path[len++] = x;
		}
		int[] to = new int[len];
		for (int k = 0, t = best; k < len; k++) {
			to[k] = t;
			t = plan[path[k]];
		}
		for (int k = 0; k < len; k++) {
			moveSingle(path[k], to[k]);
		}
		return cost;
	}

	/**
	 * Fills one place at dst with the chain of single moves into dst that gains most (a
	 * single moves to dst, another into its place, …); applies it and returns its
	 * (negative) loss, or 0 if none gains.
	 */
	private long chainIn(int dst) {
		int work = 0;
		Arrays.fill(dist, INF);
		Arrays.fill(relaxations, 0);
		dist[dst] = 0;
		int head = 0;
		int tail = 0;
		queue[tail++] = dst;
		queued[dst] = true;
		int n = m + 1;
		while (head != tail) {
			int c = queue[head];
			head = head + 1 == n ? 0 : head + 1;
			queued[c] = false;
			long dc = dist[c];
			for (int y : into[c]) {
				int d = plan[y];
				if (d == c || d == dst || d < 0) {
					continue;
				}
				if (s(y, d) - s(y, c) + price[c] - price[d] > LIMIT) {
					continue;
				}
				long nd = dc + s(y, d) - s(y, c);
				if (nd < dist[d]) {
					dist[d] = nd;
					viaSingle[d] = y;
					viaMuni[d] = c;
					if (!queued[d]) {
						if (++relaxations[d] > m || ++work > MAX_WORK) {
							Arrays.fill(queued, false);
							return 0;
						}
						queued[d] = true;
						queue[tail] = d;
						tail = tail + 1 == n ? 0 : tail + 1;
					}
				}
			}
		}
		int best = -1;
		for (int t = 0; t < m; t++) {
			if (t != dst && dist[t] < 0 && (best < 0 || dist[t] < dist[best])) {
				best = t;
			}
		}
		if (best < 0) {
			return 0;
		}
		long cost = 0;
		// the chain from best: viaSingle[best] moves from best to the municipality it was
		// relaxed from
		int[] path = new int[m];
		int[] to = new int[m];
		int len = 0;
		int t = best;
		boolean[] seen = new boolean[m];
		while (t != dst) {
			if (seen[t] || len >= m) {
				return 0;
			}
			seen[t] = true;
			int y = viaSingle[t];
			int next = viaMuni[t];
			if (plan[y] != t) {
				return 0;
			}
			path[len] = y;
			to[len++] = next;
			cost += s(y, t) - s(y, next);
			t = next;
		}
		if (cost >= 0) {
			return 0;
		}
		for (int k = len - 1; k >= 0; k--) {
			moveSingle(path[k], to[k]);
		}
		return cost;
	}

	/**
	 * Tries to move household i (two or more persons) to b with chains of singles; keeps
	 * it if the plan's value rises and returns the gain, else restores everything and
	 * returns 0.
	 */
	long tryMove(int i, int b) {
		int a = plan[i];
		int sz = md.size[i];
		if (b == a || md.score[i * m + b] < 0) {
			return 0;
		}
		int mark = logSize;
		long gain = md.val(i, b) - md.val(i, a);
		if (a >= 0) {
			room[a] += sz;
		}
		plan[i] = -1;
		while (room[b] < sz) {
			long c = chainOut(b);
			if (c >= INF) {
				break;
			}
			gain -= c;
			if (gain <= 0) {
				break;
			}
		}
		if (room[b] < sz || gain <= 0) {
			undo(mark);
			if (a >= 0) {
				room[a] -= sz;
			}
			plan[i] = a;
			return 0;
		}
		room[b] -= sz;
		plan[i] = b;
		if (a >= 0) {
			for (int k = 0; k < sz && room[a] > 0; k++) {
				long c = chainIn(a);
				if (c >= 0) {
					break;
				}
				gain -= c;
			}
		}
		logSize = 0;
		return gain;
	}

}
