package nl.verbinder.partner;

import java.util.UUID;

/**
 * A referral left the state of being sent: the partner answered it (accepted or
 * declined), or it was ended on the partner's or the case manager's behalf.
 *
 * @param referredBy the case manager who sent it, in whose name other modules react
 */
public record ReferralAnswered(UUID referralId, UUID householdId, String gemeente, Doorverwijzing.Status status,
		UUID referredBy) {
}
