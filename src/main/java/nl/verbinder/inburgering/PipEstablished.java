package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A PIP version was established (vastgesteld) as a decision: the first one, or a later
 * change.
 *
 * @param householdId the household of the person, whose partners may need to know
 * @param establishedBy the case manager's account, in whose name other modules react
 */
public record PipEstablished(UUID pipId, UUID personId, UUID householdId, String gemeente, int version,
		String leerroute, LocalDate establishedOn, LocalDate termEnd, UUID establishedBy) {

	public boolean isChange() {
		return version > 1;
	}
}
