package nl.verbinder.access;

import java.io.Serializable;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * The person acting in a request: an account with its role, and the municipality it works
 * for ({@code null} for accounts of the region as a whole).
 */
public record Actor(AccountId id, String username, String displayName, Role role,
		@Nullable GemeenteCode gemeente) implements Serializable {

	public boolean regional() {
		return gemeente == null;
	}
}
