package nl.verbinder.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of emergency access ({@code verbinder.emergency-access.*}).
 *
 * @param duration how long a grant opened in an emergency lasts (24 hours unless set); at
 * most a week, since a household that needs a case manager of another municipality for
 * longer should move its file instead
 */
@ConfigurationProperties("verbinder.emergency-access")
record EmergencyAccessSettings(@DefaultValue("PT24H") Duration duration) {

	EmergencyAccessSettings {
		if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(7)) > 0) {
			throw new IllegalArgumentException("verbinder.emergency-access.duration lies between 0 and 7 days");
		}
	}

}
