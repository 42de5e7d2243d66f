package nl.verbinder.access;

import java.time.Duration;

/**
 * No password hash could be computed now: every hashing thread was busy and the queue
 * before them full, or the hash waited longer than it may
 * ({@code verbinder.security.password-hashing.*}, {@link MeteredPasswordEncoder}).
 * Nothing was checked or changed; the caller may try again after {@link #retryAfter()}. A
 * login answers it with 503 and {@code Retry-After} (API) or a message on the login page.
 */
public class PasswordHashingBusyException extends RuntimeException {

	private final Duration retryAfter;

	PasswordHashingBusyException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** How long to wait before trying again. */
	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole seconds to wait before trying again, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0));
	}

}
