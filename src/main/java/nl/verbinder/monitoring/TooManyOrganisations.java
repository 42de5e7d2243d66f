package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * More than {@code max} organisations involved with the household now (the social map of
 * the partner module): newcomers drown in professionals and obligations. Raised with
 * today as its due date; it ends when fewer are involved.
 */
record TooManyOrganisations(int max) implements SignalPolicy {

	TooManyOrganisations {
		SignalPolicy.atLeast(max, 1, "max-organisations");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.TOO_MANY_ORGANISATIONS;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		return facts.organisations() > max ? Optional.of(today) : Optional.empty();
	}

}
