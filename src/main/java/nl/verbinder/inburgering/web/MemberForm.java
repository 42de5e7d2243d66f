package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Gezinsrol;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A member who joins the household later (a nareiziger, a newborn), as entered on the
 * household page.
 */
public class MemberForm extends MemberFields {

	private long versie;

	@NotNull
	@PastOrPresent
	@PlausibleDate(from = 1900, yearsAhead = 0)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate geboortedatum;

	@NotNull
	private Gezinsrol gezinsrol = Gezinsrol.KIND;

	public long getVersie() {
		return versie;
	}

	public void setVersie(long v) {
		versie = v;
	}

	@Override
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

}
