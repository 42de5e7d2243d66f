package nl.verbinder.access;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local accounts that may log in with a password, for {@link PasswordLogin} and for
 * {@link BackgroundWork}. Demo accounts do not exist as far as login is concerned when
 * the {@code production} profile is active. Not a Spring Security
 * {@code UserDetailsService} on purpose: Spring would then build its own password login,
 * which hashes for unknown usernames too.
 */
@Component
class LocalAccounts {

	private final Accounts accounts;

	private final boolean production;

	LocalAccounts(Accounts accounts, Environment environment) {
		this.accounts = accounts;
		this.production = environment.acceptsProfiles(Profiles.of("production"));
	}

	/** A username as it is stored: without surrounding spaces, in lower case. */
	static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Text that is not a username after {@link #normalise}, e.g. too long, is null here:
	 * it cannot log in.
	 */
	static @Nullable String asUsername(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		String username = normalise(typed);
		return Account.USERNAME.matcher(username).matches() ? username : null;
	}

	/**
	 * The account that may log in with a password under this (normalised) username, if
	 * there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> find(String username) {
		return accounts.findByUsername(username)
			.filter(a -> !(production && a.demo()))
			.filter(a -> a.passwordHash() != null)
			.map(a -> new AccountPrincipal(a.actor(), a.passwordHash(), a.enabled()));
	}

	@Transactional(readOnly = true)
	public AccountPrincipal principal(String username) {
		return find(normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No local account " + username));
	}

	/**
	 * The account with this id as a principal, for work done in its name after its own
	 * act (an event's reaction).
	 */
	@Transactional(readOnly = true)
	public AccountPrincipal principal(AccountId id) {
		return accounts.findById(id.value())
			.filter(a -> !(production && a.demo()))
			.map(a -> new AccountPrincipal(a.actor(), a.passwordHash(), a.enabled()))
			.orElseThrow(() -> new UsernameNotFoundException("No account " + id));
	}

}
