package nl.verbinder.access;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

	/**
	 * Runs scheduled work that no person starts (the nightly signal run) as Verbinder
	 * itself, for one municipality: role {@link Role#SYSTEM}, named by {@code task} in
	 * the processing log, with the same scope and row-level security as anyone of that
	 * municipality, and never in a staff member's name.
	 * @param task what the work is, e.g. {@code verbinder.signalering}; the actor's name
	 */
	public <T> T callAsSystem(String task, GemeenteCode gemeente, Supplier<T> work) {
		if (SecurityContextHolder.getContext().getAuthentication() != null) {
			throw new IllegalStateException("Background work cannot run inside an authenticated request");
		}
		var id = new AccountId(UUID.nameUUIDFromBytes(("system:" + task).getBytes(StandardCharsets.UTF_8)));
		var principal = new SystemPrincipal(new Actor(id, task, task, Role.SYSTEM, gemeente));
		return run(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(Role.SYSTEM.authority()))), work);
	}

	/**
	 * The principal of {@link #callAsSystem}: Verbinder itself, with its role's
	 * permissions.
	 */
	record SystemPrincipal(Actor actor) implements ActorPrincipal {
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
		return run(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
				work);
	}

	private static <T> T run(Authentication authentication, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
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
