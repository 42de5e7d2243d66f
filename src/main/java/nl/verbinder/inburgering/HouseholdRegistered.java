package nl.verbinder.inburgering;

import java.time.Instant;
import java.util.UUID;

/**
 * A household was registered in a municipality: by its case manager, or for its intake
 * after a published placement. Ids and codes only.
 *
 * @param householdId the new household
 * @param gemeente the municipality (CBS code) that guides it
 * @param registeredAt when it was registered
 */
public record HouseholdRegistered(UUID householdId, String gemeente, Instant registeredAt) {
}
