package nl.verbinder.placement.web;

/** What the planner's pages show of a result, as values the templates can read. */
public final class PlacementView {

	private PlacementView() {
	}

	/**
	 * One municipality on the map: its path, how full it is (0 none … 4 over), and a
	 * label for the tooltip.
	 */
	public record MapArea(String code, String path, int bucket, String label) {
	}

	/** One municipality in the result table. */
	public record Row(String code, String naam, int target, int capacity, long placed, long carryOverNext) {
	}

}
