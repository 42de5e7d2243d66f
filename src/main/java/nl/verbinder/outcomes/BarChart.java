package nl.verbinder.outcomes;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of a table, drawn by the page as SVG: per row a group of bars,
 * one per chart column, with the value beside each bar; a suppressed cell gets no bar and
 * the table's mark. Geometry only; every text comes from the table, so the chart says
 * nothing the table beside it does not.
 */
public record BarChart(int width, int height, List<Group> groups, List<Legend> legend) {

	static final int LABEL_WIDTH = 300;

	static final int BAR_AREA = 300;

	static final int BAR_HEIGHT = 14;

	static final int GAP = 10;

	static final int LEGEND_ROW = 20;

	/** Colours with at least 3:1 contrast against white, told apart by the legend. */
	static final List<String> COLOURS = List.of("#00527c", "#a34400", "#2d6a2d", "#6b2d6b");

	public record Group(String label, int y, List<Bar> bars) {

		public int labelY() {
			return y + bars.size() * BAR_HEIGHT / 2 + 4;
		}

	}

	public record Bar(int x, int y, int width, String colour, String text, int textX) {

		public int textY() {
			return y + BAR_HEIGHT - 3;
		}

	}

	public record Legend(String label, String colour, int x, int y) {
	}

	static BarChart of(FigureTable table, CellText text) {
		List<Integer> columns = table.chartColumns();
		double max = 0;
		for (FigureTable.Row row : table.rows()) {
			for (int c : columns) {
				max = Math.max(max, row.cells().get(c).number());
			}
		}
		boolean percent = !table.rows().isEmpty()
				&& table.rows().getFirst().cells().get(columns.getFirst()).kind() == Cell.Kind.PERCENT;
		double scale = percent ? 100 : Math.max(1, max);
		List<Legend> legend = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			legend.add(new Legend(table.columns().get(columns.get(i) + 1), COLOURS.get(i % COLOURS.size()), LABEL_WIDTH,
					4 + i * LEGEND_ROW));
		}
		int y = 8 + columns.size() * LEGEND_ROW;
		List<Group> groups = new ArrayList<>();
		for (FigureTable.Row row : table.rows()) {
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = row.cells().get(columns.get(i));
				int w = (int) Math.round(cell.number() / scale * BAR_AREA);
				bars.add(new Bar(LABEL_WIDTH, y + i * BAR_HEIGHT, w, COLOURS.get(i % COLOURS.size()), text.shown(cell),
						LABEL_WIDTH + w + 4));
			}
			groups.add(new Group(row.label(), y, bars));
			y += columns.size() * BAR_HEIGHT + GAP;
		}
		return new BarChart(LABEL_WIDTH + BAR_AREA + 60, y, groups, legend);
	}

}
