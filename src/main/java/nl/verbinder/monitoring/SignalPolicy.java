package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One rule that raises a signal: whether it holds for a household today, and if so its
 * due date (the end of the term that was not met, or the day by which something must be
 * done). Each rule is a small named record with its threshold, tested at its edges in
 * {@code SignalPolicyTests}.
 */
sealed interface SignalPolicy permits NoContact, NoPip, AgreementOverdue, PlanStillDraft, ReferralUnanswered,
		PartnerOutOfView, TurningAdult, TooManyOrganisations, TrajectoryNotStarted, LessonNormMissed,
		AttendanceDropping, TermDeadlineNear, OntzorgingMissing {

	SignalKind kind();

	/**
	 * The due date, when the rule holds for {@code facts} on {@code today}; empty
	 * otherwise.
	 */
	Optional<LocalDate> missed(SignalFacts facts, LocalDate today);

	/** Refuses a threshold below {@code min} with the key of its setting. */
	static int atLeast(int value, int min, String setting) {
		if (value < min) {
			throw new IllegalArgumentException("verbinder.signals." + setting + " must be at least " + min);
		}
		return value;
	}

}
