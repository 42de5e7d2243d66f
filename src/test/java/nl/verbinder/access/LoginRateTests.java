package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginRateTests {

	private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

	/** A clock the test moves by hand. */
	private static final class HandClock extends Clock {

		private Instant now = START;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private final HandClock clock = new HandClock();

	private final LoginRate rate = new LoginRate(clock, settings(2, 3));

	private static LoginThrottleSettings settings(double perSecond, int burst) {
		var rule = new LoginThrottleSettings.Rule(5, Duration.ofMinutes(1), Duration.ofHours(1));
		return new LoginThrottleSettings(rule, rule, rule, Duration.ofDays(1), Duration.ofDays(180), perSecond, burst);
	}

	@Test
	void admitsABurstThenRefusesUntilTheAllowanceRefills() {
		ClientAddress client = ClientAddress.of("203.0.113.5");
		for (int i = 0; i < 3; i++) {
			assertThat(rate.take(client)).as("attempt " + (i + 1)).isEmpty();
		}
		assertThat(rate.take(client)).contains(START.plusMillis(500));
		clock.now = START.plusMillis(499);
		assertThat(rate.take(client)).isPresent();
		clock.now = START.plusMillis(500);
		assertThat(rate.take(client)).isEmpty();
		assertThat(rate.take(client)).isPresent();
	}

	@Test
	void keepsEveryClientToItsOwnAllowance() {
		ClientAddress busy = ClientAddress.of("203.0.113.6");
		for (int i = 0; i < 3; i++) {
			rate.take(busy);
		}
		assertThat(rate.take(busy)).isPresent();
		assertThat(rate.take(ClientAddress.of("198.51.100.6"))).isEmpty();
	}

	@Test
	void refusedAttemptsTakeNothingSoAWaitingClientGetsInAtTheTimeItWasTold() {
		ClientAddress client = ClientAddress.of("203.0.113.7");
		for (int i = 0; i < 3; i++) {
			rate.take(client);
		}
		Instant told = rate.take(client).orElseThrow();
		for (int i = 0; i < 50; i++) {
			assertThat(rate.take(client)).contains(told);
		}
		clock.now = told;
		assertThat(rate.take(client)).isEmpty();
	}

}
