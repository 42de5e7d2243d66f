package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a caseload: a household with the names of its members, its last contact
 * moment and its open and overdue agreements, which decide how urgent it is; and the
 * marks other modules add ({@link CaseloadMarks}), as message keys.
 */
public record CaseloadEntry(HouseholdId id, String gemeente, String adres, LocalDate arrivalDate,
		List<String> memberNames, @Nullable LocalDate lastContact, int openAgreements, int overdueAgreements,
		List<String> marks) {

	public CaseloadEntry(HouseholdId id, String gemeente, String adres, LocalDate arrivalDate, List<String> memberNames,
			@Nullable LocalDate lastContact, int openAgreements, int overdueAgreements) {
		this(id, gemeente, adres, arrivalDate, memberNames, lastContact, openAgreements, overdueAgreements, List.of());
	}

	CaseloadEntry withMark(String mark) {
		var all = new ArrayList<>(marks);
		all.add(mark);
		return new CaseloadEntry(id, gemeente, adres, arrivalDate, memberNames, lastContact, openAgreements,
				overdueAgreements, List.copyOf(all));
	}

}
