package nl.verbinder.access;

import java.util.UUID;

public record AccountId(UUID value) {

	public AccountId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	@com.fasterxml.jackson.annotation.JsonValue
	public String toString() {
		return value.toString();
	}
}
