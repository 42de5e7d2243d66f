package nl.verbinder.inburgering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration form; kept whole when it comes back with errors, so nothing typed is
 * lost.
 */
class RegistrationForm extends MemberFields {

	@NotBlank
	private String gemeente = "";

	@NotBlank
	@Size(max = 300)
	private String adres = "";

	@NotBlank
	@Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{validation.postcode}")
	private String postcode = "";

	@NotNull
	@PlausibleDate(yearsAhead = 1)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate aankomstdatum;

	@NotNull
	@Past
	@PlausibleDate(from = 1900, yearsAhead = 0)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate geboortedatum;

	/** The partners and children a BRP lookup gave, to register with the household. */
	@Valid
	@Size(max = 19)
	private List<HouseholdMemberRow> gezinsleden = new ArrayList<>();

	public List<HouseholdMemberRow> getGezinsleden() {
		return gezinsleden;
	}

	public void setGezinsleden(List<HouseholdMemberRow> v) {
		gezinsleden = v;
	}

	public String getGemeente() {
		return gemeente;
	}

	public void setGemeente(String v) {
		gemeente = v;
	}

	public String getAdres() {
		return adres;
	}

	public void setAdres(String v) {
		adres = v;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String v) {
		postcode = v;
	}

	public LocalDate getAankomstdatum() {
		return aankomstdatum;
	}

	public void setAankomstdatum(LocalDate v) {
		aankomstdatum = v;
	}

	@Override
	public LocalDate getGeboortedatum() {
		return geboortedatum;
	}

	public void setGeboortedatum(LocalDate v) {
		geboortedatum = v;
	}

}
