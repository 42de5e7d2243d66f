package nl.verbinder.placement.optimiser;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a run. Fit figures are in score points (Σ size × score). The bound is an
 * upper bound on the fit of any plan that places at least as many persons as this one
 * (weak duality on the transportation relaxation); the gap is
 * {@code (bound − objective) / bound}.
 *
 * @param assignments placed households (published ones included), by household id
 * @param unplaced households that could not be placed, with the reason
 * @param totals per municipality: capacity, placed persons, and what carries over to the
 * next period
 * @param objective total fit of this plan
 * @param bound upper bound on the fit (see above)
 * @param gap relative gap of the objective to the bound
 * @param placedPersons persons placed
 * @param boundPersons most persons the relaxation can place (an upper bound on placed
 * persons)
 * @param greedyObjective fit of the greedy baseline (largest households first, best
 * municipality with room)
 * @param greedyPlacedPersons persons the greedy baseline places
 * @param millis wall time of the solve
 * @param peakHeapMegabytes peak Java heap during the solve (all heap pools; an upper
 * estimate)
 * @param seed the seed used (tie-breaking order of the local search)
 */
public record PlacementResult(List<Assignment> assignments, List<Unplaced> unplaced, List<GemeenteTotal> totals,
		double objective, double bound, double gap, long placedPersons, long boundPersons, double greedyObjective,
		long greedyPlacedPersons, long millis, long peakHeapMegabytes, long seed) {

	/**
	 * Household {@code household} goes to {@code gemeente}; {@code published} when fixed
	 * by an earlier notice.
	 */
	public record Assignment(String household, String gemeente, int size, double score, boolean published) {
	}

	/**
	 * A household left unplaced and why (e.g. larger than any remaining room, excluded
	 * everywhere with room).
	 */
	public record Unplaced(String household, int size, String reason) {
	}

	/**
	 * @param target quota + carry-over − filled
	 * @param capacity target + tolerance
	 * @param placed persons placed here by this plan (published included)
	 * @param carryOverNext target − placed: still owed next period (negative = housed
	 * ahead)
	 */
	public record GemeenteTotal(String code, int target, int capacity, long placed, long carryOverNext) {
	}

	/** One line: objective, bound, gap, time, greedy. */
	public String summary() {
		return String.format(Locale.ROOT,
				"placed %d of %d persons (%d households unplaced), objective %.2f, bound %.2f, gap %.4f%%, %d ms, greedy %.2f (%.3f%% below bound, %d persons placed), peak heap %d MB",
				placedPersons, placedPersons + unplaced.stream().mapToLong(Unplaced::size).sum(), unplaced.size(),
				objective, bound, 100 * gap, millis, greedyObjective,
				bound == 0 ? 0 : 100 * (bound - greedyObjective) / bound, greedyPlacedPersons, peakHeapMegabytes);
	}
}
