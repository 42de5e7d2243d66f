package nl.verbinder.inburgering;

import java.util.UUID;

/**
 * A part of a person's integration obligation was recorded as completed outside a
 * purchased trajectory, or such a record was withdrawn.
 *
 * @param by the account that recorded it, in whose name other modules react
 */
public record AfrondingRecorded(UUID personId, UUID householdId, String gemeente, UUID by) {
}
