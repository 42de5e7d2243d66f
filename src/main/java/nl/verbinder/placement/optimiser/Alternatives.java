package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Why a household does not go to a municipality that fits it better than the one the plan
 * chose. Computed from the plan and the quotas alone, with the scores the optimiser used
 * (to its four decimals), never guessed:
 * <ul>
 * <li>the household was told its municipality by an earlier publication, and keeps
 * it;</li>
 * <li>the municipality is excluded for it;</li>
 * <li>the municipality is full (no room left under its quota plus tolerance), or has room
 * for fewer persons than the household has, which is placed whole; then the best exchange
 * with one household placed there (that fits both municipalities' room) is weighed: it
 * costs that household more than this one gains, or none fits;</li>
 * <li>or there is room, or an exchange that gains: then the plan could be better here,
 * and the page says so (the optimiser is a heuristic with a bound; its gap is shown with
 * the run).</li>
 * </ul>
 */
public final class Alternatives {

	/** Why a better-scoring municipality was not chosen. */
	public enum Reason {

		/** Told its municipality in an earlier publication: it stays there. */
		PUBLISHED,
		/** Excluded for this household. */
		EXCLUDED,
		/** No room left under the quota plus tolerance. */
		FULL,
		/** Room for fewer persons than the household has; households are placed whole. */
		TOO_SMALL_FOR_WHOLE_HOUSEHOLD,
		/**
		 * Room enough: moving there would raise the fit; the plan misses this
		 * improvement.
		 */
		ROOM_LEFT

	}

	/**
	 * The best exchange with one household placed there: the other household moves to the
	 * chosen municipality.
	 *
	 * @param gain change in total fit (points: size × score), negative when the exchange
	 * costs more than it gains
	 */
	public record Exchange(String household, int size, double gain) {
	}

	/**
	 * One better-scoring municipality and why the plan does not put the household there.
	 *
	 * @param room persons the municipality can still take in this plan (capacity −
	 * placed)
	 * @param exchange for a full municipality: the best exchange that fits the rooms, or
	 * null when none does
	 */
	public record Alternative(String gemeente, double score, Reason reason, int capacity, long placed, long room,
			@Nullable Exchange exchange) {

		/**
		 * Whether the plan could be improved here (room left, or an exchange that gains).
		 */
		boolean improvable() {
			return reason == Reason.ROOM_LEFT || (exchange != null && exchange.gain() > 0);
		}
	}

	private Alternatives() {
	}

	/**
	 * The municipalities scoring higher for {@code household} than {@code chosen} (best
	 * first), each with its reason. For an unplaced household ({@code chosen} null) every
	 * municipality it could have gone to counts.
	 * @param plan the run's result
	 * @param household the household as the optimiser saw it
	 * @param chosen where the plan puts it, or null
	 * @param published whether it was told that municipality by an earlier publication
	 * @param others the optimiser's view of any other household of the run, by id (asked
	 * only for exchanges)
	 */
	public static List<Alternative> of(PlacementResult plan, Huishouden household, @Nullable String chosen,
			boolean published, Function<String, Huishouden> others) {
		Map<String, PlacementResult.GemeenteTotal> totals = new HashMap<>();
		plan.totals().forEach(t -> totals.put(t.code(), t));
		long here = chosen == null ? Long.MIN_VALUE : units(household.score(chosen));
		List<Map.Entry<String, Double>> better = household.scores()
			.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(chosen) && units(e.getValue()) > here)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.toList();
		Map<String, List<PlacementResult.Assignment>> placedAt = new HashMap<>();
		plan.assignments().forEach(a -> placedAt.computeIfAbsent(a.gemeente(), g -> new ArrayList<>()).add(a));
		List<Alternative> alternatives = new ArrayList<>();
		for (var e : better) {
			String gemeente = e.getKey();
			PlacementResult.GemeenteTotal total = totals.get(gemeente);
			if (total == null) {
				continue; // not a municipality of this run
			}
			long room = total.capacity() - total.placed();
			Reason reason;
			Exchange exchange = null;
			if (published) {
				reason = Reason.PUBLISHED;
			}
			else if (household.excluded().contains(gemeente)) {
				reason = Reason.EXCLUDED;
			}
			else if (room >= household.size()) {
				reason = Reason.ROOM_LEFT;
			}
			else {
				reason = room <= 0 ? Reason.FULL : Reason.TOO_SMALL_FOR_WHOLE_HOUSEHOLD;
				if (chosen != null) {
					PlacementResult.GemeenteTotal from = totals.get(chosen);
					exchange = bestExchange(household, chosen, from.capacity() - from.placed(), gemeente, room,
							placedAt.getOrDefault(gemeente, List.of()), others);
				}
			}
			alternatives
				.add(new Alternative(gemeente, e.getValue(), reason, total.capacity(), total.placed(), room, exchange));
		}
		return alternatives;
	}

	/**
	 * The exchange with one household placed at {@code there} that gains most (or costs
	 * least), among those that fit: after it, neither municipality is over its capacity,
	 * and neither household goes where it is excluded. Households told their municipality
	 * earlier do not move.
	 */
	private static @Nullable Exchange bestExchange(Huishouden household, String chosen, long roomHere, String there,
			long roomThere, List<PlacementResult.Assignment> placedThere, Function<String, Huishouden> others) {
		int s = household.size();
		long gainHere = s * (units(household.score(there)) - units(household.score(chosen)));
		Exchange best = null;
		for (PlacementResult.Assignment a : placedThere.stream()
			.sorted(Comparator.comparing(PlacementResult.Assignment::household))
			.toList()) {
			int t = a.size();
			if (a.published() || s - t > roomThere || t - s > roomHere) {
				continue;
			}
			Huishouden other = others.apply(a.household());
			if (other.excluded().contains(chosen)) {
				continue;
			}
			long gain = gainHere + t * (units(other.score(chosen)) - units(other.score(there)));
			if (best == null || gain > Math.round(best.gain() * PlacementOptimiser.UNITS)) {
				best = new Exchange(a.household(), t, (double) gain / PlacementOptimiser.UNITS);
			}
		}
		return best;
	}

	/** Scores as the optimiser uses them: integer units of 1/10,000 point. */
	private static long units(double score) {
		return Math.round(score * PlacementOptimiser.UNITS);
	}

}
