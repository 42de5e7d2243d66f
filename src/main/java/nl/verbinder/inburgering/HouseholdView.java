package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A household as shown to case managers and returned by the API. */
public record HouseholdView(HouseholdId id, String gemeente, String adres, String postcode, LocalDate arrivalDate,
		UUID caseManagerId, List<MemberView> members, long version) {

	public record MemberView(UUID personId, String voornaam, String achternaam, LocalDate geboortedatum,
			Gezinsrol gezinsrol) {
	}

	static HouseholdView of(Household h) {
		return new HouseholdView(h.id(), h.gemeente().value(), h.adres(), h.postcode(), h.arrivalDate(),
				h.caseManagerId(),
				h.members()
					.stream()
					.map(m -> new MemberView(m.personId(), m.voornaam(), m.achternaam(), m.geboortedatum(), m.gezinsrol()))
					.toList(),
				h.version());
	}
}
