package nl.verbinder.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;
import nl.verbinder.inkoop.ResultFacts.PersonResults;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/** Hand-made facts of a household for the rules' tests. */
final class Facts {

	static final LocalDate REGISTERED = LocalDate.of(2026, 1, 5);

	private Facts() {
	}

	static MemberFacts member(Gezinsrol rol, LocalDate born) {
		return member(rol, born, null, null, false, null);
	}

	static MemberFacts member(Gezinsrol rol, LocalDate born, @Nullable LocalDate intake, @Nullable String planStatus,
			boolean established, @Nullable LocalDate lastOwnContact) {
		return new MemberFacts(UUID.randomUUID(), rol, born, intake, planStatus, established, lastOwnContact);
	}

	/**
	 * A member whose plan in force has the route {@code leerroute} and ends on
	 * {@code termEnd}.
	 */
	static MemberFacts withPlan(String leerroute, LocalDate termEnd) {
		return new MemberFacts(UUID.randomUUID(), Gezinsrol.INBURGERAAR, LocalDate.of(1990, 1, 1), null, "VASTGESTELD",
				true, null, leerroute, termEnd);
	}

	/** The household's facts with the results providers reported as passed. */
	static SignalFacts withResults(SignalFacts facts, PersonResults... results) {
		return new SignalFacts(facts.household(), facts.organisations(), facts.unansweredReferralDue(),
				facts.attendance(),
				Stream.of(results).collect(Collectors.toMap(PersonResults::personId, Function.identity())));
	}

	static SignalFacts household(LocalDate arrival, @Nullable LocalDate firstActivity, boolean transitionAgreement,
			MemberFacts... members) {
		return new SignalFacts(new HouseholdFacts(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM1586"),
				REGISTERED, arrival, null, null, false, firstActivity, transitionAgreement, List.of(members)));
	}

	/** A household that moved in on {@code arrival}, with its financial unburdening. */
	static SignalFacts unburdening(LocalDate arrival, @Nullable Ontzorging ontzorging) {
		return new SignalFacts(new HouseholdFacts(new HouseholdId(UUID.randomUUID()), new GemeenteCode("GM1586"),
				REGISTERED, arrival, null, null, false, null, false, List.of(), ontzorging));
	}

	static SignalFacts household(MemberFacts... members) {
		return household(REGISTERED, null, false, members);
	}

	/** The household's facts with the attendance providers reported for its members. */
	static SignalFacts withAttendance(SignalFacts facts, PersonAttendance... attendance) {
		return new SignalFacts(facts.household(), facts.organisations(), facts.unansweredReferralDue(),
				Stream.of(attendance).collect(Collectors.toMap(PersonAttendance::personId, Function.identity())));
	}

	static SignalFacts partners(int organisations, @Nullable LocalDate unansweredReplyBy) {
		return new SignalFacts(household().household(), organisations, unansweredReplyBy);
	}

}
