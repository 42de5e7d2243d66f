package nl.verbinder.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.reference.GemeenteShapes;

/**
 * A map of the region's municipalities coloured by one share (the table's first chart
 * column), drawn on the server from the CBS/PDOK boundaries: five classes, the first for
 * a suppressed cell, each named in the legend, and the municipality's name and figure as
 * its title. The table beside it has the same figures.
 */
public record Choropleth(String viewBox, List<Area> areas) {

	/** Classes: 0 suppressed, then below 10 %, 10–19 %, 20–29 %, 30 % and more. */
	public static final int CLASSES = 5;

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	public record Area(String path, int bucket, String title) {
	}

	/**
	 * @param codes the municipalities' codes in the order of the table's rows
	 */
	static Choropleth of(FigureTable table, List<String> codes, GemeenteShapes shapes, CellText text) {
		int column = table.chartColumns().getFirst();
		List<Area> areas = new ArrayList<>();
		double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (int i = 0; i < codes.size(); i++) {
			String path = shapes.path(codes.get(i));
			extend(bounds, path);
			FigureTable.Row row = table.rows().get(i);
			Cell cell = row.cells().get(column);
			areas.add(new Area(path, bucket(cell), row.label() + ": " + text.shown(cell)));
		}
		String viewBox = bounds[0] > bounds[2] ? "0 0 1 1"
				: String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f", Math.floor(bounds[0]) - 1,
						Math.floor(bounds[1]) - 1, Math.ceil(bounds[2] - bounds[0]) + 2,
						Math.ceil(bounds[3] - bounds[1]) + 2);
		return new Choropleth(viewBox, areas);
	}

	static int bucket(Cell cell) {
		if (cell.suppressed()) {
			return 0;
		}
		double v = cell.number();
		return v < 10 ? 1 : v < 20 ? 2 : v < 30 ? 3 : 4;
	}

	private static void extend(double[] bounds, String path) {
		Matcher m = NUMBER.matcher(path);
		boolean x = true;
		while (m.find()) {
			double v = Double.parseDouble(m.group());
			if (x) {
				bounds[0] = Math.min(bounds[0], v);
				bounds[2] = Math.max(bounds[2], v);
			}
			else {
				bounds[1] = Math.min(bounds[1], v);
				bounds[3] = Math.max(bounds[3], v);
			}
			x = !x;
		}
	}

}
