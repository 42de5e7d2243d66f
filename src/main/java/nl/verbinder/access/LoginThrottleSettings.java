package nl.verbinder.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@link LoginThrottle} and {@link LoginRate} slow down password guessing
 * ({@code verbinder.security.login-throttle.*}; the reasons for the defaults are in
 * {@link LoginThrottle}).
 *
 * @param accountFromAddress failures of one username from one client address
 * @param address failures of every username from one client address
 * @param account failures of one username from every address; applies only to addresses
 * the account never logged in from
 * @param forgetAfter a key without a failure for this long starts again from nothing
 * @param rememberAddresses how long an address the account logged in from counts as its
 * own
 * @param attemptsPerSecond password logins (successful or not) one client address may
 * make per second
 * @param burst how many it may make at once before that rate applies
 */
@ConfigurationProperties("verbinder.security.login-throttle")
record LoginThrottleSettings(Rule accountFromAddress, Rule address, Rule account, Duration forgetAfter,
		Duration rememberAddresses, double attemptsPerSecond, int burst) {

	LoginThrottleSettings {
		if (accountFromAddress == null || address == null || account == null || forgetAfter == null
				|| rememberAddresses == null) {
			throw new IllegalArgumentException("verbinder.security.login-throttle needs every rule and period");
		}
		if (attemptsPerSecond <= 0 || burst < 1) {
			throw new IllegalArgumentException("verbinder.security.login-throttle needs a positive rate and burst");
		}
	}

	/**
	 * From the {@code threshold}-th failure on, each failure makes the key wait
	 * {@code firstDelay}, doubled per further failure, at most {@code maxDelay}.
	 */
	record Rule(int threshold, Duration firstDelay, Duration maxDelay) {

		Rule {
			if (threshold < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
				throw new IllegalArgumentException("A login throttle rule needs a threshold of 1 or more and "
						+ "0 < first delay <= maximum delay");
			}
		}

		/** The wait after the {@code failures}-th failure: none below the threshold. */
		Duration delayAfter(int failures) {
			if (failures < threshold) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failures - threshold, 30);
			Duration delay = firstDelay.multipliedBy(1L << doublings);
			return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
		}
	}
}
