package nl.verbinder.access;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account of someone who works with Verbinder. Failed logins are not counted here but
 * per client address by {@link LoginThrottle}, so that nobody can lock an account by
 * failing to log in to it.
 */
@Table(schema = "access", name = "account")
class Account {

	/** What a username looks like: 3 to 64 lower-case letters, digits or . _ @ - */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,64}");

	@Id
	private final UUID id;

	private final String username;

	private String displayName;

	private @Nullable String passwordHash;

	private Role role;

	private @Nullable String gemeente;

	private @Nullable String oidcSubject;

	private final boolean demo;

	private boolean enabled;

	private @Nullable Instant lastLoginAt;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Account(UUID id, String username, String displayName, @Nullable String passwordHash, Role role,
			@Nullable String gemeente, @Nullable String oidcSubject, boolean demo, boolean enabled,
			@Nullable Instant lastLoginAt, Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.gemeente = gemeente;
		this.oidcSubject = oidcSubject;
		this.demo = demo;
		this.enabled = enabled;
		this.lastLoginAt = lastLoginAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Account open(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			@Nullable String passwordHash, boolean demo, Instant now) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new RuleViolation("rule.account.username");
		}
		return new Account(UUID.randomUUID(), username, name(displayName), passwordHash, role,
				gemeente == null ? null : gemeente.value(), null, demo, true, null, now, null);
	}

	/** A new name, role and municipality (null: the whole region); the username stays. */
	void change(String displayName, Role role, @Nullable GemeenteCode gemeente) {
		this.displayName = name(displayName);
		this.role = role;
		this.gemeente = gemeente == null ? null : gemeente.value();
	}

	/** The account can no longer log in; it stays, with everything done under it. */
	void disable() {
		enabled = false;
	}

	void enable() {
		enabled = true;
	}

	/**
	 * Makes sure the caller changes the version it read; otherwise the change is a
	 * conflict.
	 */
	void expectVersion(long expected) {
		if (version() != expected) {
			throw new OptimisticLockingFailureException(
					"Account " + id + " is at version " + version() + ", not " + expected);
		}
	}

	long version() {
		return version == null ? 0 : version;
	}

	private static String name(String displayName) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			throw new RuleViolation("rule.account.name");
		}
		return displayName.strip();
	}

	Actor actor() {
		return new Actor(new AccountId(id), username, displayName, role,
				gemeente == null ? null : new GemeenteCode(gemeente));
	}

	void loginSucceeded(Instant now) {
		lastLoginAt = now;
	}

	void linkOidcSubject(String subject) {
		this.oidcSubject = subject;
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	boolean demo() {
		return demo;
	}

	boolean enabled() {
		return enabled;
	}

	@Nullable Instant lastLoginAt() {
		return lastLoginAt;
	}

	Role role() {
		return role;
	}

	@Nullable String gemeente() {
		return gemeente;
	}

	String displayName() {
		return displayName;
	}

}
