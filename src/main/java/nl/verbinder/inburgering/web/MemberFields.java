package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.Inburgering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What both forms ask of one person: the registration (the first member) and a member who
 * joins later. Only the birth date differs: a newborn may join on the day it is born, so
 * each form declares it.
 */
public abstract class MemberFields {

	@NotBlank
	@Size(max = 200)
	private String voornaam = "";

	@NotBlank
	@Size(max = 200)
	private String achternaam = "";

	private Geslacht geslacht;

	private String geboorteland = "";

	private String nationaliteit = "";

	@PastOrPresent
	@PlausibleDate(yearsAhead = 0)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate verblijfsvergunning;

	@BsnFormat
	private String bsn = "";

	@Pattern(regexp = "(\\d{10})?", message = "{validation.v-nummer}")
	private String vnummer = "";

	/** Set when the case manager confirmed that a probable duplicate is someone else. */
	private boolean bevestigd;

	public abstract LocalDate getGeboortedatum();

	/** The person as the household module takes them, with empty fields as absent. */
	Inburgering.NewMember toNewMember(Gezinsrol gezinsrol) {
		return new Inburgering.NewMember(voornaam.strip(), achternaam.strip(), getGeboortedatum(), gezinsrol, geslacht,
				HouseholdPages.blankToNull(geboorteland), HouseholdPages.blankToNull(nationaliteit),
				verblijfsvergunning, HouseholdPages.blankToNull(bsn), HouseholdPages.blankToNull(vnummer));
	}

	public String getVoornaam() {
		return voornaam;
	}

	public void setVoornaam(String v) {
		voornaam = v;
	}

	public String getAchternaam() {
		return achternaam;
	}

	public void setAchternaam(String v) {
		achternaam = v;
	}

	public Geslacht getGeslacht() {
		return geslacht;
	}

	public void setGeslacht(Geslacht v) {
		geslacht = v;
	}

	public String getGeboorteland() {
		return geboorteland;
	}

	public void setGeboorteland(String v) {
		geboorteland = v;
	}

	public String getNationaliteit() {
		return nationaliteit;
	}

	public void setNationaliteit(String v) {
		nationaliteit = v;
	}

	public LocalDate getVerblijfsvergunning() {
		return verblijfsvergunning;
	}

	public void setVerblijfsvergunning(LocalDate v) {
		verblijfsvergunning = v;
	}

	public String getBsn() {
		return bsn;
	}

	public void setBsn(String v) {
		bsn = v;
	}

	public String getVnummer() {
		return vnummer;
	}

	public void setVnummer(String v) {
		vnummer = v;
	}

	public boolean isBevestigd() {
		return bevestigd;
	}

	public void setBevestigd(boolean v) {
		bevestigd = v;
	}

}
