package nl.verbinder.inburgering;

import java.util.UUID;

/**
 * A household's financial unburdening was arranged or changed (its period, or the
 * follow-up agreed for when it ends).
 *
 * @param by the account that recorded it, in whose name other modules react
 */
public record OntzorgingRecorded(UUID householdId, String gemeente, UUID by) {
}
