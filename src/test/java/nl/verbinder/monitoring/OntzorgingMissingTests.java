package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.unburdening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OntzorgingMissingTests {

	private static final LocalDate ARRIVAL = LocalDate.of(2026, 8, 31);

	/** Six months after 31 August: 28 February. */
	private static final LocalDate SIX_MONTHS = LocalDate.of(2027, 2, 28);

	/** Three months after 28 February: 28 May. */
	private static final LocalDate THREE_MONTHS_AFTER = LocalDate.of(2027, 5, 28);

	private final OntzorgingMissing rule = new OntzorgingMissing(6, 3);

	@Test
	void signalsNotArrangedFromTheDayOfMovingInDueThatDay() {
		var facts = unburdening(ARRIVAL, null);
		assertThat(rule.missed(facts, ARRIVAL.minusDays(1))).isEmpty();
		assertThat(rule.missed(facts, ARRIVAL)).contains(ARRIVAL);
	}

	@Test
	void stopsSignallingNotArrangedExactlySixMonthsAfterMovingIn() {
		var facts = unburdening(ARRIVAL, null);
		assertThat(rule.missed(facts, SIX_MONTHS.minusDays(1))).contains(ARRIVAL);
		assertThat(rule.missed(facts, SIX_MONTHS)).isEmpty();
	}

	@Test
	void doesNotSignalWhileItRuns() {
		assertThat(rule.missed(unburdening(ARRIVAL, new Ontzorging(ARRIVAL, null, false)), ARRIVAL.plusMonths(3)))
			.isEmpty();
		assertThat(rule.missed(unburdening(ARRIVAL, new Ontzorging(ARRIVAL, SIX_MONTHS, false)), SIX_MONTHS))
			.as("its last day is still in time")
			.isEmpty();
	}

	@Test
	void signalsTheDayAfterItEndedWithoutAFollowUp() {
		var facts = unburdening(ARRIVAL, new Ontzorging(ARRIVAL, SIX_MONTHS, false));
		assertThat(rule.missed(facts, SIX_MONTHS)).isEmpty();
		assertThat(rule.missed(facts, SIX_MONTHS.plusDays(1))).contains(SIX_MONTHS);
	}

	@Test
	void stopsSignallingAnEndWithoutAFollowUpExactlyTheFollowUpMonthsAfterItsLastDay() {
		var facts = unburdening(ARRIVAL, new Ontzorging(ARRIVAL, SIX_MONTHS, false));
		assertThat(rule.missed(facts, THREE_MONTHS_AFTER.minusDays(1))).contains(SIX_MONTHS);
		assertThat(rule.missed(facts, THREE_MONTHS_AFTER)).isEmpty();
		assertThat(rule.missed(facts, SIX_MONTHS.plusYears(1))).as("no longer for ever").isEmpty();
	}

	@Test
	void countsTheFollowUpMonthsFromTheEndNotFromMovingIn() {
		// Extended to a year: the follow-up is due after the year, not after six months.
		LocalDate yearLater = ARRIVAL.plusYears(1);
		var facts = unburdening(ARRIVAL, new Ontzorging(ARRIVAL, yearLater, false));
		assertThat(rule.missed(facts, yearLater.plusDays(1))).contains(yearLater);
		assertThat(rule.missed(facts, yearLater.plusMonths(3).minusDays(1))).contains(yearLater);
		assertThat(rule.missed(facts, yearLater.plusMonths(3))).isEmpty();
		assertThat(new OntzorgingMissing(6, 12).missed(facts, yearLater.plusMonths(3)))
			.as("a municipality that keeps it longer")
			.contains(yearLater);
	}

	@Test
	void doesNotSignalWhenItEndedWithAFollowUp() {
		var facts = unburdening(ARRIVAL, new Ontzorging(ARRIVAL, SIX_MONTHS, true));
		assertThat(rule.missed(facts, SIX_MONTHS.plusDays(1))).isEmpty();
	}

	@Test
	void signalsWhenItEndedEarlyWithoutAFollowUp() {
		var facts = unburdening(ARRIVAL, new Ontzorging(ARRIVAL, ARRIVAL.plusMonths(2), false));
		assertThat(rule.missed(facts, ARRIVAL.plusMonths(3))).contains(ARRIVAL.plusMonths(2));
	}

	@Test
	void refusesAnEndBeforeItsStart() {
		assertThatThrownBy(() -> new Ontzorging(ARRIVAL, ARRIVAL.minusDays(1), false)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.ontzorging.until-before-from");
	}

	@Test
	void refusesLessThanAMonth() {
		assertThatThrownBy(() -> new OntzorgingMissing(0, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OntzorgingMissing(6, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
