package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.shared.RuleViolation;

/**
 * The integration term: three years from its start date, plus the extensions granted,
 * each with its reason (illness, a course that started late, circumstances the person
 * could not help).
 */
public record Inburgeringstermijn(LocalDate start, List<Verlenging> verlengingen) {

	public static final int YEARS = 3;

	/**
	 * One extension of the term; stored and published as {@code verleendOp}, the name the
	 * API and the stored plans know.
	 */
	public record Verlenging(int maanden, String reden, @JsonProperty("verleendOp") LocalDate grantedOn) {

		public Verlenging {
			if (maanden < 1 || maanden > 24) {
				throw new RuleViolation("rule.term.extension-months", 1, 24, maanden);
			}
			if (reden == null || reden.isBlank()) {
				throw new RuleViolation("rule.term.extension-reason");
			}
			if (grantedOn == null) {
				throw new RuleViolation("rule.term.extension-date");
			}
			reden = reden.strip();
		}
	}

	/** Where in the term a person is, for overviews and signals. */
	public enum Fase {

		NOG_NIET_GESTART, EERSTE_JAAR, LOPEND, LAATSTE_HALFJAAR, VERLOPEN

	}

	public Inburgeringstermijn {
		if (start == null) {
			throw new RuleViolation("rule.term.start");
		}
		verlengingen = List.copyOf(verlengingen);
	}

	public static Inburgeringstermijn from(LocalDate start) {
		return new Inburgeringstermijn(start, List.of());
	}

	public LocalDate einde() {
		return start.plusYears(YEARS).plusMonths(verlengingen.stream().mapToInt(Verlenging::maanden).sum());
	}

	/**
	 * Extends the term; only before it has ended, and not dated before the term started.
	 */
	public Inburgeringstermijn extend(Verlenging verlenging) {
		if (verlenging.grantedOn().isAfter(einde())) {
			throw new RuleViolation("rule.term.ended", einde());
		}
		if (verlenging.grantedOn().isBefore(start)) {
			throw new RuleViolation("rule.term.extension-before-start");
		}
		List<Verlenging> all = new ArrayList<>(verlengingen);
		all.add(verlenging);
		return new Inburgeringstermijn(start, all);
	}

	/** The first day after the first year of the term. */
	public LocalDate eindeEersteJaar() {
		return start.plusYears(1);
	}

	/** The first day of the last half year of the term (extensions included). */
	public LocalDate startLaatsteHalfjaar() {
		return einde().minusMonths(6);
	}

	/**
	 * The phase on {@code today}. The caseload's SQL filter compares the same four dates
	 * (stored with the plan in force), so both agree by construction; keep them in step.
	 */
	public Fase fase(LocalDate today) {
		if (today.isBefore(start)) {
			return Fase.NOG_NIET_GESTART;
		}
		if (!today.isBefore(einde())) {
			return Fase.VERLOPEN;
		}
		if (!today.isBefore(startLaatsteHalfjaar())) {
			return Fase.LAATSTE_HALFJAAR;
		}
		return today.isBefore(eindeEersteJaar()) ? Fase.EERSTE_JAAR : Fase.LOPEND;
	}
}
