package nl.verbinder.appointment;

import java.util.Objects;
import java.util.UUID;

/** The identity of an appointment. */
public record AppointmentId(UUID value) {

	public AppointmentId {
		Objects.requireNonNull(value, "value");
	}

	public static AppointmentId random() {
		return new AppointmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
