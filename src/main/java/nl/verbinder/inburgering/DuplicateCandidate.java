package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;

/** A person already registered who may be the one being registered now. */
public record DuplicateCandidate(UUID personId, HouseholdId householdId, String naam, LocalDate geboortedatum,
		String gemeente) {
}
