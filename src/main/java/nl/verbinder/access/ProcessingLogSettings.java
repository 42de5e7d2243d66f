package nl.verbinder.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the processing log ({@code verbinder.processing-log.*}).
 *
 * @param registerBaseUri the base of the URIs of the processing activities: an activity's
 * URI is this base followed by its id. A municipality that publishes its register sets
 * the address of that publication here.
 */
@ConfigurationProperties("verbinder.processing-log")
record ProcessingLogSettings(@DefaultValue("urn:verbinder:verwerkingsactiviteit:") String registerBaseUri) {

	ProcessingLogSettings {
		if (registerBaseUri.isBlank()) {
			throw new IllegalArgumentException("verbinder.processing-log.register-base-uri must not be blank");
		}
	}

}
