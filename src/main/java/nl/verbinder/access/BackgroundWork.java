package nl.verbinder.access;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs work outside a request (start-up loaders, generators) in the name of an existing
 * account, so that the same access checks and the same processing log apply as for a
 * person. Refused while a request's authentication is in place: it cannot be used to step
 * into another account.
 */
@Service
public class BackgroundWork {

	private final LocalAccounts accounts;

	BackgroundWork(LocalAccounts accounts) {
		this.accounts = accounts;
	}

	public <T> T callAs(String username, Supplier<T> work) {
		if (SecurityContextHolder.getContext().getAuthentication() != null) {
			throw new IllegalStateException("Background work cannot run inside an authenticated request");
		}
		return callAs(accounts.principal(username), work);
	}

	/**
	 * Runs the reaction to an event in the name of the account whose act caused it (a
	 * listener after the commit, outside any request), so that its checks and processing
	 * records are that account's.
	 */
	public <T> T callAs(AccountId account, Supplier<T> work) {
		if (SecurityContextHolder.getContext().getAuthentication() != null) {
			throw new IllegalStateException("Background work cannot run inside an authenticated request");
		}
		return callAs(accounts.principal(account), work);
	}

	public void runAs(AccountId account, Runnable work) {
		callAs(account, () -> {
			work.run();
			return null;
		});
	}

	private <T> T callAs(AccountPrincipal principal, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public void runAs(String username, Runnable work) {
		callAs(username, () -> {
			work.run();
			return null;
		});
	}

}
