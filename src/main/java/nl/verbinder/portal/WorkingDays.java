package nl.verbinder.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days: Monday to Friday. Public holidays are not counted out yet (a question
 * asked before Easter is marked overdue a day early), which errs toward answering sooner.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The date {@code n} working days after {@code from} (not counting {@code from}
	 * itself).
	 */
	static LocalDate after(LocalDate from, int n) {
		LocalDate day = from;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (working(day)) {
				counted++;
			}
		}
		return day;
	}

	static boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * Overdue once the {@code n}th working day after asking has passed without an answer.
	 */
	static boolean overdue(LocalDate asked, LocalDate today, int n) {
		return today.isAfter(after(asked, n));
	}

}
