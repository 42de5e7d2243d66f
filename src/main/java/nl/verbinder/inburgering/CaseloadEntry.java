package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a caseload: a household with the names of its members, its last contact
 * moment and its open and overdue agreements, which decide how urgent it is.
 */
public record CaseloadEntry(HouseholdId id, String gemeente, String adres, LocalDate arrivalDate,
		List<String> memberNames, @Nullable LocalDate lastContact, int openAgreements, int overdueAgreements) {
}
