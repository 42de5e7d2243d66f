package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.Inburgering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A partner or child that the BRP gave with the person looked up, carried by the
 * registration form; registered with the household when {@code meenemen} stays ticked.
 */
public class HouseholdMemberRow {

	private boolean meenemen = true;

	@NotBlank
	@Size(max = 200)
	private String voornaam = "";

	@NotBlank
	@Size(max = 200)
	private String achternaam = "";

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate geboortedatum;

	@NotNull
	private Gezinsrol gezinsrol = Gezinsrol.KIND;

	@BsnFormat
	private String bsn = "";

	static HouseholdMemberRow of(String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol,
			String bsn) {
		var row = new HouseholdMemberRow();
		row.voornaam = voornaam;
		row.achternaam = achternaam;
		row.geboortedatum = geboortedatum;
		row.gezinsrol = gezinsrol;
		row.bsn = bsn == null ? "" : bsn;
		return row;
	}

	Inburgering.NewMember toNewMember() {
		return new Inburgering.NewMember(voornaam.strip(), achternaam.strip(), geboortedatum, gezinsrol, null, null,
				null, null, HouseholdPages.blankToNull(bsn), null);
	}

	public boolean isMeenemen() {
		return meenemen;
	}

	public void setMeenemen(boolean v) {
		meenemen = v;
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

	public LocalDate getGeboortedatum() {
		return geboortedatum;
	}

	public void setGeboortedatum(LocalDate v) {
		geboortedatum = v;
	}

	public Gezinsrol getGezinsrol() {
		return gezinsrol;
	}

	public void setGezinsrol(Gezinsrol v) {
		gezinsrol = v;
	}

	public String getBsn() {
		return bsn;
	}

	public void setBsn(String v) {
		bsn = v;
	}

}
