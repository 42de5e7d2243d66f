package nl.verbinder.access;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a local account as a login would make it, for tests that send many
 * requests as one user without a password hash per request
 * ({@code SecurityMockMvcRequestPostProcessors.user(...)}).
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static UserDetails of(ApplicationContext context, String username) {
		return context.getBean(LocalAccounts.class).principal(username);
	}

}
