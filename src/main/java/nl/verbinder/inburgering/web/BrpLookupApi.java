package nl.verbinder.inburgering.web;

import nl.verbinder.brp.Brp;
import nl.verbinder.brp.BrpPerson;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.Bsn;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person looked up in the BRP by BSN, in the shape of a registration
 * ({@code POST /api/v1/huishoudens}): the BSN goes in the body, never in the URL, so that
 * it stays out of access logs.
 */
@RestController
@RequestMapping("/api/v1")
class BrpLookupApi {

	private final Brp brp;

	private final AccessControl access;

	private final ReferenceData reference;

	BrpLookupApi(Brp brp, AccessControl access, ReferenceData reference) {
		this.brp = brp;
		this.access = access;
		this.reference = reference;
	}

	record LookupRequest(@NotBlank @BsnFormat String bsn) {
	}

	/**
	 * What the BRP knows of the person, as the registration takes it: countries as ISO
	 * codes, {@code gemeente} only where the caller may register, the partners and
	 * children in {@code gezinsleden}.
	 */
	record PersonResource(String bsn, @Nullable String voornaam, @Nullable String achternaam,
			@Nullable LocalDate geboortedatum, @Nullable Geslacht geslacht, @Nullable String geboorteland,
			@Nullable String nationaliteit, @Nullable String adres, @Nullable String postcode,
			@Nullable String gemeente, List<MemberResource> gezinsleden) {
	}

	record MemberResource(@Nullable String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
			Gezinsrol gezinsrol) {
	}

	@PostMapping("/personen/brp-raadplegingen")
	PersonResource lookUp(@Valid @RequestBody LookupRequest request) {
		BrpPerson person = brp.lookUp(Bsn.of(request.bsn()));
		var mayRegisterIn = access.scopeFor(Permission.HOUSEHOLD_WRITE).gemeenten();
		return new PersonResource(person.bsn(), person.voornamen(), person.achternaam(), person.geboortedatum(),
				BrpTakeover.geslacht(person.geslacht()), BrpTakeover.birthCountry(person, reference).orElse(null),
				BrpTakeover.nationality(person).orElse(null), person.adres() == null ? null : person.adres().line(),
				person.adres() == null ? null : person.adres().postcode(),
				BrpTakeover.gemeente(person, mayRegisterIn).map(g -> g.value()).orElse(null),
				BrpTakeover.members(person)
					.stream()
					.map(m -> new MemberResource(HouseholdPages.blankToNull(m.getBsn()), m.getVoornaam(),
							m.getAchternaam(), m.getGeboortedatum(), m.getGezinsrol()))
					.toList());
	}

}
