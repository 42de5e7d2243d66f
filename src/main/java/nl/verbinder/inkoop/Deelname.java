package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A participation: one person, referred to a provider, in one product the provider is
 * contracted for; from the provider's first report until it ends, completed or stopped
 * with a reason. Reports are dated within it and never in the future.
 */
public record Deelname(UUID id, UUID productId, UUID organisatieId, UUID doorverwijzingId, UUID householdId,
		UUID personId, GemeenteCode gemeente, LocalDate gestartOp, @Nullable Einde einde,
		@Nullable LocalDate geeindigdOp, @Nullable String eindeReden) {

	/** How a participation ended. */
	public enum Einde {

		AFGEROND, GESTOPT

	}

	public boolean ended() {
		return einde != null;
	}

	/**
	 * A report dated {@code day}, reported {@code today}: not before the start, not after
	 * the end or today.
	 */
	void checkReportDay(LocalDate day, LocalDate today) {
		if (day.isAfter(today)) {
			throw new RuleViolation("rule.report.future", day);
		}
		if (geeindigdOp != null && day.isAfter(geeindigdOp)) {
			throw new RuleViolation("rule.report.after-end", day, geeindigdOp);
		}
	}

	/**
	 * Ends the participation on {@code day}: stopping needs a reason; a participation
	 * ends once, not before it started nor in the future.
	 */
	Deelname end(Einde how, LocalDate day, @Nullable String reason, LocalDate today) {
		if (ended()) {
			throw new RuleViolation("rule.report.ended-already");
		}
		if (how == null || day == null) {
			throw new RuleViolation("rule.report.end-incomplete");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (how == Einde.GESTOPT && why == null) {
			throw new RuleViolation("rule.report.stop-reason");
		}
		if (why != null && why.length() > 500) {
			throw new RuleViolation("rule.report.stop-reason-length", 500);
		}
		if (day.isBefore(gestartOp)) {
			throw new RuleViolation("rule.report.end-before-start", day, gestartOp);
		}
		if (day.isAfter(today)) {
			throw new RuleViolation("rule.report.future", day);
		}
		return new Deelname(id, productId, organisatieId, doorverwijzingId, householdId, personId, gemeente, gestartOp,
				how, day, why);
	}

}
