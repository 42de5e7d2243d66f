package nl.verbinder.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * Consent (a {@link Grondslag} of kind toestemming) was withdrawn: from
 * {@code withdrawnAt} it covers nothing. The partner module stops the open referrals that
 * rested on it.
 *
 * @param withdrawnBy the case manager's account, in whose name the reactions run
 */
public record ConsentWithdrawn(UUID grondslag, UUID householdId, UUID organisatieId, Instant withdrawnAt,
		UUID withdrawnBy) {
}
