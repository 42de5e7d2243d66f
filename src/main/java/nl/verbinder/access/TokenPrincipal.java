package nl.verbinder.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actor of a request that came with a bearer token: a machine client, or a newcomer's
 * app. The token's scopes narrow what the actor's role allows; they never widen it.
 *
 * @param actor who acts (for a machine client: its client id, role
 * {@link Role#API_CLIENT} and the municipality its token names)
 * @param granted the permissions the token's scopes name
 */
record TokenPrincipal(Actor actor, Set<Permission> granted) implements ActorPrincipal {

	TokenPrincipal {
		granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
	}

	@Override
	public boolean may(Permission permission) {
		return granted.contains(permission) && actor.role().may(permission);
	}

	/** Whether the token grants anything at all its actor's role allows. */
	boolean grantsAnything() {
		return granted.stream().anyMatch(actor.role()::may);
	}

	@Override
	public String toString() {
		return "TokenPrincipal[" + actor.username() + ", " + granted + "]";
	}

}
