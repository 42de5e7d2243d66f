package nl.verbinder.inburgering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.verbinder.inburgering.AfspraakSoort;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A contact moment as entered on the household page, with at most one agreed next step.
 */
public class ContactForm {

	@NotNull
	@PastOrPresent
	@PlausibleDate(yearsAhead = 0)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate datum;

	@NotBlank
	private String kanaal = "HUISBEZOEK";

	@Size(max = 1000)
	private String aanwezigen = "";

	@NotBlank
	private String vertolking = "GEEN";

	@Size(max = 20)
	private String taal = "";

	@NotBlank
	@Size(max = 4000)
	private String samenvatting = "";

	@Size(max = 500)
	private String afspraak = "";

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deadline;

	private AfspraakSoort afspraakSoort = AfspraakSoort.STAP;

	public LocalDate getDatum() {
		return datum;
	}

	public void setDatum(LocalDate v) {
		datum = v;
	}

	public String getKanaal() {
		return kanaal;
	}

	public void setKanaal(String v) {
		kanaal = v;
	}

	public String getAanwezigen() {
		return aanwezigen;
	}

	public void setAanwezigen(String v) {
		aanwezigen = v;
	}

	public String getVertolking() {
		return vertolking;
	}

	public void setVertolking(String v) {
		vertolking = v;
	}

	public String getTaal() {
		return taal;
	}

	public void setTaal(String v) {
		taal = v;
	}

	public String getSamenvatting() {
		return samenvatting;
	}

	public void setSamenvatting(String v) {
		samenvatting = v;
	}

	public String getAfspraak() {
		return afspraak;
	}

	public void setAfspraak(String v) {
		afspraak = v;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDate v) {
		deadline = v;
	}

	public AfspraakSoort getAfspraakSoort() {
		return afspraakSoort;
	}

	public void setAfspraakSoort(AfspraakSoort v) {
		afspraakSoort = v == null ? AfspraakSoort.STAP : v;
	}

}
