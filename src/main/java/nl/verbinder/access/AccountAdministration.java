package nl.verbinder.access;

import java.time.Period;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, changing, disabling and listing accounts, and the failed logins an
 * administrator can see and clear. The administrator's verbs need
 * {@link Permission#ACCOUNTS_MANAGE} and cover only accounts within the administrator's
 * scope (a municipality's administrator keeps that municipality's accounts; only a
 * regional one keeps regional accounts). Reading one account, opening, changing and
 * (dis)abling it are recorded in the processing log: an account holds personal data of
 * someone who works with Verbinder. Clearing failed logins is written to the application
 * log with who did it (the failed-login records are security data that are forgotten
 * after a day, not part of anyone's file).
 */
@Service
public class AccountAdministration {

	private static final Logger logger = LoggerFactory.getLogger(AccountAdministration.class);

	/** Keeping the accounts of the people who work with Verbinder. */
	public static final ProcessingActivity ACCOUNTS = new ProcessingActivity("access.accounts",
			"Beheer van de accounts van medewerkers die met Verbinder werken",
			"Beveiliging van de verwerking (AVG art. 32) bij de publieke taak (AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.ACCOUNT, DataCategory.CONTACT)
		.keptFor(Period.ofYears(2))
		.controlledBy(ProcessingActivity.Controller.REGION);

	/** The least number of characters of a password. */
	public static final int MIN_PASSWORD = 12;

	/**
	 * An account as an administrator opens it, with the initial password its owner starts
	 * with.
	 */
	public record NewAccount(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			String initialPassword) {
	}

	/**
	 * What an administrator changes: name, role and municipality (null: the whole
	 * region).
	 */
	public record AccountChange(String displayName, Role role, @Nullable GemeenteCode gemeente, long version) {
	}

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AccessControl access;

	private final ProcessingLog log;

	private final LoginThrottle throttle;

	private final Clock clock;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, AccessControl access, ProcessingLog log,
			LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.access = access;
		this.log = log;
		this.throttle = throttle;
		this.clock = clock;
	}

	/**
	 * Opens a local account; used by the demo-region loader at start-up (administrators
	 * use {@link #open(NewAccount)}).
	 */
	@Transactional
	public AccountId open(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			String rawPassword, boolean demo) {
		requireInRegion(gemeente);
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
			throw new RuleViolation("rule.account.password.short", MIN_PASSWORD);
		}
		String normalised = LocalAccounts.normalise(username == null ? "" : username);
		if (accounts.findByUsername(normalised).isPresent()) {
			throw new RuleViolation("rule.account.username.taken", normalised);
		}
		Account account = Account.open(normalised, displayName, role, gemeente, passwords.encode(rawPassword), demo,
				clock.instant());
		return new AccountId(accounts.save(account).id());
	}

	/**
	 * Opens a newcomer's account with the password they chose; the portal calls this when
	 * an activation code checks out (the code is the newcomer's proof, so there is no
	 * actor to ask for a permission here). The account belongs to the municipality of the
	 * newcomer's household.
	 */
	@Transactional
	public AccountId openNewcomer(String username, String displayName, GemeenteCode gemeente, String rawPassword,
			boolean demo) {
		AccountId id = open(username, displayName, Role.NEWCOMER, gemeente, rawPassword, demo);
		Actor newcomer = accounts.findById(id.value()).orElseThrow().actor();
		log.record(newcomer, ACCOUNTS, Operation.CREATE, List.of(DataSubject.account(id)));
		return id;
	}

	/** Whether a username (as typed) is taken, so that the portal can propose another. */
	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return accounts.findByUsername(LocalAccounts.normalise(username)).isPresent();
	}

	/**
	 * Administrators keep staff accounts; a newcomer's account comes only from an
	 * activated invitation.
	 */
	private static void requireStaff(Role role) {
		if (!role.staff()) {
			throw new RuleViolation("rule.account.newcomer-by-hand");
		}
		if (role.machine()) {
			throw new RuleViolation("rule.account.api-client-role");
		}
	}

	/** An administrator opens an account within their scope, with an initial password. */
	@Transactional
	public AccountId open(NewAccount account) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		requireCovered(scope, account.gemeente());
		requireStaff(account.role());
		AccountId id = open(account.username(), account.displayName(), account.role(), account.gemeente(),
				account.initialPassword(), false);
		log.record(ACCOUNTS, Operation.CREATE, List.of(DataSubject.account(id)));
		return id;
	}

	/** One account within the administrator's scope; "not found" for any other. */
	@Transactional(readOnly = true)
	public AccountView account(AccountId id) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		Account account = find(scope, id);
		log.record(ACCOUNTS, Operation.READ, List.of(DataSubject.account(id)));
		return view(account, throttle.delayedUsernames());
	}

	/**
	 * Changes an account's name, role and municipality. Administrators change their own
	 * name only: their own role and municipality are changed by another administrator, so
	 * that nobody locks themselves out.
	 */
	@Transactional
	public void change(AccountId id, AccountChange change) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		Account account = find(scope, id);
		account.expectVersion(change.version());
		requireInRegion(change.gemeente());
		requireCovered(scope, change.gemeente());
		requireStaff(change.role());
		requireStaff(account.role());
		Actor actor = account.actor();
		if (actor.id().equals(scope.actor().id())
				&& (change.role() != actor.role() || !Objects.equals(change.gemeente(), actor.gemeente()))) {
			throw new RuleViolation("rule.account.self");
		}
		account.change(change.displayName(), change.role(), change.gemeente());
		accounts.save(account);
		log.record(ACCOUNTS, Operation.UPDATE, List.of(DataSubject.account(id)));
	}

	/**
	 * Disables an account (it can no longer log in, and stays with its history) or
	 * enables it again.
	 */
	@Transactional
	public void setEnabled(AccountId id, boolean enabled, long version) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		Account account = find(scope, id);
		account.expectVersion(version);
		if (!enabled && id.equals(scope.actor().id())) {
			throw new RuleViolation("rule.account.self");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		accounts.save(account);
		log.record(ACCOUNTS, Operation.UPDATE, List.of(DataSubject.account(id)));
	}

	/**
	 * The name an account is shown with, for naming who did something (the case manager
	 * of a household to a partner, the author of a step). Staff names are not data of the
	 * people Verbinder serves.
	 */
	@Transactional(readOnly = true)
	public Optional<String> displayName(AccountId id) {
		return accounts.findById(id.value()).map(Account::displayName);
	}

	/**
	 * The role of an account, to check that a key person or partner worker is linked to
	 * the right kind.
	 */
	@Transactional(readOnly = true)
	public Optional<Role> roleOf(AccountId id) {
		return accounts.findById(id.value()).map(Account::role);
	}

	/**
	 * The enabled accounts of a role in a municipality, e.g. to give a household its case
	 * manager.
	 */
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
		Set<String> throttled = throttle.delayedUsernames();
		return accounts.findAllByOrderByUsername()
			.stream()
			.filter(a -> covers(scope, a))
			.map(a -> view(a, throttled))
			.toList();
	}

	private AccountView view(Account a, Set<String> throttled) {
		Actor actor = a.actor();
		return new AccountView(actor.id(), a.username(), a.displayName(), a.role(), actor.gemeente(), a.demo(),
				a.enabled(), throttled.contains(a.username()), a.lastLoginAt(), a.version());
	}

	private Account find(AccessScope scope, AccountId id) {
		return accounts.findById(id.value())
			.filter(a -> covers(scope, a))
			.orElseThrow(() -> new NoSuchElementException("No account " + id));
	}

	private static void requireCovered(AccessScope scope, @Nullable GemeenteCode gemeente) {
		boolean covered = gemeente == null ? scope.actor().regional() : scope.covers(gemeente);
		if (!covered) {
			throw new RuleViolation("rule.account.outside-scope");
		}
	}

	private void requireInRegion(@Nullable GemeenteCode gemeente) {
		Region region = access.region();
		if (gemeente != null && !region.contains(gemeente)) {
			throw new RuleViolation("rule.account.outside-region", gemeente.value(), region.name());
		}
	}

	/**
	 * The recent failed logins, per username and client address, per address and per
	 * username, those that wait longest first. A regional administrator sees them all;
	 * one of a municipality only those of its municipality's accounts (an address or an
	 * unknown name belongs to no municipality).
	 */
	@Transactional(readOnly = true)
	public List<LoginThrottleView> failedLogins() {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		return throttle.recent().stream().filter(f -> mayClear(scope, f.username())).toList();
	}

	/**
	 * Forgets the failed logins of one key (a username from an address, an address, or a
	 * username), so that its attempts no longer wait. True when there were any.
	 */
	@Transactional
	public boolean clearFailedLogins(@Nullable String username, @Nullable String address) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		if ((username == null && address == null) || !mayClear(scope, username)) {
			throw new RuleViolation("rule.login-throttle.not-clearable");
		}
		boolean cleared = throttle.clear(username, address);
		if (cleared) {
			logger.info("Failed logins of '{}' from '{}' cleared by {}", username == null ? "every username" : username,
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
