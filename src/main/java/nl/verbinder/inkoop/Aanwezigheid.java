package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Attendance as a provider reports it: one lesson, or a week of lessons (then the day is
 * the week's first), or a workshop with its theme; how many were attended and missed, and
 * the hours attended (what an hourly price counts).
 */
public record Aanwezigheid(LocalDate datum, Soort soort, @Nullable Workshopthema thema, int aanwezig, int afwezig,
		BigDecimal uren) {

	/** Lessons (the language lessons of a route) or a workshop. */
	public enum Soort {

		LES, WORKSHOP

	}

	/**
	 * The workshops of Zoetermeer's norm: finance, work and education, health care,
	 * housing, leisure, politics and democracy, history and culture, Dutch values.
	 */
	public enum Workshopthema {

		FINANCIEN, WERK_EN_OPLEIDING, ZORG, WONEN, VRIJE_TIJD, POLITIEK_EN_DEMOCRATIE, GESCHIEDENIS_EN_CULTUUR,
		NEDERLANDSE_WAARDEN

	}

	/** The most lessons one row may report (a week of intensive lessons). */
	static final int MAX_LESSONS = 20;

	/** The most hours one row may report (a week). */
	static final BigDecimal MAX_HOURS = new BigDecimal("60");

	public Aanwezigheid {
		if (datum == null || soort == null || uren == null) {
			throw new RuleViolation("rule.attendance.incomplete");
		}
		if (soort == Soort.WORKSHOP && thema == null) {
			throw new RuleViolation("rule.attendance.theme-missing");
		}
		if (soort == Soort.LES && thema != null) {
			throw new RuleViolation("rule.attendance.theme-for-lesson");
		}
		if (aanwezig < 0 || afwezig < 0 || aanwezig + afwezig == 0 || aanwezig + afwezig > MAX_LESSONS) {
			throw new RuleViolation("rule.attendance.count", 1, MAX_LESSONS);
		}
		if (uren.signum() < 0 || uren.compareTo(MAX_HOURS) > 0 || uren.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation("rule.attendance.hours", MAX_HOURS);
		}
		if (aanwezig == 0 && uren.signum() > 0) {
			throw new RuleViolation("rule.attendance.hours-without-presence");
		}
	}

}
