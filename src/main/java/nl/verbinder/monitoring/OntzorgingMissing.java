package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.Ontzorging;

/**
 * Financial unburdening (ontzorgen) in the first {@code months} months after moving in is
 * not arranged, or it ended without a follow-up (the product brief's capability 7: the
 * unburdening of the first 6 months often fails [A]).
 * <ul>
 * <li>Not arranged: from the day the household moved in up to the day before the
 * {@code months}-month anniversary, due on the day it moved in (when the unburdening
 * should have begun). From the anniversary on, arranging the first months is no longer
 * the point: a case manager cannot act on a past term.</li>
 * <li>Ended without a follow-up: from the day after its last day, due on that day, up to
 * the day before the {@code followUpMonths}-month anniversary of its last day. The day it
 * ends is still in time. The follow-up matters while the household starts paying its
 * fixed costs itself, when arrears begin; once that time has passed without one, a
 * follow-up is no longer what the signal asks, and the municipality's early warning of
 * debts (vroegsignalering) takes over.</li>
 * </ul>
 * It ends when it is arranged, a follow-up is agreed, or its time is over (the nightly
 * run closes it then).
 */
record OntzorgingMissing(int months, int followUpMonths) implements SignalPolicy {

	OntzorgingMissing {
		SignalPolicy.atLeast(months, 1, "ontzorgen-months");
		SignalPolicy.atLeast(followUpMonths, 1, "ontzorgen-follow-up-months");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.ONTZORGING_MISSING;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		HouseholdFacts household = facts.household();
		Ontzorging ontzorging = household.ontzorging();
		if (ontzorging == null) {
			LocalDate arrival = household.arrivalDate();
			boolean inFirstMonths = !today.isBefore(arrival) && today.isBefore(arrival.plusMonths(months));
			return inFirstMonths ? Optional.of(arrival) : Optional.empty();
		}
		LocalDate end = ontzorging.tot();
		if (end != null && ontzorging.endedBefore(today) && !ontzorging.vervolgAfgesproken()
				&& today.isBefore(end.plusMonths(followUpMonths))) {
			return Optional.of(end);
		}
		return Optional.empty();
	}

}
