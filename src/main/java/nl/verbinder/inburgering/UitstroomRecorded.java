package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's outflow was recorded: where they went on to, from which day.
 *
 * @param by the account that recorded it, in whose name other modules react
 */
public record UitstroomRecorded(UUID personId, UUID householdId, String gemeente, UitstroomSoort soort,
		LocalDate startDate, UUID by) {
}
