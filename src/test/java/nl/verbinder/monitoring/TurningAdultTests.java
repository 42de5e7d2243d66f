package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.REGISTERED;
import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.verbinder.inburgering.Gezinsrol;
import org.junit.jupiter.api.Test;

class TurningAdultTests {

	private static final LocalDate BORN = LocalDate.of(2008, 9, 15);

	private static final LocalDate EIGHTEEN = LocalDate.of(2026, 9, 15);

	private final TurningAdult rule = new TurningAdult(6);

	@Test
	void signalsFromSixMonthsBeforeTheEighteenthBirthday() {
		var facts = household(member(Gezinsrol.KIND, BORN));
		assertThat(rule.missed(facts, EIGHTEEN.minusMonths(6).minusDays(1))).isEmpty();
		assertThat(rule.missed(facts, EIGHTEEN.minusMonths(6))).contains(EIGHTEEN);
	}

	@Test
	void stillSignalsOnTheBirthdayItselfAndNotTheDayAfter() {
		var facts = household(member(Gezinsrol.KIND, BORN));
		assertThat(rule.missed(facts, EIGHTEEN)).contains(EIGHTEEN);
		assertThat(rule.missed(facts, EIGHTEEN.plusDays(1))).isEmpty();
	}

	@Test
	void endsWithATransitionAgreement() {
		var facts = household(REGISTERED, null, true, member(Gezinsrol.KIND, BORN));
		assertThat(rule.missed(facts, EIGHTEEN.minusMonths(1))).isEmpty();
	}

	@Test
	void countsSomeoneBornOnTheTwentyNinthOfFebruaryAsEighteenOnTheFirstOfMarch() {
		var facts = household(member(Gezinsrol.KIND, LocalDate.of(2008, 2, 29)));
		assertThat(rule.missed(facts, LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2026, 3, 1));
		assertThat(rule.missed(facts, LocalDate.of(2026, 3, 2))).isEmpty();
	}

	@Test
	void takesTheFirstOfTwoYoungPeople() {
		var facts = household(member(Gezinsrol.KIND, BORN), member(Gezinsrol.KIND, BORN.minusMonths(2)));
		assertThat(rule.missed(facts, EIGHTEEN.minusMonths(3))).contains(EIGHTEEN.minusMonths(2));
	}

	@Test
	void refusesLessThanAMonth() {
		assertThatThrownBy(() -> new TurningAdult(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
