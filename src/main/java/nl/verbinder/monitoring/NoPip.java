package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Registered more than {@code weeks} weeks ago and no member has an established PIP: the
 * day after the term the signal is raised; it ends when a PIP is established.
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
		LocalDate due = facts.household().registeredOn().plusWeeks(weeks);
		return facts.household().pipEstablished() || !today.isAfter(due) ? Optional.empty() : Optional.of(due);
	}

}
