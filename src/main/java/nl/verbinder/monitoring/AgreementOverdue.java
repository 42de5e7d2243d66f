package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An open agreed next step more than {@code graceDays} days past its due date (0: the day
 * after it); it ends when every overdue step is done.
 */
record AgreementOverdue(int graceDays) implements SignalPolicy {

	AgreementOverdue {
		SignalPolicy.atLeast(graceDays, 0, "agreement-grace-days");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.AGREEMENT_OVERDUE;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		LocalDate deadline = facts.household().earliestOpenDeadline();
		return deadline == null || !today.isAfter(deadline.plusDays(graceDays)) ? Optional.empty()
				: Optional.of(deadline);
	}

}
