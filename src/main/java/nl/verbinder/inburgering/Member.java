package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A member of a household; {@code personId} identifies the person across the system. */
@Table(schema = "inburgering", name = "household_member")
record Member(UUID personId, String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol) {

	Member {
		voornaam = require(voornaam, "voornaam");
		achternaam = require(achternaam, "achternaam");
		if (geboortedatum == null || geboortedatum.isBefore(LocalDate.of(1900, 1, 1))) {
			throw new IllegalArgumentException("geboortedatum is missing or before 1900");
		}
		if (gezinsrol == null) {
			throw new IllegalArgumentException("gezinsrol is missing");
		}
	}

	private static String require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		if (value.length() > 200) {
			throw new IllegalArgumentException(field + " is longer than 200 characters");
		}
		return value.strip();
	}
}
