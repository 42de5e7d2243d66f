package nl.verbinder.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and listing accounts. Listing needs {@link Permission#ACCOUNTS_MANAGE}. */
@Service
public class AccountAdministration {

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final AccessControl access;
	private final Region region;
	private final Clock clock;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, AccessControl access, Region region, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.access = access;
		this.region = region;
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
		var now = clock.instant();
		return accounts.findAllByOrderByUsername().stream().filter(a -> {
			GemeenteCode gemeente = a.actor().gemeente();
			return gemeente == null ? scope.actor().regional() : scope.covers(gemeente);
		}).map(a -> {
			Actor actor = a.actor();
			return new AccountView(actor.id(), a.username(), a.displayName(), a.role(), actor.gemeente(), a.demo(),
					a.enabled(), a.lockedAt(now), a.lastLoginAt());
		}).toList();
	}
}
