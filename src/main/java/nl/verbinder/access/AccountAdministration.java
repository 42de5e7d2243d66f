package nl.verbinder.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and listing accounts, and the failed logins an administrator can see and clear. Listing and
 * clearing need {@link Permission#ACCOUNTS_MANAGE}.
 */
@Service
public class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final AccessControl access;
	private final Region region;
	private final LoginThrottle throttle;
	private final Clock clock;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, AccessControl access, Region region,
			LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.access = access;
		this.region = region;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** Opens a local account; used by administrators and by the demo-region loader at start-up. */
	@Transactional
	public AccountId open(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			String rawPassword, boolean demo) {
		if (gemeente != null && !region.contains(gemeente)) {
			throw new RuleViolation("rule.account.outside-region", gemeente.value(), region.name());
		}
		if (rawPassword.length() < 12) {
			throw new RuleViolation("rule.account.password-length");
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new RuleViolation("rule.account.username-taken", username);
		}
		Account account = Account.open(username, displayName, role, gemeente, passwords.encode(rawPassword), demo,
				clock.instant());
		return new AccountId(accounts.save(account).id());
	}

	/**
	 * The name an account is shown with, for naming who did something (the case manager of a household to a
	 * partner, the author of a step). Staff names are not data of the people Verbinder serves.
	 */
	@Transactional(readOnly = true)
	public Optional<String> displayName(AccountId id) {
		return accounts.findById(id.value()).map(Account::displayName);
	}

	/** The role of an account, to check that a key person or partner worker is linked to the right kind. */
	@Transactional(readOnly = true)
	public Optional<Role> roleOf(AccountId id) {
		return accounts.findById(id.value()).map(Account::role);
	}

	/** The enabled accounts of a role in a municipality, e.g. to give a household its case manager. */
	@Transactional(readOnly = true)
	public List<AccountId> enabledAccounts(Role role, GemeenteCode gemeente) {
		return accounts.findAllByOrderByUsername()
			.stream()
			.filter(a -> a.enabled() && a.role() == role && gemeente.equals(a.actor().gemeente()))
			.map(a -> a.actor().id())
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional(readOnly = true)
	public List<AccountView> list() {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		var throttled = throttle.delayedUsernames();
		return accounts.findAllByOrderByUsername().stream().filter(a -> covers(scope, a)).map(a -> {
			Actor actor = a.actor();
			return new AccountView(actor.id(), a.username(), a.displayName(), a.role(), actor.gemeente(), a.demo(),
					a.enabled(), throttled.contains(a.username()), a.lastLoginAt());
		}).toList();
	}

	/**
	 * The recent failed logins, per username and client address, per address and per username, those
	 * that wait longest first. A regional administrator sees them all; one of a municipality only those
	 * of its municipality's accounts (an address or an unknown name belongs to no municipality).
	 */
	@Transactional(readOnly = true)
	public List<LoginThrottleView> failedLogins() {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		return throttle.recent().stream().filter(f -> mayClear(scope, f.username())).toList();
	}

	/**
	 * Forgets the failed logins of one key (a username from an address, an address, or a username), so
	 * that its attempts no longer wait. True when there were any.
	 */
	@Transactional
	public boolean clearFailedLogins(@Nullable String username, @Nullable String address) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		if ((username == null && address == null) || !mayClear(scope, username)) {
			throw new RuleViolation("rule.login-throttle.not-clearable");
		}
		boolean cleared = throttle.clear(username, address);
		if (cleared) {
			log.info("Failed logins of '{}' from '{}' cleared by {}", username == null ? "every username" : username,
					address == null ? "every address" : address, scope.actor().username());
		}
		return cleared;
	}

	private boolean mayClear(AccessScope scope, @Nullable String username) {
		if (scope.actor().regional()) {
			return true;
		}
		return username != null && accounts.findByUsername(username).filter(a -> covers(scope, a)).isPresent();
	}

	private static boolean covers(AccessScope scope, Account account) {
		GemeenteCode gemeente = account.actor().gemeente();
		return gemeente == null ? scope.actor().regional() : scope.covers(gemeente);
	}
}
