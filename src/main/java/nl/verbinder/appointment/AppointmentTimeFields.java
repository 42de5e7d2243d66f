package nl.verbinder.appointment;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * When an appointment takes place, as forms take it: a date and a time of day in Dutch
 * time and the minutes it lasts. The case manager's planning form and the coordinator's
 * visit forms extend it; the fields are rendered by the {@code appointment-time} fragment
 * of {@code fragments.html}. The minutes are checked by the appointment itself (a rule
 * with its reason).
 */
public abstract class AppointmentTimeFields {

	@NotNull
	@PlausibleDate(yearsAhead = 2)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate datum;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private @Nullable LocalTime tijd;

	private int minuten;

	protected AppointmentTimeFields(int minutes) {
		this.minuten = minutes;
	}

	/** The start as an instant; only called once the form is valid. */
	public Instant startsAt() {
		if (datum == null || tijd == null) {
			throw new IllegalStateException("A valid form has a date and a time");
		}
		return ZonedDateTime.of(datum, tijd, DutchTime.ZONE).toInstant();
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

}
