package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static nl.verbinder.monitoring.Facts.withAttendance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;
import nl.verbinder.inkoop.Aanwezigheid.Workshopthema;
import nl.verbinder.inkoop.AttendanceFacts.Lessons;
import nl.verbinder.inkoop.AttendanceFacts.PersonAttendance;
import org.junit.jupiter.api.Test;

class LessonNormMissedTests {

	private static final LocalDate ARRIVED = LocalDate.of(2026, 1, 31);

	/** Three months after 31 January: the last day of April. */
	private static final LocalDate TERM_ENDS = LocalDate.of(2026, 4, 30);

	private static final LocalDate BORN = LocalDate.of(1990, 6, 1);

	private final LessonNormMissed rule = new LessonNormMissed(26, 3);

	@Test
	void exactlyTwentySixLessonsAndEveryWorkshopMeetTheNorm() {
		MemberFacts m = member(Gezinsrol.INBURGERAAR, BORN);
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, m),
				attendance(m, lessonsUntil(26, TERM_ENDS), allThemesBy(TERM_ENDS)));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(1))).isEmpty();
	}

	@Test
	void twentyFiveLessonsMissTheNormOnTheDayAfterExactlyThreeMonthsAndNotBefore() {
		MemberFacts m = member(Gezinsrol.INBURGERAAR, BORN);
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, m),
				attendance(m, lessonsUntil(25, TERM_ENDS), allThemesBy(TERM_ENDS)));
		assertThat(rule.missed(facts, TERM_ENDS)).isEmpty();
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(1))).contains(TERM_ENDS);
	}

	@Test
	void aWorkshopThemeMissingMissesTheNormEvenWithEnoughLessons() {
		MemberFacts m = member(Gezinsrol.INBURGERAAR, BORN);
		Map<Workshopthema, LocalDate> themes = allThemesBy(TERM_ENDS);
		themes.remove(Workshopthema.NEDERLANDSE_WAARDEN);
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, m),
				attendance(m, lessonsUntil(40, TERM_ENDS), themes));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(1))).contains(TERM_ENDS);
	}

	@Test
	void endsWhenTheNewcomerCaughtUpAfterTheTerm() {
		MemberFacts m = member(Gezinsrol.INBURGERAAR, BORN);
		List<Lessons> lessons = new ArrayList<>(lessonsUntil(20, TERM_ENDS));
		lessons.add(new Lessons(TERM_ENDS.plusDays(10), 6, 0));
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, m),
				attendance(m, lessons, allThemesBy(TERM_ENDS)));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(5))).contains(TERM_ENDS);
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(10))).isEmpty();
	}

	@Test
	void missedLessonsDoNotCount() {
		MemberFacts m = member(Gezinsrol.INBURGERAAR, BORN);
		List<Lessons> lessons = List.of(new Lessons(ARRIVED.plusDays(7), 20, 0),
				new Lessons(ARRIVED.plusDays(14), 5, 6));
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, m),
				attendance(m, lessons, allThemesBy(TERM_ENDS)));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(1))).isPresent();
	}

	@Test
	void leavesMembersWithoutReportsAndMembersNotObligedAlone() {
		MemberFacts child = member(Gezinsrol.KIND, LocalDate.of(2012, 1, 1));
		MemberFacts unreported = member(Gezinsrol.INBURGERAAR, BORN);
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, child, unreported),
				attendance(child, lessonsUntil(2, TERM_ENDS), Map.of()));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(30))).isEmpty();
	}

	@Test
	void signalsTheHouseholdWhenOneOfTwoIsBehind() {
		MemberFacts on = member(Gezinsrol.INBURGERAAR, BORN);
		MemberFacts behind = member(Gezinsrol.NAREIZIGER, BORN);
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, on, behind),
				attendance(on, lessonsUntil(30, TERM_ENDS), allThemesBy(TERM_ENDS)),
				attendance(behind, lessonsUntil(10, TERM_ENDS), allThemesBy(TERM_ENDS)));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(1))).contains(TERM_ENDS);
	}

	@Test
	void leavesSomeoneWhoseReportsBeganAfterTheTermAlone() {
		MemberFacts m = member(Gezinsrol.INBURGERAAR, BORN);
		var facts = withAttendance(household(ARRIVED, ARRIVED, false, m),
				attendance(m, List.of(new Lessons(TERM_ENDS.plusDays(1), 2, 0)), Map.of()));
		assertThat(rule.missed(facts, TERM_ENDS.plusDays(30))).isEmpty();
	}

	@Test
	void refusesThresholdsBelowOne() {
		assertThatThrownBy(() -> new LessonNormMissed(0, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LessonNormMissed(26, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	static PersonAttendance attendance(MemberFacts member, List<Lessons> lessons,
			Map<Workshopthema, LocalDate> themes) {
		LocalDate first = lessons.isEmpty() ? TERM_ENDS : lessons.getFirst().datum();
		return new PersonAttendance(member.personId(), first, lessons, themes);
	}

	/** {@code n} lessons attended, one a day, the last on {@code last}. */
	private static List<Lessons> lessonsUntil(int n, LocalDate last) {
		List<Lessons> lessons = new ArrayList<>();
		for (int i = n - 1; i >= 0; i--) {
			lessons.add(new Lessons(last.minusDays(i), 1, 0));
		}
		return lessons;
	}

	private static Map<Workshopthema, LocalDate> allThemesBy(LocalDate day) {
		Map<Workshopthema, LocalDate> themes = new EnumMap<>(Workshopthema.class);
		for (Workshopthema t : Workshopthema.values()) {
			themes.put(t, day.minusDays(t.ordinal()));
		}
		return themes;
	}

}
