package nl.verbinder.placement.web;

import java.util.HashMap;
import java.util.Map;
import nl.verbinder.reference.ReferenceData;

/** What the planner's pages show of a result, as values the templates can read. */
public final class PlacementView {

	private PlacementView() {
	}

	/** The name of every municipality, by its code. */
	static Map<String, String> municipalityNames(ReferenceData reference) {
		Map<String, String> names = new HashMap<>();
		reference.gemeenten().forEach(g -> names.put(g.code().value(), g.displayName()));
		return names;
	}

	/** The name of every municipality's labour-market region, by municipality code. */
	static Map<String, String> regionNames(ReferenceData reference) {
		Map<String, String> regions = new HashMap<>();
		reference.gemeenten()
			.forEach(g -> regions.put(g.code().value(),
					reference.arbeidsmarktregio(g.arbeidsmarktregioCode())
						.map(r -> r.naam())
						.orElse(g.arbeidsmarktregioCode())));
		return regions;
	}

	/**
	 * One municipality on the map: its path, how full it is (0 none … 4 over), and a
	 * label for the tooltip.
	 */
	public record MapArea(String code, String path, int bucket, String label) {
	}

	/** One municipality in the result table, with its labour-market region. */
	public record Row(String code, String naam, String regio, int target, int capacity, long placed,
			long carryOverNext) {
	}

	/**
	 * One labour-market region in the result: its room (its municipalities' capacities
	 * summed) and the persons placed there.
	 */
	public record ArbeidsmarktregioRow(String naam, long target, long capacity, long placed) {
	}

	/** One quota's progress through the half year, by name. */
	public record Progress(String naam, String regio, int before, long thisWeek, long remaining, int low, int high) {
	}

}
