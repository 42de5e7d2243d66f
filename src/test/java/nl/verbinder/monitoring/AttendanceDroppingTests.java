package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static nl.verbinder.monitoring.Facts.withAttendance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;
import nl.verbinder.inkoop.AttendanceFacts.Lessons;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;
import org.junit.jupiter.api.Test;

class AttendanceDroppingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static final LocalDate BORN = LocalDate.of(1988, 2, 2);

	private final AttendanceDropping rule = new AttendanceDropping(80, 4, 6);

	private final MemberFacts member = member(Gezinsrol.INBURGERAAR, BORN);

	@Test
	void exactlyEightyPercentIsNoDropAndJustBelowIs() {
		// 8 of 10 attended: exactly the threshold.
		assertThat(
				rule.missed(facts(new Lessons(TODAY.minusDays(7), 4, 1), new Lessons(TODAY.minusDays(1), 4, 1)), TODAY))
			.isEmpty();
		// 7 of 9 attended: 77.8 %.
		assertThat(
				rule.missed(facts(new Lessons(TODAY.minusDays(7), 4, 1), new Lessons(TODAY.minusDays(1), 3, 1)), TODAY))
			.contains(TODAY.minusDays(1));
	}

	@Test
	void oneMissedLessonOfFewIsNoSignalUntilTheMinimumIsReported() {
		// 4 of 5: below 80 % but fewer than 6 lessons reported.
		assertThat(
				rule.missed(facts(new Lessons(TODAY.minusDays(3), 3, 1), new Lessons(TODAY.minusDays(1), 1, 0)), TODAY))
			.isEmpty();
		// 4 of 6, exactly the minimum: a drop.
		assertThat(
				rule.missed(facts(new Lessons(TODAY.minusDays(3), 3, 1), new Lessons(TODAY.minusDays(1), 1, 1)), TODAY))
			.isPresent();
	}

	@Test
	void countsOnlyTheLastFourWeeks() {
		// Missed lessons exactly four weeks ago fall outside; the day after that inside.
		var facts = facts(new Lessons(TODAY.minusWeeks(4), 0, 10), new Lessons(TODAY.minusDays(2), 8, 0));
		assertThat(rule.missed(facts, TODAY)).isEmpty();
		assertThat(rule.missed(facts, TODAY.minusDays(1))).contains(TODAY.minusDays(2));
	}

	@Test
	void endsWhenNoLessonsAreReportedAnyMore() {
		var facts = facts(new Lessons(TODAY.minusDays(10), 1, 7));
		assertThat(rule.missed(facts, TODAY)).isPresent();
		assertThat(rule.missed(facts, TODAY.plusWeeks(4))).isEmpty();
	}

	@Test
	void leavesAHouseholdWithoutReportsAlone() {
		assertThat(rule.missed(household(member), TODAY)).isEmpty();
	}

	@Test
	void refusesThresholdsBelowOne() {
		assertThatThrownBy(() -> new AttendanceDropping(0, 4, 6)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttendanceDropping(80, 0, 6)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AttendanceDropping(80, 4, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	private SignalFacts facts(Lessons... lessons) {
		return withAttendance(household(member),
				new PersonAttendance(member.personId(), lessons[0].datum(), List.of(lessons), Map.of()));
	}

}
