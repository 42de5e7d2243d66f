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
 * kind, its due date, when it was raised, when it closed, how it was handled (the action
 * taken) and whether it was dismissed (with the reason), if so.
 */
public record SignalView(UUID id, HouseholdId household, String gemeente, List<String> memberNames, SignalKind kind,
		LocalDate dueOn, Instant raisedAt, @Nullable Instant closedAt, @Nullable Instant acknowledgedAt,
		@Nullable String note, @Nullable Instant dismissedAt, @Nullable String dismissalReason) {

	/** This signal with its household's members' names. */
	SignalView named(List<String> names) {
		return new SignalView(id, household, gemeente, List.copyOf(names), kind, dueOn, raisedAt, closedAt,
				acknowledgedAt, note, dismissedAt, dismissalReason);
	}

	/** Whether it is still on the list: neither closed nor dismissed. */
	public boolean open() {
		return closedAt == null && dismissedAt == null;
	}

	/** The day it was dismissed, in the Netherlands. */
	public @Nullable LocalDate dismissedOn() {
		return dismissedAt == null ? null : LocalDate.ofInstant(dismissedAt, DutchTime.ZONE);
	}

	/** The day it was handled, in the Netherlands. */
	public @Nullable LocalDate acknowledgedOn() {
		return acknowledgedAt == null ? null : LocalDate.ofInstant(acknowledgedAt, DutchTime.ZONE);
	}
}
