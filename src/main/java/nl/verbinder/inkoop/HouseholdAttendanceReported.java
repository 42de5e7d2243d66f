package nl.verbinder.inkoop;

import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.shared.GemeenteCode;

/**
 * A provider reported attendance of participants of one household: published once per
 * household per report (a row reported on its own, or a whole file), after that report's
 * {@link AttendanceReported} events and in the same transaction, so a refused file
 * publishes neither. For reactions to a household's attendance having changed rather than
 * to each row: a file of 3,000 rows about nine households publishes nine of these.
 * {@code deelnameIds} are the participations reported on, {@code rows} the rows stored
 * for the household; {@code reportedBy} is the partner worker.
 */
public record HouseholdAttendanceReported(UUID householdId, GemeenteCode gemeente, List<UUID> deelnameIds, int rows,
		AccountId reportedBy) {

	public HouseholdAttendanceReported {
		deelnameIds = List.copyOf(deelnameIds);
	}

}
