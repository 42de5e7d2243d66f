package nl.verbinder.appointment.web;

import jakarta.validation.constraints.Size;
import nl.verbinder.appointment.AppointmentTimeFields;
import nl.verbinder.appointment.Place;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Where and when an appointment takes place, as the case manager's forms take it: the
 * time (the shared {@link AppointmentTimeFields}) and the place by its kind
 * ({@code ADRES}, {@code VIDEO}, {@code TELEFOON}) with the fields of each. The planning
 * form and the form that moves an appointment extend it; the fields are rendered by the
 * {@code appointment-place} fragment of {@code fragments.html}.
 */
public abstract class PlaceFields extends AppointmentTimeFields {

	private String plaatsSoort;

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

	protected PlaceFields(int minutes, String placeKind) {
		super(minutes);
		this.plaatsSoort = placeKind;
	}

	/**
	 * The place these fields describe; {@code null} when no kind was chosen. A place that
	 * breaks its rules, or an unknown kind, is refused with its message key.
	 */
	@Nullable Place place() {
		return switch (plaatsSoort) {
			case "" -> null;
			case "ADRES" -> new Place.AtAddress(locatie, straat, postcode, plaats);
			case "VIDEO" -> new Place.Video(videoLink);
			case "TELEFOON" -> new Place.Phone(telefoon);
			default -> throw new RuleViolation("rule.invalid");
		};
	}

	/**
	 * The field a refused place is shown at: the one the chosen kind needs most (the
	 * street for an address), or the choice of kind itself when it was unknown.
	 */
	String placeField() {
		return switch (plaatsSoort) {
			case "ADRES" -> "straat";
			case "VIDEO" -> "videoLink";
			case "TELEFOON" -> "telefoon";
			default -> "plaatsSoort";
		};
	}

	public String getPlaatsSoort() {
		return plaatsSoort;
	}

	public void setPlaatsSoort(@Nullable String v) {
		plaatsSoort = v == null ? "" : v.strip();
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

}
