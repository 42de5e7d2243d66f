package nl.verbinder.appointment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.Place;
import nl.verbinder.shared.RuleViolation;

/**
 * An appointment as the case manager plans it on the appointments page: date and time in
 * Dutch time and the place by its kind (the shared {@link PlaceFields}), who it is with
 * and who comes.
 */
public class PlanningForm extends PlaceFields {

	@NotBlank
	private String persoon = "";

	@NotBlank
	private String soort = "GESPREK";

	@Size(max = 1000)
	private String aanwezigen = "";

	private boolean tolk;

	private boolean sleutelpersoon;

	public PlanningForm() {
		super(45, "ADRES");
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
		Place place = place();
		if (place == null) {
			throw new RuleViolation("rule.appointment.address");
		}
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
