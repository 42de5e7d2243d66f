package nl.verbinder.access;

import java.time.Instant;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;

/**
 * A case manager of another municipality opened a household in an emergency: published so
 * that the household's own municipality is told who, why and until when.
 */
public record EmergencyAccessOpened(UUID grant, UUID household, GemeenteCode gemeente, AccountId account,
		String accountName, GemeenteCode accountGemeente, String reason, Instant openedAt, Instant until) {
}
