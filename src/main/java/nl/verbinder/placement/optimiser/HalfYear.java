package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated half year of arrivals: the households of {@link InstanceGenerator}'s model,
 * each given the week it gets its permit by an {@link ArrivalPattern}, and the half
 * year's taakstellingen. Some families arrive incomplete: one or two members are
 * nareizigers who join them 4–12 weeks later (family reunification), always in the
 * municipality the family went to. Their arrival is known from the application, so the
 * household is placed with its full size (their room is reserved) and they count against
 * the same taakstelling. The taakstellingen are proportional to inhabitants and sum to
 * the persons who arrive (the forecast taken as exact, so that every quota can be met),
 * each with the same tolerance and no carry-over.
 *
 * <p>
 * The planner's view of the future is a pool of further households from the same model
 * (same regional landscape and AZCs; the generator's households are independent given its
 * seed): {@link #forecast()}, to be scaled to the pattern's expected volume.
 *
 * @param arrivals in order of arrival week
 * @param forecast households drawn from the same model, never arriving
 */
public record HalfYear(ArrivalPattern pattern, long seed, List<Taakstelling> quotas, List<Arrival> arrivals,
		List<Huishouden> forecast) {

	/** Size of the forecast pool. */
	static final int FORECAST = 600;

	public HalfYear {
		quotas = List.copyOf(quotas);
		arrivals = List.copyOf(arrivals);
		forecast = List.copyOf(forecast);
	}

	/**
	 * @param household with its full size (nareizigers included)
	 * @param week 1–26, when it gets its permit
	 * @param nareizigers members who join later (included in the size)
	 * @param joinWeek the week they join (equal to {@code week} when none)
	 */
	public record Arrival(Huishouden household, int week, int nareizigers, int joinWeek) {
	}

	/** A half year over all 342 municipalities. */
	public static HalfYear generate(ArrivalPattern pattern, int households, long seed, int tolerance) {
		return generate(pattern, households, seed, tolerance, GemeentenReference.rows().size());
	}

	/**
	 * A half year over the {@code municipalities} largest municipalities only (small
	 * cases with taakstellingen of some size).
	 */
	public static HalfYear generate(ArrivalPattern pattern, int households, long seed, int tolerance,
			int municipalities) {
		PlacementInstance base = InstanceGenerator.generate(households + FORECAST, seed,
				new InstanceGenerator.Variant(1.0, false, 0.04));
		List<Huishouden> all = base.huishoudens();
		Random random = new Random(seed * 31 + pattern.ordinal());
		double[] shares = pattern.shares();
		List<Arrival> arrivals = new ArrayList<>(households);
		long persons = 0;
		for (int i = 0; i < households; i++) {
			Huishouden h = all.get(i);
			int week = week(random, shares);
			int nareizigers = 0;
			if (h.size() >= 3 && random.nextDouble() < 0.25) {
				nareizigers = h.size() >= 5 ? 1 + random.nextInt(2) : 1;
			}
			int joinWeek = Math.min(ArrivalPattern.WEEKS, week + (nareizigers > 0 ? 4 + random.nextInt(9) : 0));
			arrivals.add(new Arrival(h, week, nareizigers, joinWeek));
			persons += h.size();
		}
		arrivals.sort((a, b) -> Integer.compare(a.week(), b.week()));
		var rows = GemeentenReference.rows()
			.stream()
			.sorted((a, b) -> Long.compare(b.inwoners(), a.inwoners()))
			.limit(municipalities)
			.toList();
		double[] inhabitants = rows.stream().mapToDouble(GemeentenReference.Row::inwoners).toArray();
		int[] quota = Taakstelling.proportional(persons, inhabitants);
		List<Taakstelling> quotas = new ArrayList<>();
		for (int j = 0; j < rows.size(); j++) {
			quotas.add(new Taakstelling(rows.get(j).code(), quota[j], 0, tolerance, 0));
		}
		return new HalfYear(pattern, seed, quotas, arrivals, all.subList(households, all.size()));
	}

	/** The households arriving in {@code week} (1–26). */
	public List<Huishouden> week(int week) {
		return arrivals.stream().filter(a -> a.week() == week).map(Arrival::household).toList();
	}

	/**
	 * Households the planner expects after {@code week}: the pattern's share of the
	 * total.
	 */
	public double expectedAfter(int week) {
		double[] shares = pattern.shares();
		double rest = 0;
		for (int t = week; t < shares.length; t++) {
			rest += shares[t];
		}
		return rest * arrivals.size();
	}

	public long persons() {
		return arrivals.stream().mapToLong(a -> a.household().size()).sum();
	}

	private static int week(Random random, double[] shares) {
		double u = random.nextDouble();
		for (int t = 0; t < shares.length; t++) {
			u -= shares[t];
			if (u < 0) {
				return t + 1;
			}
		}
		return shares.length;
	}

}
