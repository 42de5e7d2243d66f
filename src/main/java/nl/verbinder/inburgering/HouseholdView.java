package nl.verbinder.inburgering;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import java.util.NoSuchElementException;

/** A household as shown to case managers and returned by the API. */
public record HouseholdView(HouseholdId id, String gemeente, String adres, String postcode,
		@JsonProperty("aankomstdatum") LocalDate arrivalDate, @JsonProperty("consulentId") UUID caseManagerId,
		@JsonProperty("leden") List<MemberView> members, @JsonProperty("versie") long version) {

	public record MemberView(@JsonProperty("persoonId") UUID personId, String voornaam, String achternaam,
			LocalDate geboortedatum, Gezinsrol gezinsrol, @Nullable Geslacht geslacht, @Nullable String geboorteland,
			@Nullable String nationaliteit, @Nullable LocalDate verblijfsvergunning, Regime regime,
			@Nullable String bsn, @Nullable String vNummer) {

		/** The BSN with only its last three digits, for screens. */
		public @Nullable String bsnMasked() {
			return bsn == null ? null : "******" + bsn.substring(6);
		}
	}

	/**
	 * Placed in the municipality by a published placement and still waiting for a house
	 * (in the asylum centre named by {@link #adres()}): such a household has no postcode
	 * yet, every household registered in its house has one. The arrival date is then the
	 * day of placement, not a day it settled.
	 */
	public boolean awaitsHousing() {
		return postcode.isBlank();
	}

	/** The member with this person id; "not found" for anyone else. */
	public MemberView member(UUID personId) {
		return members.stream()
			.filter(m -> m.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No member " + personId + " in this household"));
	}

	static HouseholdView of(Household h) {
		return new HouseholdView(h.id(), h.gemeente().value(), h.adres(), h.postcode(), h.arrivalDate(),
				h.caseManagerId(),
				h.members()
					.stream()
					.map(m -> new MemberView(m.personId(), m.voornaam(), m.achternaam(), m.geboortedatum(),
							m.gezinsrol(), m.geslacht(), m.geboorteland(), m.nationaliteit(), m.verblijfsvergunning(),
							m.regime(), m.bsn(), m.vNummer()))
					.toList(),
				h.version());
	}
}
