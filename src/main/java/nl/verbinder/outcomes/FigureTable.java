package nl.verbinder.outcomes;

import java.util.List;

/**
 * A table of figures as the page, its chart and its CSV show it: a caption, column
 * headings and rows, each with a label and its cells, all text already in the reader's
 * language. Which columns the chart draws is the table's {@code chartColumns}.
 *
 * @param id the table's name in the CSV's path
 */
public record FigureTable(String id, String caption, List<String> columns, List<Row> rows, List<Integer> chartColumns) {

	public record Row(String label, List<Cell> cells) {
	}

	public boolean empty() {
		return rows.isEmpty();
	}

}
