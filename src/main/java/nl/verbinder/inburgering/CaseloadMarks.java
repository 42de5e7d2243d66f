package nl.verbinder.inburgering;

import java.util.Collection;
import java.util.Map;

/**
 * What another module adds to the lines of a caseload as a short mark (an appointment for
 * which the newcomer asked another time, say): per household a message key of the staff
 * bundle. Called by {@link Caseload#list} for the households of the page it read, after
 * it checked the caller's scope and restricted the transaction to it.
 */
public interface CaseloadMarks {

	Map<HouseholdId, String> marks(Collection<HouseholdId> households);

}
