package nl.verbinder.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login for the login form and HTTP Basic, in the order of what it costs: first
 * the client's request rate ({@link LoginRate}, memory), then the throttle
 * ({@link LoginThrottle}, one read), then the account (one read), and only then the
 * password hash (Argon2id, the expensive part). A refusal at any earlier step costs no
 * hash. It replaces Spring Security's own {@code DaoAuthenticationProvider}, which hashes
 * a dummy password for an unknown username so that it takes as long as a known one.
 * <p>
 * <b>Unknown usernames cost no hash, and we accept what that reveals.</b> The answer is
 * the same (the login page's error, 401 for the API), and the throttle counts an unknown
 * name like a known one, so neither the response nor the throttle tells them apart. The
 * time does: an unknown name is answered some tens of milliseconds sooner, so someone who
 * measures can learn that a username has no account. We accept that because usernames
 * here are work identities, not secrets (colleagues, partners and key persons see them);
 * because the per-client rate and the address-wide throttle bound how many names one
 * client can try; and because hashing for every unknown name is exactly the anonymous
 * processor load we set out to remove. A disabled account is told apart only after its
 * correct password.
 * <p>
 * <b>One check at a time for a username that has recent failures.</b> The throttle is
 * read before the hash and counted after it, so attempts sent in parallel would all pass
 * the same read. Once a username (or, for text that is no username, an address) has
 * recent failures, this node checks its passwords one at a time and refuses a parallel
 * attempt as throttled for a second; each failure is then counted before the next attempt
 * reads the throttle. Usernames without failures, such as an API client's, are not held
 * up. What is left is one first burst per node before the first failure is counted,
 * bounded by the per-client rate.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

	private final LoginRate rate;

	private final LoginThrottle throttle;

	private final LocalAccounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final Set<String> checking = ConcurrentHashMap.newKeySet();

	PasswordLogin(LoginRate rate, LoginThrottle throttle, LocalAccounts accounts, PasswordEncoder passwords,
			Clock clock) {
		this.rate = rate;
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		ClientAddress address = ClientAddress.of(attempt.getDetails());
		Optional<Instant> tooSoon = rate.take(address);
		if (tooSoon.isPresent()) {
			throw new LoginThrottledException(tooSoon.get());
		}
		@Nullable String username = LocalAccounts.asUsername(attempt.getName());
		LoginThrottle.Verdict verdict = throttle.check(username, address);
		if (verdict.refusedAt(clock.instant())) {
			throw new LoginThrottledException(verdict.notBefore());
		}
		String key = username != null ? "u:" + username : "a:" + address.value();
		boolean serialised = verdict.recentFailures();
		if (serialised && !checking.add(key)) {
			throw new LoginThrottledException(clock.instant().plusSeconds(1));
		}
		Optional<AccountPrincipal> account;
		try {
			account = username == null ? Optional.empty() : accounts.find(username);
			String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
			if (account.isEmpty() || !matches(password, account.get().passwordHash())) {
				throttle.failed(username, address);
				throw new BadCredentialsException("Bad credentials");
			}
		}
		finally {
			if (serialised) {
				checking.remove(key);
			}
		}
		AccountPrincipal principal = account.get();
		if (!principal.isEnabled()) {
			throw new DisabledException("Account is disabled");
		}
		throttle.succeeded(principal.getUsername(), address, verdict);
		// The session (stored in the database, shared by all nodes) keeps the principal
		// without its hash.
		var authenticated = UsernamePasswordAuthenticationToken.authenticated(principal.withoutPassword(), null,
				principal.getAuthorities());
		authenticated.setDetails(attempt.getDetails());
		return authenticated;
	}

	/**
	 * Whether the password is the account's; refused as a login to try again shortly,
	 * with nothing counted, when the hashes are overloaded.
	 */
	private boolean matches(String password, @Nullable String hash) {
		try {
			return passwords.matches(password, hash);
		}
		catch (PasswordHashingBusyException busy) {
			throw new LoginBusyException(busy);
		}
	}

}
