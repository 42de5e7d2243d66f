package nl.verbinder.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A per-client rate for password logins, checked before anything else: each client
 * address may make {@code burst} attempts at once and {@code attempts-per-second} after
 * that (a token bucket), whether the attempts succeed or not, since every one that
 * reaches the password costs a hash. HTTP Basic checks a password on every API request,
 * so the rate is set for an API client, not for a person typing.
 * <p>
 * Unlike {@link LoginThrottle} this lives in memory, per node, on purpose: what it
 * protects is this node's processor, and a database write per request to count requests
 * would cost more than it saves. With several nodes a client gets the rate on each; the
 * throttle, which decides about guessing, is shared. The buckets of idle clients are
 * dropped when the map grows, so a flood of addresses cannot fill memory.
 */
@Component
class LoginRate {

	private static final int PRUNE_ABOVE = 10_000;

	private final Clock clock;

	private final double perSecond;

	private final int burst;

	private final ConcurrentHashMap<ClientAddress, Bucket> buckets = new ConcurrentHashMap<>();

	LoginRate(Clock clock, LoginThrottleSettings settings) {
		this.clock = clock;
		this.perSecond = settings.attemptsPerSecond();
		this.burst = settings.burst();
	}

	/**
	 * The allowance left at {@code at}, and whether the attempt that took it was
	 * admitted.
	 */
	private record Bucket(double tokens, Instant at, boolean admitted) {
	}

	/**
	 * Takes one attempt from the client's allowance: empty when it may go ahead, else the
	 * moment its next attempt will be allowed. A refused attempt takes nothing.
	 */
	Optional<Instant> take(ClientAddress client) {
		Instant now = clock.instant();
		if (buckets.size() > PRUNE_ABOVE) {
			prune(now);
		}
		Bucket bucket = buckets.compute(client, (key, old) -> {
			double tokens = old == null ? burst : refill(old, now);
			return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
		});
		if (bucket.admitted()) {
			return Optional.empty();
		}
		long waitNanos = (long) Math.ceil((1 - bucket.tokens()) / perSecond * 1e9);
		return Optional.of(now.plus(Duration.ofNanos(waitNanos)));
	}

	private double refill(Bucket old, Instant now) {
		double seconds = Math.max(0, Duration.between(old.at(), now).toNanos() / 1e9);
		return Math.min(burst, old.tokens() + seconds * perSecond);
	}

	private void prune(Instant now) {
		// A bucket that has refilled completely holds nothing worth keeping.
		buckets.entrySet().removeIf(e -> refill(e.getValue(), now) >= burst);
	}

}
