package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.PipInhoud;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One activity as a form row; a row left empty is no activity. */
public class ActivityRow {

	@Size(max = 200)
	String aanbieder = "";

	@Size(max = 300)
	String omschrijving = "";

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate start;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	LocalDate einde;

	@Min(0)
	@Max(40)
	int urenPerWeek;

	PipInhoud.ActiviteitStatus status = PipInhoud.ActiviteitStatus.GEPLAND;

	/** The contracted product the activity is, if it is a purchased one. */
	UUID product;

	public UUID getProduct() {
		return product;
	}

	public void setProduct(UUID v) {
		product = v;
	}

	public String getAanbieder() {
		return aanbieder;
	}

	public void setAanbieder(String v) {
		aanbieder = v;
	}

	public String getOmschrijving() {
		return omschrijving;
	}

	public void setOmschrijving(String v) {
		omschrijving = v;
	}

	public LocalDate getStart() {
		return start;
	}

	public void setStart(LocalDate v) {
		start = v;
	}

	public LocalDate getEinde() {
		return einde;
	}

	public void setEinde(LocalDate v) {
		einde = v;
	}

	public int getUrenPerWeek() {
		return urenPerWeek;
	}

	public void setUrenPerWeek(int v) {
		urenPerWeek = v;
	}

	public PipInhoud.ActiviteitStatus getStatus() {
		return status;
	}

	public void setStatus(PipInhoud.ActiviteitStatus v) {
		status = v;
	}

	boolean blank() {
		return aanbieder.isBlank() && omschrijving.isBlank() && start == null && einde == null && urenPerWeek == 0
				&& product == null;
	}

}
