package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A referral the partner has not answered more than {@code graceDays} days after its
 * reply date (0: the day after it); it ends when the partner answers or the referral is
 * withdrawn.
 */
record ReferralUnanswered(int graceDays) implements SignalPolicy {

	ReferralUnanswered {
		SignalPolicy.atLeast(graceDays, 0, "referral-grace-days");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.REFERRAL_UNANSWERED;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		LocalDate due = facts.unansweredReferralDue();
		return due == null || !today.isAfter(due.plusDays(graceDays)) ? Optional.empty() : Optional.of(due);
	}

}
