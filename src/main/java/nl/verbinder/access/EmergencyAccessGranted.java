package nl.verbinder.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A case manager opened a household of another municipality by emergency access; the
 * household's own municipality is to be told. Carries ids and codes, not the reason (free
 * text may name people; the administrator's list shows it).
 */
public record EmergencyAccessGranted(UUID grant, UUID household, String gemeente, UUID account, String actorGemeente,
		Instant grantedAt, Instant expiresAt) {
}
