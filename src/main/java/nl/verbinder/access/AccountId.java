package nl.verbinder.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) implements Serializable {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	@JsonValue
	public String toString() {
		return value.toString();
	}
}
