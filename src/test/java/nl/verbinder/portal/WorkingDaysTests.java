package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

	@Test
	void aQuestionAskedOnMondayIsOverdueFromFriday() {
		assertThat(WorkingDays.after(MONDAY, 3)).isEqualTo(MONDAY.plusDays(3));
		assertThat(WorkingDays.overdue(MONDAY, MONDAY.plusDays(3), 3)).isFalse();
		assertThat(WorkingDays.overdue(MONDAY, FRIDAY, 3)).isTrue();
	}

	@Test
	void aQuestionAskedOnFridayIsNotOverdueOverTheWeekend() {
		assertThat(WorkingDays.after(FRIDAY, 3)).isEqualTo(FRIDAY.plusDays(5));
		assertThat(WorkingDays.overdue(FRIDAY, FRIDAY.plusDays(5), 3)).isFalse();
		assertThat(WorkingDays.overdue(FRIDAY, FRIDAY.plusDays(6), 3)).isTrue();
	}

	@Test
	void aQuestionAskedOnSaturdayCountsFromMonday() {
		assertThat(WorkingDays.after(FRIDAY.plusDays(1), 3)).isEqualTo(FRIDAY.plusDays(5));
	}

}
