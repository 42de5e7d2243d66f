package nl.verbinder.access;

import java.time.Clock;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads local accounts for login. Demo accounts do not exist as far as login is concerned when the
 * {@code production} profile is active.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;
	private final Clock clock;
	private final boolean production;

	AccountUserDetailsService(Accounts accounts, Clock clock, Environment environment) {
		this.accounts = accounts;
		this.clock = clock;
		this.production = environment.acceptsProfiles(Profiles.of("production"));
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
			.filter(a -> !(production && a.demo()))
			.filter(a -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No local account " + username));
		return new AccountPrincipal(account.actor(), account.passwordHash(), account.enabled(),
				account.lockedAt(clock.instant()));
	}
}
