package nl.verbinder.access;

import java.time.Instant;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/** An account as shown to administrators (never its password hash), with the version to send back with a change. */
public record AccountView(AccountId id, String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
		boolean demo, boolean enabled, boolean locked, @Nullable Instant lastLoginAt, long versie) {
}
