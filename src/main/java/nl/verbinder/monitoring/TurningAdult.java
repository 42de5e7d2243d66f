package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A young person turns 18 within {@code months} months (from youth law to adult law) and
 * no transition agreement was made with the household: raised {@code months} months
 * before the 18th birthday, up to and including that day; its due date is the birthday.
 * It ends with a transition agreement (a contact agreement of kind {@code OVERGANG_18}),
 * or the day after the birthday.
 */
record TurningAdult(int months) implements SignalPolicy {

	TurningAdult {
		SignalPolicy.atLeast(months, 1, "adult-months");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.TURNING_ADULT;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		if (facts.household().transitionAgreement()) {
			return Optional.empty();
		}
		return facts.household()
			.members()
			.stream()
			.map(m -> m.turns(18))
			.filter(birthday -> !today.isAfter(birthday) && !today.isBefore(birthday.minusMonths(months)))
			.min(Comparator.naturalOrder());
	}

}
