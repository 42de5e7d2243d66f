package nl.verbinder.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an emergency access lasts and how much reason it needs
 * ({@code verbinder.emergency-access.*}).
 *
 * @param duration how long a grant opens its household (default 24 hours)
 * @param minReasonLength the fewest characters a stated reason has (default 20: a
 * sentence, not "urgent")
 */
@ConfigurationProperties("verbinder.emergency-access")
record EmergencyAccessSettings(@DefaultValue("24h") Duration duration, @DefaultValue("20") int minReasonLength) {

	EmergencyAccessSettings {
		if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(7)) > 0) {
			throw new IllegalArgumentException("verbinder.emergency-access.duration is more than 0 and at most 7 days");
		}
		if (minReasonLength < 1) {
			throw new IllegalArgumentException("verbinder.emergency-access.min-reason-length must be at least 1");
		}
	}

}
