package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleRuleTests {

	private final LoginThrottleSettings.Rule rule = new LoginThrottleSettings.Rule(5, Duration.ofMinutes(1),
			Duration.ofHours(1));

	@Test
	void letsFailuresBelowTheThresholdGoWithoutDelay() {
		assertThat(rule.delayAfter(1)).isZero();
		assertThat(rule.delayAfter(4)).isZero();
	}

	@Test
	void delaysFromTheThresholdOnDoublingEachFurtherFailure() {
		assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(rule.delayAfter(7)).isEqualTo(Duration.ofMinutes(4));
		assertThat(rule.delayAfter(10)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void neverDelaysLongerThanTheMaximumHoweverManyFailures() {
		assertThat(rule.delayAfter(11)).isEqualTo(Duration.ofHours(1));
		assertThat(rule.delayAfter(1_000_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void refusesARuleWhoseMaximumIsBelowItsFirstDelay() {
		assertThatThrownBy(() -> new LoginThrottleSettings.Rule(5, Duration.ofMinutes(10), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginThrottleSettings.Rule(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
