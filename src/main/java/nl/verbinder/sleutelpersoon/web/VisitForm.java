package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.verbinder.appointment.AppointmentTimeFields;
import nl.verbinder.sleutelpersoon.VisitPlanning;

/**
 * A key person's visit as the coordinator plans or moves it: date and time in Dutch time
 * (the shared {@link AppointmentTimeFields}), at the household's home, by video or by
 * phone, and when planning whether an interpreter comes.
 */
public class VisitForm extends AppointmentTimeFields {

	@NotNull
	private VisitPlanning.Where waar = VisitPlanning.Where.THUIS;

	@Size(max = 500)
	private String videoLink = "";

	@Size(max = 30)
	private String telefoon = "";

	private boolean tolk;

	private long versie = -1;

	public VisitForm() {
		super(60);
	}

	/** The plan this form describes; only called once the form is valid. */
	VisitPlanning.Plan toPlan() {
		return new VisitPlanning.Plan(startsAt(), getMinuten(), waar, videoLink, telefoon, tolk);
	}

	/** Where the visit moves to; only called once the form is valid. */
	VisitPlanning.Move toMove() {
		return new VisitPlanning.Move(startsAt(), getMinuten(), waar, videoLink, telefoon);
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

	public long getVersie() {
		return versie;
	}

	public void setVersie(long v) {
		versie = v;
	}

}
