package nl.verbinder.access;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused before its password was checked, because its client or its
 * username must wait until {@code notBefore}. The login page and the API turn it into a
 * readable wait (429 with {@code Retry-After} for the API).
 */
class LoginThrottledException extends AuthenticationException {

	private final Instant notBefore;

	LoginThrottledException(Instant notBefore) {
		super("Too many login attempts; try again after " + notBefore);
		this.notBefore = notBefore;
	}

	Instant notBefore() {
		return notBefore;
	}

	/** Whole seconds until the next attempt may be made, at least one. */
	long retryAfterSeconds(Instant now) {
		Duration wait = Duration.between(now, notBefore);
		long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}

}
