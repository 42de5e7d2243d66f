package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a half year's households week by week against its taakstellingen, each week's
 * households only once they have arrived. Every strategy keeps the same two rules, which
 * keep the half year feasible: until the last week a municipality takes at most its
 * target (a household that fits nowhere within the targets may use the tolerance), so the
 * persons still to come exactly fill what is left; the last week is placed exactly within
 * every window [target − tolerance, target + tolerance] ({@link WindowFinish}). The
 * strategies differ in how a week is placed within the targets:
 * <ul>
 * <li>{@link Strategy#WEEKLY_GREEDY}: largest households first, each to its best
 * municipality with room;
 * <li>{@link Strategy#WEEKLY_OPTIMUM}: the week optimally ({@link PlacementOptimiser}),
 * blind to the households still to come;
 * <li>{@link Strategy#POTENTIALS}: the week optimally with every score lowered by its
 * municipality's price ({@link QuotaPrices}: the duals of the relaxation over this week
 * and the expected rest of the half year), so that room the later households want more is
 * kept for them.
 * </ul>
 */
public final class WeeklyPlacement {

	/** How a week is placed. */
	public enum Strategy {

		WEEKLY_GREEDY, WEEKLY_OPTIMUM, POTENTIALS

	}

	/** The share of the expected future arrivals the prices count on. */
	static final double FUTURE_SHARE = 0.9;

	private final HalfYear year;

	private final Strategy strategy;

	private final double weekLimitSeconds;

	private final Windows windows;

	private final long[] held;

	private final Map<String, Integer> placed = new LinkedHashMap<>();

	private WeeklyPlacement(HalfYear year, Strategy strategy, double weekLimitSeconds) {
		this.year = year;
		this.strategy = strategy;
		this.weekLimitSeconds = weekLimitSeconds;
		this.windows = new Windows(year.quotas());
		this.held = new long[windows.size()];
	}

	/**
	 * Places the whole half year week by week.
	 * @param weekLimitSeconds the optimiser's limit per week
	 * @return municipality code per household id (households that fitted nowhere are
	 * missing)
	 */
	public static Map<String, String> run(HalfYear year, Strategy strategy, double weekLimitSeconds) {
		WeeklyPlacement run = new WeeklyPlacement(year, strategy, weekLimitSeconds);
		for (int week = 1; week <= ArrivalPattern.WEEKS; week++) {
			run.week(week);
		}
		Map<String, String> plan = new LinkedHashMap<>();
		run.placed.forEach((id, j) -> plan.put(id, run.windows.codes().get(j)));
		return plan;
	}

	private void week(int week) {
		List<Huishouden> batch = year.week(week);
		if (batch.isEmpty()) {
			return;
		}
		int m = windows.size();
		double[][] scores = windows.scores(batch);
		if (week == ArrivalPattern.WEEKS) {
			int[] high = new int[m];
			for (int j = 0; j < m; j++) {
				high[j] = (int) Math.max(0, windows.high()[j] - held[j]);
			}
			int[] hint = placeWithin(batch, scores, high);
			int[] plan = WindowFinish.place(scores, sizes(batch), held, windows.low(), windows.high(), hint,
					Math.max(10, 5 * weekLimitSeconds));
			keep(batch, plan);
			return;
		}
		double[][] used = scores;
		int[] room = new int[m];
		for (int j = 0; j < m; j++) {
			room[j] = (int) Math.max(0, windows.target()[j] - held[j]);
		}
		if (strategy == Strategy.POTENTIALS) {
			int[] low = new int[m];
			int[] high = new int[m];
			for (int j = 0; j < m; j++) {
				low[j] = (int) (windows.low()[j] - held[j]);
				high[j] = (int) Math.max(0, windows.high()[j] - held[j]);
			}
			// counting on a little less than expected keeps the windows' lower ends
			// reachable
			// when fewer come
			double expected = FUTURE_SHARE * year.expectedAfter(week);
			QuotaPrices.Prices prices = QuotaPrices.prices(windows.codes(), low, high, batch, year.forecast(),
					expected / year.forecast().size());
			used = Windows.priced(scores, prices.price());
			for (int j = 0; j < m; j++) {
				// the relaxation says where the tolerances go: up to its persons here
				room[j] = (int) Math.min(high[j], Math.ceil(prices.load()[j] - 1e-6));
			}
		}
		if (Arrays.stream(room).asLongStream().sum() < Arrays.stream(sizes(batch)).sum()) {
			for (int j = 0; j < m; j++) {
				room[j] = (int) Math.max(0, windows.high()[j] - held[j]);
			}
		}
		int[] plan = placeWithin(batch, used, room);
		for (int i = 0; i < plan.length; i++) {
			if (plan[i] < 0) {
				plan[i] = fallback(batch.get(i), scores[i]);
			}
		}
		keep(batch, plan);
	}

	/**
	 * One week's batch against what is left of its half year, as the planner places it:
	 * {@code quotas} hold the half year's taakstellingen with {@code filled} the persons
	 * placed so far, so that each window is what is left of it; the households still
	 * expected this half year stand for {@code expectedAfter} households drawn like
	 * {@code forecast}. The week is placed as {@link Strategy#POTENTIALS} places a week
	 * before the last (priced scores, room where the relaxation spends it); with none
	 * expected after it, as the last week: exactly within every window.
	 * @return municipality code per household id (households that fitted nowhere are
	 * missing)
	 */
	public static Map<String, String> week(List<Taakstelling> quotas, List<Huishouden> batch, List<Huishouden> forecast,
			double expectedAfter, double limitSeconds) {
		Windows windows = new Windows(quotas);
		int m = windows.size();
		double[][] scores = windows.scores(batch);
		int[] plan;
		if (expectedAfter <= 0 || forecast.isEmpty()) {
			int[] hint = greedy(sizes(batch), scores, windows.high());
			plan = WindowFinish.place(scores, sizes(batch), new long[m], windows.low(), windows.high(), hint,
					Math.max(10, 5 * limitSeconds));
		}
		else {
			QuotaPrices.Prices prices = QuotaPrices.prices(windows.codes(), windows.low(), windows.high(), batch,
					forecast, FUTURE_SHARE * expectedAfter / forecast.size());
			double[][] used = Windows.priced(scores, prices.price());
			int[] room = new int[m];
			for (int j = 0; j < m; j++) {
				room[j] = (int) Math.min(windows.high()[j], Math.ceil(prices.load()[j] - 1e-6));
			}
			if (Arrays.stream(room).asLongStream().sum() < Arrays.stream(sizes(batch)).sum()) {
				room = windows.high().clone();
			}
			plan = optimal(windows, batch, used, room, limitSeconds);
			long[] held = new long[m];
			for (int i = 0; i < plan.length; i++) {
				if (plan[i] >= 0) {
					held[plan[i]] += batch.get(i).size();
				}
			}
			for (int i = 0; i < plan.length; i++) {
				if (plan[i] < 0) {
					// fits nowhere within the room: its best municipality within the
					// windows
					int best = -1;
					for (int j = 0; j < m; j++) {
						if (scores[i][j] >= 0 && windows.high()[j] - held[j] >= batch.get(i).size()
								&& (best < 0 || scores[i][j] > scores[i][best])) {
							best = j;
						}
					}
					if (best >= 0) {
						plan[i] = best;
						held[best] += batch.get(i).size();
					}
				}
			}
		}
		Map<String, String> placed = new LinkedHashMap<>();
		for (int i = 0; i < plan.length; i++) {
			if (plan[i] >= 0) {
				placed.put(batch.get(i).id(), windows.codes().get(plan[i]));
			}
		}
		return placed;
	}

	/**
	 * The batch placed optimally within {@code room} on {@code scores}; −1 = not placed.
	 */
	private static int[] optimal(Windows windows, List<Huishouden> batch, double[][] scores, int[] room,
			double limitSeconds) {
		long persons = Arrays.stream(sizes(batch)).sum();
		if (Arrays.stream(room).asLongStream().sum() < persons) {
			return greedy(sizes(batch), scores, room);
		}
		List<Taakstelling> quotas = new ArrayList<>();
		for (int j = 0; j < room.length; j++) {
			quotas.add(new Taakstelling(windows.codes().get(j), room[j], 0, 0, 0));
		}
		List<Huishouden> hs = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			hs.add(windows.household(batch.get(i), scores[i]));
		}
		PlacementResult result = new PlacementOptimiser(new InstanceValidator(), 1)
			.solve(new PlacementInstance("week", quotas, hs), 1, limitSeconds);
		Map<String, Integer> byId = new HashMap<>();
		result.assignments().forEach(a -> byId.put(a.household(), windows.index(a.gemeente())));
		int[] plan = new int[batch.size()];
		for (int i = 0; i < plan.length; i++) {
			plan[i] = byId.getOrDefault(batch.get(i).id(), -1);
		}
		return plan;
	}

	/** The strategy's placement of the batch within {@code room}; −1 = not placed. */
	private int[] placeWithin(List<Huishouden> batch, double[][] scores, int[] room) {
		if (strategy == Strategy.WEEKLY_GREEDY) {
			return greedy(sizes(batch), scores, room);
		}
		List<Taakstelling> quotas = new ArrayList<>();
		for (int j = 0; j < room.length; j++) {
			quotas.add(new Taakstelling(windows.codes().get(j), room[j], 0, 0, 0));
		}
		long persons = Arrays.stream(sizes(batch)).sum();
		long capacity = Arrays.stream(room).asLongStream().sum();
		if (capacity < persons) {
			return greedy(sizes(batch), scores, room);
		}
		List<Huishouden> hs = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			hs.add(windows.household(batch.get(i), scores[i]));
		}
		PlacementResult result = new PlacementOptimiser(new InstanceValidator(), 1)
			.solve(new PlacementInstance(year.pattern().label(), quotas, hs), 1, weekLimitSeconds);
		Map<String, Integer> byId = new HashMap<>();
		result.assignments().forEach(a -> byId.put(a.household(), windows.index(a.gemeente())));
		int[] plan = new int[batch.size()];
		for (int i = 0; i < plan.length; i++) {
			plan[i] = byId.getOrDefault(batch.get(i).id(), -1);
		}
		return plan;
	}

	/** Largest households first, each to its best municipality with room. */
	static int[] greedy(int[] sizes, double[][] scores, int[] room) {
		int[] left = room.clone();
		Integer[] order = new Integer[sizes.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(sizes[b], sizes[a]));
		int[] plan = new int[sizes.length];
		Arrays.fill(plan, -1);
		for (int i : order) {
			int best = -1;
			for (int j = 0; j < left.length; j++) {
				if (scores[i][j] >= 0 && left[j] >= sizes[i] && (best < 0 || scores[i][j] > scores[i][best])) {
					best = j;
				}
			}
			if (best >= 0) {
				plan[i] = best;
				left[best] -= sizes[i];
			}
		}
		return plan;
	}

	/**
	 * A household that fits nowhere within the targets: its best municipality within the
	 * tolerance, else the one with the most room (the quota is then missed).
	 */
	private int fallback(Huishouden h, double[] scores) {
		int best = -1;
		int roomiest = 0;
		for (int j = 0; j < scores.length; j++) {
			long room = windows.high()[j] - held[j];
			if (scores[j] >= 0 && room >= h.size() && (best < 0 || scores[j] > scores[best])) {
				best = j;
			}
			if (room > windows.high()[roomiest] - held[roomiest]) {
				roomiest = j;
			}
		}
		return best >= 0 ? best : roomiest;
	}

	private void keep(List<Huishouden> batch, int[] plan) {
		for (int i = 0; i < plan.length; i++) {
			if (plan[i] >= 0) {
				placed.put(batch.get(i).id(), plan[i]);
				held[plan[i]] += batch.get(i).size();
			}
		}
	}

	static int[] sizes(List<Huishouden> batch) {
		return batch.stream().mapToInt(Huishouden::size).toArray();
	}

}
