package nl.verbinder.portal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A newcomer changed their wishes and talents in the portal: what they can do and would
 * like (their own words), their interests, hours a week and free days (none: any day).
 * {@code changedBy} is the newcomer's account, in whose name reactions run.
 */
public record WishesChanged(UUID personId, UUID householdId, String gemeente, String voornaam, String talenten,
		String wensen, Set<String> interesses, int urenPerWeek, Set<DayOfWeek> dagen, Instant changedAt,
		UUID changedBy) {

	public WishesChanged {
		interesses = Set.copyOf(interesses);
		dagen = Set.copyOf(dagen);
	}
}
