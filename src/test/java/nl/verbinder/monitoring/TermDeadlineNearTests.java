package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static nl.verbinder.monitoring.Facts.withPlan;
import static nl.verbinder.monitoring.Facts.withResults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdFacts.MemberFacts;
import nl.verbinder.inburgering.Onderdeel;
import nl.verbinder.inkoop.Resultaat.Soort;
import nl.verbinder.inkoop.ResultFacts.PersonResults;
import org.junit.jupiter.api.Test;

class TermDeadlineNearTests {

	private static final LocalDate END = LocalDate.of(2027, 3, 31);

	/** Six months before 31 March: 30 September (no 31st). */
	private static final LocalDate THRESHOLD_DAY = LocalDate.of(2026, 9, 30);

	private final TermDeadlineNear rule = new TermDeadlineNear(6);

	@Test
	void signalsExactlyOnTheThresholdDayAndNotTheDayBefore() {
		var facts = household(withPlan("B1", END));
		assertThat(rule.missed(facts, THRESHOLD_DAY.minusDays(1))).isEmpty();
		assertThat(rule.missed(facts, THRESHOLD_DAY)).contains(END);
	}

	@Test
	void doesNotSignalWhenEveryPartWasPassedTheDayBefore() {
		MemberFacts person = withPlan("B1", END);
		LocalDate yesterday = END.minusMonths(1).minusDays(1);
		var facts = withResults(household(person), passed(person, yesterday, Soort.PVT, Soort.MAP, Soort.KNM,
				Soort.LEZEN, Soort.LUISTEREN, Soort.SCHRIJVEN, Soort.SPREKEN));
		assertThat(rule.missed(facts, yesterday.plusDays(1))).isEmpty();
		assertThat(rule.missed(facts, yesterday.minusDays(1))).contains(END);
	}

	@Test
	void signalsWhileOnlyTheMapIsMissing() {
		MemberFacts person = withPlan("B1", END);
		var facts = withResults(household(person), passed(person, THRESHOLD_DAY, Soort.PVT, Soort.KNM, Soort.LEZEN,
				Soort.LUISTEREN, Soort.SCHRIJVEN, Soort.SPREKEN));
		assertThat(rule.missed(facts, END.minusDays(1))).contains(END);
	}

	@Test
	void needsAllFourLanguageExamsForTheBOneExams() {
		MemberFacts person = withPlan("B1", END);
		var facts = withResults(household(person), passed(person, THRESHOLD_DAY, Soort.PVT, Soort.MAP, Soort.KNM,
				Soort.LEZEN, Soort.LUISTEREN, Soort.SCHRIJVEN));
		assertThat(rule.missed(facts, END.minusDays(1))).contains(END);
	}

	@Test
	void judgesOnlyTheReportablePartsOfTheZRoute() {
		MemberFacts person = withPlan("Z", END);
		var facts = withResults(household(person), passed(person, THRESHOLD_DAY, Soort.PVT, Soort.MAP, Soort.KNM));
		assertThat(rule.missed(facts, END.minusDays(1))).isEmpty();
	}

	@Test
	void doesNotSignalOnceTheCaseManagerRecordedEveryPartAsCompletedElsewhere() {
		LocalDate lastDay = THRESHOLD_DAY.plusDays(10);
		MemberFacts person = completedElsewhere(Map.of(Onderdeel.PVT, THRESHOLD_DAY, Onderdeel.MAP, THRESHOLD_DAY,
				Onderdeel.KNM, THRESHOLD_DAY, Onderdeel.TAALEXAMENS_B1, lastDay));
		assertThat(rule.missed(household(person), lastDay.minusDays(1))).contains(END);
		assertThat(rule.missed(household(person), lastDay)).isEmpty();
	}

	@Test
	void takesTheResultsReportedAndAnOntheffingRecordedTogether() {
		// Exempted from the language exams by decision; the provider reported the rest.
		MemberFacts person = completedElsewhere(Map.of(Onderdeel.TAALEXAMENS_B1, THRESHOLD_DAY));
		var facts = withResults(household(person), passed(person, THRESHOLD_DAY, Soort.PVT, Soort.MAP, Soort.KNM));
		assertThat(rule.missed(facts, END.minusDays(1))).isEmpty();
		assertThat(rule.missed(withResults(household(person), passed(person, THRESHOLD_DAY, Soort.PVT, Soort.KNM)),
				END.minusDays(1)))
			.as("the MAP still open")
			.contains(END);
	}

	@Test
	void doesNotSignalSomeoneWithoutALearningRoute() {
		var facts = household(member(Gezinsrol.INBURGERAAR, LocalDate.of(1990, 1, 1), LocalDate.of(2024, 1, 1),
				"CONCEPT", false, null));
		assertThat(rule.missed(facts, END)).isEmpty();
	}

	@Test
	void staysAfterTheTermEndedWhileAPartIsOpen() {
		var facts = household(withPlan("B1", END));
		assertThat(rule.missed(facts, END.plusMonths(2))).contains(END);
	}

	@Test
	void takesTheEarliestEndOfTwoMembers() {
		var facts = household(withPlan("B1", END), withPlan("ONDERWIJS", END.minusMonths(2)));
		assertThat(rule.missed(facts, END.minusMonths(1))).contains(END.minusMonths(2));
	}

	@Test
	void refusesLessThanAMonth() {
		assertThatThrownBy(() -> new TermDeadlineNear(0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static PersonResults passed(MemberFacts person, LocalDate on, Soort... soorten) {
		Map<Soort, LocalDate> passed = new EnumMap<>(Soort.class);
		for (Soort soort : soorten) {
			passed.put(soort, on);
		}
		return new PersonResults(person.personId(), passed);
	}

	private static MemberFacts completedElsewhere(Map<Onderdeel, LocalDate> afgerond) {
		return new MemberFacts(UUID.randomUUID(), Gezinsrol.INBURGERAAR, LocalDate.of(1990, 1, 1), null, "VASTGESTELD",
				true, null, "B1", END, afgerond);
	}

}
