package nl.verbinder.monitoring;

import nl.verbinder.shared.DutchTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import org.jspecify.annotations.Nullable;

/**
 * An open signal as a case manager sees it: the household with its members' names, the
 * kind, the due date that was missed, when it was raised, when it closed, and the
 * acknowledgement with its note, if any.
 */
public record SignalView(UUID id, HouseholdId household, String gemeente, List<String> memberNames, SignalKind kind,
		LocalDate dueOn, Instant raisedAt, @Nullable Instant closedAt, @Nullable Instant acknowledgedAt,
		@Nullable String note) {

	/** The day it was acknowledged, in the Netherlands. */
	public @Nullable LocalDate acknowledgedOn() {
		return acknowledgedAt == null ? null : LocalDate.ofInstant(acknowledgedAt, DutchTime.ZONE);
	}
}
