package nl.verbinder.access;

import java.time.Instant;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * An account as shown to administrators (never its password hash), with the version to
 * send back with a change. {@code throttled}: password logins to it wait now, from at
 * least one client address (see {@link LoginThrottleView}).
 */
public record AccountView(AccountId id, String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
		boolean demo, boolean enabled, boolean throttled, @Nullable Instant lastLoginAt, long versie) {
}
