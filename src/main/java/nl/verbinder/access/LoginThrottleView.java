package nl.verbinder.access;

import nl.verbinder.shared.DutchTime;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Failed logins of one key of the login throttle, as shown to administrators.
 *
 * @param username the username as typed, or null for attempts on every username from
 * {@code address}
 * @param address the client address, or null for attempts on {@code username} from every
 * address
 * @param knownAccount whether an account has this username
 * @param failures the failed attempts since the key was last forgotten
 * @param notBefore until when attempts are refused, or null when they are not
 */
public record LoginThrottleView(@Nullable String username, @Nullable String address, boolean knownAccount, int failures,
		Instant lastFailureAt, @Nullable Instant notBefore) {

	public LocalDateTime localLastFailure() {
		return LocalDateTime.ofInstant(lastFailureAt, DutchTime.ZONE);
	}

	public @Nullable LocalDateTime localNotBefore() {
		return notBefore == null ? null : LocalDateTime.ofInstant(notBefore, DutchTime.ZONE);
	}
}
