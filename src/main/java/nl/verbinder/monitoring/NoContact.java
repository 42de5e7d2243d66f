package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import nl.verbinder.inburgering.HouseholdFacts;

/**
 * No contact moment with the household for {@code days} days: counted from the last
 * contact, or from the registration when there was none. On the {@code days}-th day
 * without contact the signal is raised; a contact ends it.
 */
record NoContact(int days) implements SignalPolicy {

	NoContact {
		SignalPolicy.atLeast(days, 1, "no-contact-days");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.NO_CONTACT;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		HouseholdFacts h = facts.household();
		LocalDate from = h.lastContact() != null ? h.lastContact() : h.registeredOn();
		LocalDate due = from.plusDays(days);
		return today.isBefore(due) ? Optional.empty() : Optional.of(due);
	}

}
