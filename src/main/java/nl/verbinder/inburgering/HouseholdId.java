package nl.verbinder.inburgering;

import java.util.UUID;
import java.util.NoSuchElementException;
import java.util.Objects;

public record HouseholdId(UUID value) {

	public HouseholdId {
		Objects.requireNonNull(value, "value");
	}

	public static HouseholdId of(String value) {
		try {
			return new HouseholdId(UUID.fromString(value));
		}
		catch (IllegalArgumentException e) {
			throw new NoSuchElementException("No household " + value);
		}
	}

	@Override
	@com.fasterxml.jackson.annotation.JsonValue
	public String toString() {
		return value.toString();
	}
}
