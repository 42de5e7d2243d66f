package nl.verbinder.access;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, changing, disabling and listing accounts. The administrator's verbs need
 * {@link Permission#ACCOUNTS_MANAGE}, cover only accounts within the administrator's scope (a municipality's
 * administrator keeps that municipality's accounts; only a regional one keeps regional accounts), and are
 * each recorded in the processing log: an account holds personal data of someone who works with Verbinder.
 */
@Service
public class AccountAdministration {

	/** Keeping the accounts of the people who work with Verbinder. */
	public static final ProcessingActivity ACCOUNTS = new ProcessingActivity("access.accounts",
			"Beheer van de accounts van medewerkers die met Verbinder werken",
			"Beveiliging van de verwerking (AVG art. 32) bij de publieke taak (AVG art. 6 lid 1 sub e)");

	/** The least number of characters of a password. */
	public static final int MIN_PASSWORD = 12;

	/** An account as an administrator opens it, with the initial password its owner starts with. */
	public record NewAccount(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			String initialPassword) {
	}

	/** What an administrator changes: name, role and municipality (null: the whole region). */
	public record AccountChange(String displayName, Role role, @Nullable GemeenteCode gemeente, long version) {
	}

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final AccessControl access;
	private final ProcessingLog log;
	private final Clock clock;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, AccessControl access, ProcessingLog log,
			Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.access = access;
		this.log = log;
		this.clock = clock;
	}

	/** Opens a local account; used by the demo-region loader at start-up (administrators use {@link #open(NewAccount)}). */
	@Transactional
	public AccountId open(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			String rawPassword, boolean demo) {
		requireInRegion(gemeente);
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
			throw new RuleViolation("rule.account.password.short", "A password has at least " + MIN_PASSWORD + " characters",
					MIN_PASSWORD);
		}
		String normalised = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		if (accounts.findByUsername(normalised).isPresent()) {
			throw new RuleViolation("rule.account.username.taken", "Username " + normalised + " is taken", normalised);
		}
		Account account = Account.open(normalised, displayName, role, gemeente, passwords.encode(rawPassword), demo,
				clock.instant());
		return new AccountId(accounts.save(account).id());
	}

	/** An administrator opens an account within their scope, with an initial password. */
	@Transactional
	public AccountId open(NewAccount account) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		requireCovered(scope, account.gemeente());
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
		return view(account);
	}

	/**
	 * Changes an account's name, role and municipality. Administrators change their own name only: their own
	 * role and municipality are changed by another administrator, so that nobody locks themselves out.
	 */
	@Transactional
	public void change(AccountId id, AccountChange change) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		Account account = find(scope, id);
		account.expectVersion(change.version());
		requireInRegion(change.gemeente());
		requireCovered(scope, change.gemeente());
		Actor actor = account.actor();
		if (actor.id().equals(scope.actor().id())
				&& (change.role() != actor.role() || !java.util.Objects.equals(change.gemeente(), actor.gemeente()))) {
			throw new RuleViolation("rule.account.self", "Administrators do not change their own role or municipality");
		}
		account.change(change.displayName(), change.role(), change.gemeente());
		accounts.save(account);
		log.record(ACCOUNTS, Operation.UPDATE, List.of(DataSubject.account(id)));
	}

	/** Disables an account (it can no longer log in, and stays with its history) or enables it again. */
	@Transactional
	public void setEnabled(AccountId id, boolean enabled, long version) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		Account account = find(scope, id);
		account.expectVersion(version);
		if (!enabled && id.equals(scope.actor().id())) {
			throw new RuleViolation("rule.account.self", "Administrators do not disable their own account");
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
		return accounts.findAllByOrderByUsername().stream().filter(a -> covers(scope, a.actor().gemeente())).map(this::view).toList();
	}

	private AccountView view(Account a) {
		Actor actor = a.actor();
		return new AccountView(actor.id(), a.username(), a.displayName(), a.role(), actor.gemeente(), a.demo(), a.enabled(),
				a.lockedAt(clock.instant()), a.lastLoginAt(), a.version());
	}

	private Account find(AccessScope scope, AccountId id) {
		return accounts.findById(id.value())
			.filter(a -> covers(scope, a.actor().gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No account " + id));
	}

	/** Regional accounts are kept by regional administrators; a municipality's by administrators covering it. */
	private static boolean covers(AccessScope scope, @Nullable GemeenteCode gemeente) {
		return gemeente == null ? scope.actor().regional() : scope.covers(gemeente);
	}

	private static void requireCovered(AccessScope scope, @Nullable GemeenteCode gemeente) {
		if (!covers(scope, gemeente)) {
			throw new RuleViolation("rule.account.outside-scope",
					scope.actor().username() + " keeps no accounts of " + (gemeente == null ? "the region" : gemeente));
		}
	}

	private void requireInRegion(@Nullable GemeenteCode gemeente) {
		Region region = access.region();
		if (gemeente != null && !region.contains(gemeente)) {
			throw new RuleViolation("rule.account.outside-region",
					gemeente + " is not a municipality of region " + region.name(), region.name());
		}
	}
}
