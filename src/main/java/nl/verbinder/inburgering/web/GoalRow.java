package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Domein;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One goal as a form row; a row left empty is no goal. */
public class GoalRow {

	Domein domein = Domein.TAAL_EN_COMMUNICATIE;

	@Size(max = 500)
	String omschrijving = "";

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate streefdatum;

	@Size(max = 3000)
	String stappen = "";

	public Domein getDomein() {
		return domein;
	}

	public void setDomein(Domein v) {
		domein = v;
	}

	public String getOmschrijving() {
		return omschrijving;
	}

	public void setOmschrijving(String v) {
		omschrijving = v;
	}

	public LocalDate getStreefdatum() {
		return streefdatum;
	}

	public void setStreefdatum(LocalDate v) {
		streefdatum = v;
	}

	public String getStappen() {
		return stappen;
	}

	public void setStappen(String v) {
		stappen = v;
	}

	boolean blank() {
		return omschrijving.isBlank() && streefdatum == null && stappen.isBlank();
	}

}
