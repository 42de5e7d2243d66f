package nl.verbinder.inburgering;

import java.util.UUID;

/**
 * A contact moment with a household was recorded, or one of its agreements was marked
 * done: what is known of the household's follow-up changed.
 *
 * @param by the account that recorded it, in whose name other modules react
 */
public record ContactRecorded(UUID householdId, String gemeente, UUID contactId, UUID by) {
}
