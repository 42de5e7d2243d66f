package nl.verbinder.access;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-failures} wrong passwords an account is locked for
 * {@code lock-minutes}, doubling with each further failure. A successful login resets the count.
 * The state lives in the database, so it holds across restarts and instances.
 */
@Component
class LoginThrottle {

	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lock;

	LoginThrottle(Accounts accounts, JdbcClient jdbc, Clock clock,
			@Value("${verbinder.security.login-throttle.max-failures:5}") int maxFailures,
			@Value("${verbinder.security.login-throttle.lock-minutes:15}") long lockMinutes) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lock = Duration.ofMinutes(lockMinutes);
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (username == null) {
			return;
		}
		String normalised = username.strip().toLowerCase(java.util.Locale.ROOT);
		// Parallel guesses at one account must each count: take the row lock before reading the count.
		jdbc.sql("select 1 from access.account where username = ? for update").param(normalised).query().listOfRows();
		accounts.findByUsername(normalised).ifPresent(account -> {
			account.loginFailed(clock.instant(), maxFailures, lock);
			accounts.save(account);
		});
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal) {
			// Many sessions of one account may log in at once; the row lock makes them take turns.
			jdbc.sql("select 1 from access.account where id = ? for update").param(principal.actor().id().value()).query()
				.listOfRows();
			accounts.findById(principal.actor().id().value()).ifPresent(account -> {
				if (account.failedLogins() > 0 || account.lastLoginAt() == null
						|| account.lastLoginAt().isBefore(clock.instant().minusSeconds(60))) {
					account.loginSucceeded(clock.instant());
					accounts.save(account);
				}
			});
		}
	}
}
