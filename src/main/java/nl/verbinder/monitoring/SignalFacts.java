package nl.verbinder.monitoring;

import java.time.LocalDate;
import nl.verbinder.inburgering.HouseholdFacts;
import org.jspecify.annotations.Nullable;

/**
 * What the signal rules read of one household: the follow-up facts of the inburgering
 * module, and from the partner module how many organisations are involved now and the
 * earliest reply date of a referral not answered yet.
 */
record SignalFacts(HouseholdFacts household, int organisations, @Nullable LocalDate unansweredReferralDue) {

	SignalFacts(HouseholdFacts household) {
		this(household, 0, null);
	}

}
