package nl.verbinder.access;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An account of someone who works with Verbinder, with the state of its login throttle. */
@Table(schema = "access", name = "account")
class Account {

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
	private int failedLogins;
	private @Nullable Instant lockedUntil;
	private @Nullable Instant lastLoginAt;
	private final Instant createdAt;
	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Account(UUID id, String username, String displayName, @Nullable String passwordHash, Role role,
			@Nullable String gemeente, @Nullable String oidcSubject, boolean demo, boolean enabled, int failedLogins,
			@Nullable Instant lockedUntil, @Nullable Instant lastLoginAt, Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.gemeente = gemeente;
		this.oidcSubject = oidcSubject;
		this.demo = demo;
		this.enabled = enabled;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.lastLoginAt = lastLoginAt;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Account open(String username, String displayName, Role role, @Nullable GemeenteCode gemeente,
			@Nullable String passwordHash, boolean demo, Instant now) {
		if (username == null || !username.matches("[a-z0-9._@-]{3,64}")) {
			throw new RuleViolation("rule.account.username.format",
					"A username has 3 to 64 lower-case letters, digits or . _ @ -");
		}
		return new Account(UUID.randomUUID(), username, name(displayName), passwordHash, role,
				gemeente == null ? null : gemeente.value(), null, demo, true, 0, null, null, now, null);
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

	/** Makes sure the caller changes the version it read; otherwise the change is a conflict. */
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
			throw new RuleViolation("rule.account.name", "An account has a name of 1 to 200 characters");
		}
		return displayName.strip();
	}

	Actor actor() {
		return new Actor(new AccountId(id), username, displayName, role, gemeente == null ? null : new GemeenteCode(gemeente));
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed login; from the {@code maxFailures}-th failure on, each further failure locks the
	 * account for {@code lock}, doubled per extra failure (capped at a day).
	 */
	void loginFailed(Instant now, int maxFailures, Duration lock) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			int extra = Math.min(failedLogins - maxFailures, 7);
			Duration duration = lock.multipliedBy(1L << extra);
			lockedUntil = now.plus(duration.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : duration);
		}
	}

	void loginSucceeded(Instant now) {
		failedLogins = 0;
		lockedUntil = null;
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

	@Nullable
	String passwordHash() {
		return passwordHash;
	}

	boolean demo() {
		return demo;
	}

	boolean enabled() {
		return enabled;
	}

	int failedLogins() {
		return failedLogins;
	}

	@Nullable
	Instant lastLoginAt() {
		return lastLoginAt;
	}

	Role role() {
		return role;
	}

	@Nullable
	String gemeente() {
		return gemeente;
	}

	String displayName() {
		return displayName;
	}
}
