package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.verbinder.inburgering.Gezinsrol;
import org.junit.jupiter.api.Test;

class TrajectoryNotStartedTests {

	private static final LocalDate ARRIVED = LocalDate.of(2026, 3, 2);

	private static final LocalDate BORN = LocalDate.of(1992, 4, 4);

	private final TrajectoryNotStarted rule = new TrajectoryNotStarted(14);

	@Test
	void isStillInTimeOnExactlyTheFourteenthDayAndSignalsOnTheFifteenth() {
		var facts = household(ARRIVED, null, false, member(Gezinsrol.INBURGERAAR, BORN));
		assertThat(rule.missed(facts, ARRIVED.plusDays(14))).isEmpty();
		assertThat(rule.missed(facts, ARRIVED.plusDays(15))).contains(ARRIVED.plusDays(14));
	}

	@Test
	void endsWhenAnActivityStarted() {
		var facts = household(ARRIVED, ARRIVED.plusDays(30), false, member(Gezinsrol.INBURGERAAR, BORN));
		assertThat(rule.missed(facts, ARRIVED.plusDays(60))).isEmpty();
	}

	@Test
	void signalsANareizigerToo() {
		var facts = household(ARRIVED, null, false, member(Gezinsrol.NAREIZIGER, BORN));
		assertThat(rule.missed(facts, ARRIVED.plusDays(15))).isPresent();
	}

	@Test
	void leavesAHouseholdWithoutAnyoneObligedToIntegrateAlone() {
		var facts = household(ARRIVED, null, false, member(Gezinsrol.ANDER_GEZINSLID, BORN),
				member(Gezinsrol.KIND, LocalDate.of(2015, 1, 1)));
		assertThat(rule.missed(facts, ARRIVED.plusDays(100))).isEmpty();
	}

	@Test
	void refusesATermBelowOneDay() {
		assertThatThrownBy(() -> new TrajectoryNotStarted(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
