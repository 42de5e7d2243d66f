package nl.verbinder.access;

import org.springframework.security.core.AuthenticationException;

/**
 * A login whose password could not be checked now because the password hashes are
 * overloaded ({@link PasswordHashingBusyException}): nobody is logged in, no failure is
 * counted. The API answers 503 with {@code Retry-After}; the login page asks to try again
 * shortly.
 */
class LoginBusyException extends AuthenticationException {

	private final long retryAfterSeconds;

	LoginBusyException(PasswordHashingBusyException cause) {
		super("The password could not be checked now; try again shortly", cause);
		this.retryAfterSeconds = cause.retryAfterSeconds();
	}

	/** Whole seconds to wait before trying again, at least one. */
	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
