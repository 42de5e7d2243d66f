package nl.verbinder.appointment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.AppointmentTimeFields;
import nl.verbinder.appointment.Place;
import nl.verbinder.shared.RuleViolation;

/**
 * An appointment as the case manager plans it on the appointments page: date and time in
 * Dutch time (the shared {@link AppointmentTimeFields}), the place by its kind.
 */
public class PlanningForm extends AppointmentTimeFields {

	@NotBlank
	private String persoon = "";

	@NotBlank
	private String soort = "GESPREK";

	@NotBlank
	private String plaatsSoort = "ADRES";

	@Size(max = 200)
	private String locatie = "";

	@Size(max = 200)
	private String straat = "";

	@Size(max = 10)
	private String postcode = "";

	@Size(max = 100)
	private String plaats = "";

	@Size(max = 500)
	private String videoLink = "";

	@Size(max = 30)
	private String telefoon = "";

	@Size(max = 1000)
	private String aanwezigen = "";

	private boolean tolk;

	private boolean sleutelpersoon;

	public PlanningForm() {
		super(45);
	}

	/** The plan this form describes; a rule it breaks is refused with its message key. */
	Appointment.Plan toPlan() {
		Appointment.Kind kind;
		try {
			kind = Appointment.Kind.valueOf(soort);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("rule.invalid");
		}
		Place place = switch (plaatsSoort) {
			case "VIDEO" -> new Place.Video(videoLink);
			case "TELEFOON" -> new Place.Phone(telefoon);
			default -> new Place.AtAddress(locatie, straat, postcode, plaats);
		};
		UUID person;
		try {
			person = UUID.fromString(persoon);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("rule.appointment.person");
		}
		return new Appointment.Plan(person, kind, startsAt(), getMinuten(), place, Arrays.asList(aanwezigen.split(",")),
				tolk, sleutelpersoon);
	}

	public String getPersoon() {
		return persoon;
	}

	public void setPersoon(String v) {
		persoon = v;
	}

	public String getSoort() {
		return soort;
	}

	public void setSoort(String v) {
		soort = v;
	}

	public String getPlaatsSoort() {
		return plaatsSoort;
	}

	public void setPlaatsSoort(String v) {
		plaatsSoort = v;
	}

	public String getLocatie() {
		return locatie;
	}

	public void setLocatie(String v) {
		locatie = v;
	}

	public String getStraat() {
		return straat;
	}

	public void setStraat(String v) {
		straat = v;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String v) {
		postcode = v;
	}

	public String getPlaats() {
		return plaats;
	}

	public void setPlaats(String v) {
		plaats = v;
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

	public String getAanwezigen() {
		return aanwezigen;
	}

	public void setAanwezigen(String v) {
		aanwezigen = v;
	}

	public boolean isTolk() {
		return tolk;
	}

	public void setTolk(boolean v) {
		tolk = v;
	}

	public boolean isSleutelpersoon() {
		return sleutelpersoon;
	}

	public void setSleutelpersoon(boolean v) {
		sleutelpersoon = v;
	}

}
