package nl.verbinder.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who receives which notifications ({@code verbinder.notifications.*}).
 *
 * @param source the CloudEvents {@code source}: this Verbinder, as a URN (the NL GOV
 * profile recommends {@code urn:nld:oin:<OIN>:systeem:<name>})
 * @param apiUrl the public base URL of the API, for the {@code dataref} of each event
 * @param subscribers the receivers; none by default, so that nothing is sent
 * @param maxAttempts deliveries tried before an event becomes a dead letter (default 6)
 * @param firstRetry the wait after the first failure, doubled after each further one
 * (default 30 s, at most {@code lastRetry})
 * @param lastRetry the longest wait between two attempts (default 1 h)
 * @param timeout how long a subscriber may take to answer (default 10 s)
 */
@ConfigurationProperties("verbinder.notifications")
record NotificationSettings(@DefaultValue("urn:nld:verbinder") String source,
		@DefaultValue("http://localhost:8080/api/v1") URI apiUrl, @DefaultValue List<Subscriber> subscribers,
		@DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("1h") Duration lastRetry, @DefaultValue("10s") Duration timeout) {

	NotificationSettings {
		subscribers = List.copyOf(subscribers);
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("verbinder.notifications.max-attempts must be at least 1");
		}
	}

	/** The wait before the next attempt after {@code failures} failed ones. */
	Duration backoff(int failures) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
		return wait.compareTo(lastRetry) > 0 ? lastRetry : wait;
	}

	/**
	 * One receiver of notifications.
	 *
	 * @param name how the administrator knows it (unique)
	 * @param url where the events are posted (structured mode, one event per request)
	 * @param types the event types it wants ({@code nl.verbinder.*}); empty: all
	 * @param gemeenten the municipalities (CBS codes) whose events it wants; none named,
	 * none of a municipality's events (it fails closed: a subscriber that forgot its
	 * municipalities must not get the whole region's). An event of the whole region (a
	 * placement) goes to every subscriber of its types.
	 * @param secret the key each delivery is signed with (Standard Webhooks, see
	 * {@link WebhookSignature}), shared with the subscriber only; required under the
	 * {@code production} profile
	 */
	record Subscriber(String name, URI url, @DefaultValue Set<String> types, @DefaultValue Set<String> gemeenten,
			@Nullable String secret) {

		Subscriber {
			types = Set.copyOf(types);
			gemeenten = Set.copyOf(gemeenten);
		}

		boolean wants(String type, @Nullable String gemeente) {
			return (types.isEmpty() || types.contains(type)) && (gemeente == null || gemeenten.contains(gemeente));
		}
	}

	/**
	 * What production needs before anything is sent: every subscriber reached over HTTPS
	 * and with a secret to sign with, and, once there are subscribers, the public API URL
	 * that their {@code dataref} points to (not the development default on localhost).
	 * @return what is wrong, one sentence each; empty when nothing is
	 */
	List<String> productionProblems() {
		List<String> problems = new java.util.ArrayList<>();
		for (int i = 0; i < subscribers.size(); i++) {
			Subscriber subscriber = subscribers.get(i);
			if (!"https".equalsIgnoreCase(subscriber.url().getScheme())) {
				problems.add("verbinder.notifications.subscribers[" + i + "].url (" + subscriber.name()
						+ ") must be an https URL under production, not " + subscriber.url());
			}
			if (subscriber.secret() == null || subscriber.secret().isBlank()) {
				problems.add("verbinder.notifications.subscribers[" + i + "].secret (" + subscriber.name()
						+ ") must be set under production: every delivery is signed");
			}
		}
		String host = apiUrl.getHost();
		if (!subscribers.isEmpty() && (host == null || host.equals("localhost") || host.startsWith("127."))) {
			problems.add("verbinder.notifications.api-url must be configured under production (the public URL of "
					+ "the API that each event's dataref points to), not " + apiUrl);
		}
		return problems;
	}

}
