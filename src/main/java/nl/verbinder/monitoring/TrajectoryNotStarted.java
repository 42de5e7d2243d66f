package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts;

/**
 * Zoetermeer's norm: a learning activity starts within {@code days} days of moving into
 * the municipality. A household with an inburgeraar or nareiziger of whom no plan has an
 * activity that runs or ran is signalled the day after the term (on the 14th day it is
 * still in time); it ends when an activity starts.
 */
record TrajectoryNotStarted(int days) implements SignalPolicy {

	TrajectoryNotStarted {
		SignalPolicy.atLeast(days, 1, "start-days");
	}

	@Override
	public SignalKind kind() {
		return SignalKind.TRAJECTORY_NOT_STARTED;
	}

	@Override
	public Optional<LocalDate> missed(SignalFacts facts, LocalDate today) {
		HouseholdFacts h = facts.household();
		boolean obliged = h.members()
			.stream()
			.anyMatch(m -> m.gezinsrol() == Gezinsrol.INBURGERAAR || m.gezinsrol() == Gezinsrol.NAREIZIGER);
		LocalDate due = h.arrivalDate().plusDays(days);
		return !obliged || h.firstActivityStart() != null || !today.isAfter(due) ? Optional.empty() : Optional.of(due);
	}

}
