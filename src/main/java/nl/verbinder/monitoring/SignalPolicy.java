package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import nl.verbinder.inburgering.HouseholdFacts;

/**
 * One rule that raises a signal: whether it holds for a household today, and if so since
 * which due date (the end of the term that was not met). Each policy is small, named and
 * tested at its edges.
 */
sealed interface SignalPolicy permits SignalPolicy.NoContact, SignalPolicy.NoPip, SignalPolicy.AgreementOverdue {

	SignalKind kind();

	/**
	 * The due date that was missed, when the rule holds for {@code facts} on
	 * {@code today}; empty otherwise.
	 */
	Optional<LocalDate> missed(HouseholdFacts facts, LocalDate today);

	/**
	 * No contact moment for {@code days} days: counted from the last contact, or from the
	 * registration when there was none. On the {@code days}-th day without contact the
	 * signal is raised.
	 */
	record NoContact(int days) implements SignalPolicy {

		public NoContact {
			if (days < 1) {
				throw new IllegalArgumentException("verbinder.signals.no-contact-days must be at least 1");
			}
		}

		@Override
		public SignalKind kind() {
			return SignalKind.NO_CONTACT;
		}

		@Override
		public Optional<LocalDate> missed(HouseholdFacts facts, LocalDate today) {
			LocalDate from = facts.lastContact() != null ? facts.lastContact() : facts.registeredOn();
			LocalDate due = from.plusDays(days);
			return today.isBefore(due) ? Optional.empty() : Optional.of(due);
		}
	}

	/**
	 * Registered more than {@code weeks} weeks ago and no member has an established PIP:
	 * the day after the term the signal is raised; it ends when a PIP is established.
	 */
	record NoPip(int weeks) implements SignalPolicy {

		public NoPip {
			if (weeks < 1) {
				throw new IllegalArgumentException("verbinder.signals.pip-weeks must be at least 1");
			}
		}

		@Override
		public SignalKind kind() {
			return SignalKind.NO_PIP;
		}

		@Override
		public Optional<LocalDate> missed(HouseholdFacts facts, LocalDate today) {
			LocalDate due = facts.registeredOn().plusWeeks(weeks);
			return facts.pipEstablished() || !today.isAfter(due) ? Optional.empty() : Optional.of(due);
		}
	}

	/**
	 * An open agreed next step more than {@code graceDays} days past its due date (0: the
	 * day after it); it ends when every overdue step is done.
	 */
	record AgreementOverdue(int graceDays) implements SignalPolicy {

		public AgreementOverdue {
			if (graceDays < 0) {
				throw new IllegalArgumentException("verbinder.signals.agreement-grace-days must not be negative");
			}
		}

		@Override
		public SignalKind kind() {
			return SignalKind.AGREEMENT_OVERDUE;
		}

		@Override
		public Optional<LocalDate> missed(HouseholdFacts facts, LocalDate today) {
			LocalDate deadline = facts.earliestOpenDeadline();
			return deadline == null || !today.isAfter(deadline.plusDays(graceDays)) ? Optional.empty()
					: Optional.of(deadline);
		}
	}

}
