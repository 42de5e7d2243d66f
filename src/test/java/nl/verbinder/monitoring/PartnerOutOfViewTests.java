package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.REGISTERED;
import static nl.verbinder.monitoring.Facts.household;
import static nl.verbinder.monitoring.Facts.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.verbinder.inburgering.Gezinsrol;
import org.junit.jupiter.api.Test;

class PartnerOutOfViewTests {

	private static final LocalDate BORN = LocalDate.of(1988, 5, 5);

	private final PartnerOutOfView rule = new PartnerOutOfView(3);

	@Test
	void signalsANareizigerWithoutAPlanThreeMonthsAfterRegistration() {
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN, null, "VASTGESTELD", true, REGISTERED),
				member(Gezinsrol.NAREIZIGER, BORN, null, null, false, REGISTERED.plusMonths(2)));
		assertThat(rule.missed(facts, REGISTERED.plusMonths(3).minusDays(1))).isEmpty();
		assertThat(rule.missed(facts, REGISTERED.plusMonths(3))).contains(REGISTERED.plusMonths(3));
	}

	@Test
	void signalsASpouseWithAPlanWhoWasNotSpokenToHerself() {
		LocalDate lastSeen = REGISTERED.plusMonths(1);
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN, null, "VASTGESTELD", true, REGISTERED),
				member(Gezinsrol.INBURGERAAR, BORN, null, "VASTGESTELD", true, lastSeen));
		assertThat(rule.missed(facts, lastSeen.plusMonths(3).minusDays(1))).isEmpty();
		assertThat(rule.missed(facts, lastSeen.plusMonths(3))).contains(lastSeen.plusMonths(3));
	}

	@Test
	void leavesTheFirstAdultToTheNoContactRule() {
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN, null, null, false, null));
		assertThat(rule.missed(facts, REGISTERED.plusYears(1))).isEmpty();
	}

	@Test
	void leavesAPartnerWithAPlanAndARecentOwnContactAlone() {
		LocalDate today = REGISTERED.plusMonths(10);
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN),
				member(Gezinsrol.NAREIZIGER, BORN, null, "CONCEPT", false, today.minusMonths(1)));
		assertThat(rule.missed(facts, today)).isEmpty();
	}

	@Test
	void leavesChildrenAlone() {
		var facts = household(member(Gezinsrol.INBURGERAAR, BORN), member(Gezinsrol.KIND, LocalDate.of(2015, 1, 1)));
		assertThat(rule.missed(facts, REGISTERED.plusYears(1))).isEmpty();
	}

	@Test
	void refusesLessThanAMonth() {
		assertThatThrownBy(() -> new PartnerOutOfView(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
