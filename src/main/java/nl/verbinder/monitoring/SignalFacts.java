package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;
import nl.verbinder.inkoop.ResultFacts.PersonResults;
import org.jspecify.annotations.Nullable;

/**
 * What the signal rules read of one household: the follow-up facts of the inburgering
 * module, from the partner module how many organisations are involved now and the
 * earliest reply date of a referral not answered yet, and from the inkoop module the
 * attendance and the passed results providers reported per member (by person id; members
 * without reports are absent).
 */
record SignalFacts(HouseholdFacts household, int organisations, @Nullable LocalDate unansweredReferralDue,
		Map<UUID, PersonAttendance> attendance, Map<UUID, PersonResults> results) {

	SignalFacts {
		attendance = Map.copyOf(attendance);
		results = Map.copyOf(results);
	}

	SignalFacts(HouseholdFacts household, int organisations, @Nullable LocalDate unansweredReferralDue,
			Map<UUID, PersonAttendance> attendance) {
		this(household, organisations, unansweredReferralDue, attendance, Map.of());
	}

	SignalFacts(HouseholdFacts household, int organisations, @Nullable LocalDate unansweredReferralDue) {
		this(household, organisations, unansweredReferralDue, Map.of());
	}

	SignalFacts(HouseholdFacts household) {
		this(household, 0, null);
	}

}
