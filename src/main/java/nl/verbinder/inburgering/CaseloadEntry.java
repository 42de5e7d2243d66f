package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;

/** One line of a caseload: a household with the names of its members. */
public record CaseloadEntry(HouseholdId id, String gemeente, String adres, LocalDate arrivalDate,
		List<String> memberNames) {
}
