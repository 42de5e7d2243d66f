package nl.verbinder.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CellTextTests {

	@Test
	void groupsThousandsAsTheReadersLanguageDoesButKeepsTheFilePlain() {
		Cell costs = Cell.euro(new BigDecimal("12500"), 8);
		assertThat(new CellText("<5", Locale.forLanguageTag("nl")).shown(costs)).isEqualTo("12.500");
		assertThat(new CellText("<5", Locale.ENGLISH).shown(costs)).isEqualTo("12,500");
		assertThat(new CellText("<5", Locale.forLanguageTag("nl")).plain(costs)).isEqualTo("12500");
	}

	@Test
	void showsTheBundlesMarkForASuppressedCellEverywhere() {
		Cell suppressed = Cell.count(3);
		CellText text = new CellText("minder dan 5", Locale.forLanguageTag("nl"));
		assertThat(text.shown(suppressed)).isEqualTo("minder dan 5");
		assertThat(text.plain(suppressed)).isEqualTo("minder dan 5");
	}

}
