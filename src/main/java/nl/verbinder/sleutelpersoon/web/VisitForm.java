package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.PlausibleDate;
import nl.verbinder.sleutelpersoon.VisitPlanning;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A key person's visit as the coordinator plans it: date and time in Dutch time, at the
 * household's home, by video or by phone, and whether an interpreter comes.
 */
public class VisitForm {

	@NotNull
	@PlausibleDate(yearsAhead = 2)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate datum;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private @Nullable LocalTime tijd;

	private int minuten = 60;

	@NotNull
	private VisitPlanning.Where waar = VisitPlanning.Where.THUIS;

	@Size(max = 500)
	private String videoLink = "";

	@Size(max = 30)
	private String telefoon = "";

	private boolean tolk;

	/** The plan this form describes; only called once the form is valid. */
	VisitPlanning.Plan toPlan() {
		if (datum == null || tijd == null) {
			throw new IllegalStateException("A valid form has a date and a time");
		}
		return new VisitPlanning.Plan(ZonedDateTime.of(datum, tijd, DutchTime.ZONE).toInstant(), minuten, waar,
				videoLink, telefoon, tolk);
	}

	public @Nullable LocalDate getDatum() {
		return datum;
	}

	public void setDatum(@Nullable LocalDate v) {
		datum = v;
	}

	public @Nullable LocalTime getTijd() {
		return tijd;
	}

	public void setTijd(@Nullable LocalTime v) {
		tijd = v;
	}

	public int getMinuten() {
		return minuten;
	}

	public void setMinuten(int v) {
		minuten = v;
	}

	public VisitPlanning.Where getWaar() {
		return waar;
	}

	public void setWaar(VisitPlanning.Where v) {
		waar = v;
	}

	public String getVideoLink() {
		return videoLink;
	}

	public void setVideoLink(String v) {
		videoLink = v;
	}

	public String getTelefoon() {
		return telefoon;
	}

	public void setTelefoon(String v) {
		telefoon = v;
	}

	public boolean isTolk() {
		return tolk;
	}

	public void setTolk(boolean v) {
		tolk = v;
	}

}
