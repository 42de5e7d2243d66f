package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Moved into the municipality more than {@code weeks} weeks ago and no member has an
 * established PIP: the day after the term the signal is raised; it ends when a PIP is
 * established. Counted from the arrival, not the registration: a household registered
 * late (or early, before a placement's arrival) is due by the same day.
 */
record NoPip(int weeks) implements SignalPolicy {

	NoPip {
		SignalPolicy.atLeast(weeks, 1, "pip-weeks");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.NO_PIP;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		LocalDate due = facts.household().arrivalDate().plusWeeks(weeks);
		return facts.household().pipEstablished() || !today.isAfter(due) ? Optional.empty() : Optional.of(due);
	}

}
