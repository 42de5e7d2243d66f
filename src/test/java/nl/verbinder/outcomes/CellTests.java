package nl.verbinder.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CellTests {

	@Test
	void showsACountFromFivePersonsAndNothingBelow() {
		assertThat(Cell.count(5).value()).isEqualByComparingTo("5");
		assertThat(Cell.count(4).suppressed()).isTrue();
		assertThat(Cell.count(1).suppressed()).isTrue();
		assertThat(Cell.count(0).suppressed()).isTrue();
	}

	@Test
	void showsAShareOnlyWhenBothTheCountedAndTheWholeAreFiveOrMore() {
		assertThat(Cell.percent(5, 20).value()).isEqualByComparingTo("25");
		assertThat(Cell.percent(4, 20).suppressed()).isTrue();
		assertThat(Cell.percent(0, 20).suppressed()).isTrue();
		assertThat(Cell.percent(5, 5).value()).isEqualByComparingTo("100");
		assertThat(Cell.percent(4, 4).suppressed()).isTrue();
	}

	@Test
	void roundsSharesHalfUp() {
		assertThat(Cell.percent(5, 8).value()).isEqualByComparingTo("63");
		assertThat(Cell.percent(7, 9).value()).isEqualByComparingTo("78");
	}

	@Test
	void showsLessonsAttendedAndMoneyOfFivePersonsOrMore() {
		assertThat(Cell.percentOf(3, 4, 5).value()).isEqualByComparingTo("75");
		assertThat(Cell.percentOf(3, 4, 4).suppressed()).isTrue();
		assertThat(Cell.percentOf(0, 0, 9).suppressed()).isTrue();
		assertThat(Cell.euro(new BigDecimal("1234.56"), 5).value()).isEqualByComparingTo("1235");
		assertThat(Cell.euro(new BigDecimal("1234.56"), 4).suppressed()).isTrue();
	}

	@Test
	void aSuppressedCellHoldsNoNumberForAChartOrAFile() {
		Cell suppressed = Cell.percent(2, 50);
		assertThat(suppressed.value()).isNull();
		assertThat(suppressed.number()).isZero();
		assertThat(new CellText("<5", Locale.forLanguageTag("nl")).plain(suppressed)).isEqualTo("<5");
	}

	@Test
	void hidesASecondShareWhenOneHiddenShareCouldBeWorkedOutFromTheOthers() {
		// 12 persons: 2 improved, 5 unchanged, 5 worsened. Showing 42 % and 42 % of 12
		// would give away the 2; one of the others goes too.
		List<Cell> shares = Cell.shares(12, 2, 5, 5);
		assertThat(shares).filteredOn(Cell::suppressed).hasSize(2);
		assertThat(shares.get(0).suppressed()).isTrue();
		// Nothing hidden, nothing more hidden; two hidden already keep each other.
		assertThat(Cell.shares(20, 5, 7, 8)).noneMatch(Cell::suppressed);
		assertThat(Cell.shares(20, 2, 3, 15)).filteredOn(Cell::suppressed).hasSize(2);
		// A group under five shows no share at all.
		assertThat(Cell.shares(4, 1, 1, 2)).allMatch(Cell::suppressed);
	}

	@Test
	void suppressesThingsOnThePersonsWhoMadeThemNotOnTheirNumber() {
		// Twelve pieces of advice from four authors: no figure, however many pieces.
		assertThat(Cell.countOf(12, 4).suppressed()).isTrue();
		assertThat(Cell.countOf(12, 5).value()).isEqualByComparingTo("12");
		assertThat(Cell.sharesOf(12, new long[] { 8, 4 }, 4, new long[] { 3, 2 })).allMatch(Cell::suppressed);
		// Eight pieces acted on from five authors show; four from two hide, and with
		// two parts the other hides too (it would give the hidden one away).
		assertThat(Cell.sharesOf(12, new long[] { 8, 4 }, 7, new long[] { 5, 2 })).allMatch(Cell::suppressed);
		List<Cell> three = Cell.sharesOf(20, new long[] { 10, 6, 4 }, 12, new long[] { 6, 5, 2 });
		assertThat(three.get(0).value()).isEqualByComparingTo("50");
		assertThat(three.get(1).suppressed()).as("the smallest other part").isTrue();
		assertThat(three.get(2).suppressed()).isTrue();
		// Persons as their own things: the same as shares.
		assertThat(Cell.sharesOf(12, new long[] { 2, 5, 5 }, 12, new long[] { 2, 5, 5 }))
			.isEqualTo(Cell.shares(12, 2, 5, 5));
	}

}
