package nl.verbinder.access;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Emergency access (break the glass): one case manager may read one household of another
 * municipality of the region from {@code grantedAt} until just before {@code expiresAt},
 * for the reason they stated, unless the grant was ended early. It opens that household
 * only: never the other households of its municipality, never the caseload.
 *
 * @param household the household's id (the inburgering module's)
 * @param gemeente the household's own municipality, which is notified
 * @param endedAt when the grant was ended before it expired; {@code null} otherwise
 */
public record EmergencyAccessGrant(UUID id, AccountId account, String actor, GemeenteCode actorGemeente, UUID household,
		GemeenteCode gemeente, String reason, Instant grantedAt, Instant expiresAt, @Nullable Instant endedAt) {

	/**
	 * Opens a grant for {@code actor}, or refuses it in words: only a case manager of one
	 * municipality, only for a household of another, only with a reason of at least
	 * {@code minReasonLength} characters.
	 */
	static EmergencyAccessGrant open(Actor actor, UUID household, GemeenteCode gemeente, @Nullable String reason,
			Duration duration, int minReasonLength, Instant now) {
		if (actor.role() != Role.CASE_MANAGER) {
			throw new RuleViolation("rule.emergency-access.case-managers-only");
		}
		String stated = reason == null ? "" : reason.strip();
		if (stated.length() < minReasonLength) {
			throw new RuleViolation("rule.emergency-access.reason-required", minReasonLength);
		}
		if (stated.length() > 1000) {
			throw new RuleViolation("rule.emergency-access.reason-too-long", 1000);
		}
		if (actor.regional() || actor.gemeente().equals(gemeente)) {
			// A regional case manager, or one of the household's own municipality, may
			// open
			// it anyway: there is no glass to break.
			throw new RuleViolation("rule.emergency-access.own-municipality");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("An emergency access lasts a positive time");
		}
		return new EmergencyAccessGrant(UUID.randomUUID(), actor.id(), actor.username(), actor.gemeente(), household,
				gemeente, stated, now, now.plus(duration), null);
	}

	/**
	 * Whether the grant opens its household at {@code now}: from its start until its end.
	 */
	public boolean activeAt(Instant now) {
		return !now.isBefore(grantedAt) && now.isBefore(expiresAt) && (endedAt == null || now.isBefore(endedAt));
	}

	/** When the grant stopped or stops opening its household. */
	public Instant until() {
		return endedAt != null && endedAt.isBefore(expiresAt) ? endedAt : expiresAt;
	}

	/** Whether it was ended before it expired. */
	public boolean endedEarly() {
		return endedAt != null && endedAt.isBefore(expiresAt);
	}

	/**
	 * For {@code actor} on {@code household}: the grant is theirs and for that household.
	 */
	boolean holds(AccountId actor, UUID household) {
		return account.equals(actor) && this.household.equals(household);
	}

}
