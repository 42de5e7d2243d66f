package nl.verbinder.monitoring;

import static nl.verbinder.monitoring.Facts.partners;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReferralUnansweredTests {

	private static final LocalDate REPLY_BY = LocalDate.of(2026, 5, 20);

	@Test
	void signalsAReferralTheDayAfterItsReplyDate() {
		var rule = new ReferralUnanswered(0);
		assertThat(rule.missed(partners(0, REPLY_BY), REPLY_BY)).isEmpty();
		assertThat(rule.missed(partners(0, REPLY_BY), REPLY_BY.plusDays(1))).contains(REPLY_BY);
	}

	@Test
	void waitsTheGraceDays() {
		var rule = new ReferralUnanswered(5);
		assertThat(rule.missed(partners(0, REPLY_BY), REPLY_BY.plusDays(5))).isEmpty();
		assertThat(rule.missed(partners(0, REPLY_BY), REPLY_BY.plusDays(6))).contains(REPLY_BY);
	}

	@Test
	void endsWhenEveryReferralIsAnswered() {
		assertThat(new ReferralUnanswered(0).missed(partners(0, null), REPLY_BY.plusYears(1))).isEmpty();
	}

	@Test
	void refusesNegativeGraceDays() {
		assertThatThrownBy(() -> new ReferralUnanswered(-1)).isInstanceOf(IllegalArgumentException.class);
	}

}
