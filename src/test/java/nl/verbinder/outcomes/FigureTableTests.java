package nl.verbinder.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The chart and the CSV of a table show what the table shows, suppressed cells included.
 */
class FigureTableTests {

	private static final CellText DUTCH = new CellText("<5", Locale.forLanguageTag("nl"));

	private static final FigureTable TABLE = new FigureTable("uitstroom", "Uitstroom",
			List.of("Moment", "Personen", "Werk (%)"),
			List.of(new FigureTable.Row("Na 6 maanden", List.of(Cell.count(40), Cell.percent(10, 40))),
					new FigureTable.Row("=Na 12 maanden", List.of(Cell.count(3), Cell.percent(1, 3)))),
			List.of(1));

	@Test
	void theCsvHasTheSameCellsAndDefusesFormulas() {
		String csv = OutcomesPages.csv(TABLE, DUTCH);
		assertThat(csv).startsWith("\uFEFFMoment,Personen,Werk (%)\r\n")
			.contains("Na 6 maanden,40,25\r\n")
			.contains("'=Na 12 maanden,<5,<5\r\n");
	}

	@Test
	void theChartDrawsNoBarForASuppressedCell() {
		BarChart chart = BarChart.of(TABLE, DUTCH);
		assertThat(chart.groups()).hasSize(2);
		assertThat(chart.groups().get(0).bars().getFirst().width()).isEqualTo(75);
		assertThat(chart.groups().get(0).bars().getFirst().text()).isEqualTo("25");
		assertThat(chart.groups().get(1).bars().getFirst().width()).isZero();
		assertThat(chart.groups().get(1).bars().getFirst().text()).isEqualTo("<5");
		assertThat(chart.legend().getFirst().label()).isEqualTo("Werk (%)");
	}

}
