package nl.verbinder.inburgering;

import java.util.List;
import java.util.UUID;

/**
 * A household's inburgering file was destroyed because its retention period had passed
 * ({@link HouseholdFileRetention}): a module that keeps data about the household or its
 * members under the same relation may destroy its own now.
 */
public record HouseholdFileDestroyed(UUID householdId, String gemeente, List<UUID> personIds) {

	public HouseholdFileDestroyed {
		personIds = List.copyOf(personIds);
	}

}
