package nl.verbinder.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox ({@code verbinder.notifications.send-interval}, by default every 10
 * seconds): claims the due rows for this node with a lease, posts each event in the
 * structured mode of the CloudEvents HTTP binding, marks a 2xx as delivered and anything
 * else (another status, a refused connection, a timeout) as a failed attempt, retried
 * with a doubling wait until the last attempt makes it a dead letter. Several nodes share
 * the work: a row claimed by one is skipped by the others until its lease ends. Each
 * delivery to a subscriber with a secret is signed ({@link WebhookSignature}); under the
 * {@code production} profile it does not start unless every subscriber has a secret and
 * an https URL.
 */
@Component
class NotificationSender {

	private static final Logger logger = LoggerFactory.getLogger(NotificationSender.class);

	private static final int BATCH = 50;

	private final UUID node = UUID.randomUUID();

	private final AtomicBoolean busy = new AtomicBoolean();

	private final Outbox outbox;

	private final NotificationSettings settings;

	private final Clock clock;

	private final HttpClient http;

	NotificationSender(Outbox outbox, NotificationSettings settings, Clock clock, Environment environment) {
		if (environment.acceptsProfiles(Profiles.of("production")) && !settings.productionProblems().isEmpty()) {
			throw new IllegalStateException("Notifications are not configured for production: "
					+ String.join("; ", settings.productionProblems()));
		}
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * At a fixed rate, not a fixed delay: with virtual threads the scheduler runs
	 * fixed-delay jobs on its one thread, so a slow subscriber would hold up sealing, the
	 * placement lease check and the other jobs. A run still busy makes the next one skip;
	 * other nodes are kept off by the claim.
	 */
	@Scheduled(fixedRateString = "${verbinder.notifications.send-interval:10s}", initialDelayString = "10s")
	void scheduled() {
		if (!busy.compareAndSet(false, true)) {
			return;
		}
		try {
			sendDue();
		}
		finally {
			busy.set(false);
		}
	}

	void sendDue() {
		List<Outbox.Letter> due;
		do {
			Instant now = clock.instant();
			// The lease outlasts a batch of timeouts, so that no other node sends a row
			// twice.
			due = outbox.claimDue(node, now, now.plus(settings.timeout().multipliedBy(BATCH + 1)), BATCH);
			due.forEach(this::send);
		}
		while (due.size() == BATCH);
	}

	private @Nullable String secretOf(String subscriber) {
		return settings.subscribers()
			.stream()
			.filter(s -> s.name().equals(subscriber) && s.secret() != null && !s.secret().isBlank())
			.map(NotificationSettings.Subscriber::secret)
			.findFirst()
			.orElse(null);
	}

	private void send(Outbox.Letter letter) {
		String error;
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(letter.url()))
				.timeout(settings.timeout())
				.header("Content-Type", CloudEvent.MEDIA_TYPE + "; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(letter.event(), StandardCharsets.UTF_8));
			String secret = secretOf(letter.subscriber());
			if (secret != null) {
				String id = letter.eventId().toString();
				long timestamp = clock.instant().getEpochSecond();
				request.header(WebhookSignature.ID, id)
					.header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
					.header(WebhookSignature.SIGNATURE, WebhookSignature.sign(secret, id, timestamp, letter.event()));
			}
			int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				outbox.delivered(letter.id(), node, clock.instant());
				return;
			}
			error = "HTTP " + status;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		catch (Exception e) {
			error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		}
		int failures = letter.attempts() + 1;
		boolean dead = failures >= settings.maxAttempts();
		outbox.failed(letter.id(), node, error, dead, clock.instant().plus(settings.backoff(failures)));
		if (dead) {
			logger.warn("Notification {} ({}) to {} is a dead letter after {} attempts: {}", letter.eventId(),
					letter.type(), letter.subscriber(), failures, error);
		}
		else {
			logger.info("Notification {} to {} failed ({}), attempt {} of {}", letter.eventId(), letter.subscriber(),
					error, failures, settings.maxAttempts());
		}
	}

}
