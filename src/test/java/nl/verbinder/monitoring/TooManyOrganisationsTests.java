package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.partners;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TooManyOrganisationsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final TooManyOrganisations rule = new TooManyOrganisations(5);

	@Test
	void signalsOnlyMoreThanTheThreshold() {
		assertThat(rule.missed(partners(5, null), TODAY)).isEmpty();
		assertThat(rule.missed(partners(6, null), TODAY)).contains(TODAY);
	}

	@Test
	void leavesAHouseholdWithoutOrganisationsAlone() {
		assertThat(rule.missed(partners(0, null), TODAY)).isEmpty();
	}

	@Test
	void refusesAThresholdBelowOne() {
		assertThatThrownBy(() -> new TooManyOrganisations(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
