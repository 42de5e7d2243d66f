package nl.verbinder.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without giving strangers a way to keep an account's owner
 * out.
 * <p>
 * <b>What is counted.</b> Every failed password login counts against three keys, each a
 * row in {@code access.login_throttle}: the username from that client address, the client
 * address for every username, and the username from every address. From a key's threshold
 * on, each further failure makes the key wait before its next attempt (a
 * {@code not_before} time): a first delay, doubled per failure, up to a maximum
 * ({@link LoginThrottleSettings.Rule}). A key without failures for {@code forget-after}
 * starts again. An attempt made too early is refused before its password is checked and
 * does not count: it costs nothing and teaches nothing. The state is in PostgreSQL, so
 * every node sees the same delays.
 * <p>
 * <b>Why a stranger cannot keep the owner out.</b> The strict key is the pair (username,
 * address): five failures from one address delay that address only (the owner's own typos
 * delay the owner's own address, as they should). The address-wide key stops one address
 * from trying many usernames. The account-wide key is the cap for an attack spread over
 * many addresses, which the pair key alone would let through at five guesses per address.
 * It and the address-wide key do not apply to an address the account logged in from
 * before ({@code access.login_address}, remembered for {@code remember-addresses}), and
 * none of them applies to OIDC. So under a distributed attack the owner still gets in
 * from where they usually work, or through their organisation's login; only from a new
 * address they may have to wait (at most the account rule's maximum, 15 minutes by
 * default). We chose this over a lock of the account, which anyone who knows a username
 * can trigger, and over a per-address limit only, which a botnet evades. The
 * administrator sees every key with failures and can clear one.
 * <p>
 * <b>Unknown usernames</b> are counted like known ones, under the name as typed: the
 * throttle answers alike whether an account exists, so it cannot be used to find out.
 * Text that cannot be a username counts against the address only.
 * <p>
 * <b>Defaults.</b> Pair: from the 5th failure 1 minute, doubling, at most 1 hour (about
 * 30 guesses a day per address and account). Address: from the 20th failure, same delays
 * (an office behind one address has room for its people's typos). Account: from the 20th
 * failure from addresses not its own, at most 15 minutes (about 100 guesses a day however
 * many addresses an attacker has).
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** The username of the address-wide key and the address of the account-wide key. */
	private static final String EVERY = "";

	/**
	 * A remembered address is written again at most this often, not on every API request.
	 */
	private static final Duration REMEMBER_AGAIN_AFTER = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Accounts accounts, LoginThrottleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What the throttle says about an attempt, read before any password is checked.
	 *
	 * @param notBefore when the attempt may be made, or null when it may be made now
	 * @param ownFailures whether the username has failures from this very address
	 * @param rememberedAt when the account last logged in from this address, or null
	 */
	record Verdict(@Nullable Instant notBefore, boolean ownFailures, @Nullable Instant rememberedAt,
			boolean recentFailures) {

		Verdict(@Nullable Instant notBefore, boolean ownFailures, @Nullable Instant rememberedAt) {
			this(notBefore, ownFailures, rememberedAt, ownFailures);
		}

		boolean refusedAt(Instant now) {
			return notBefore != null && notBefore.isAfter(now);
		}
	}

	private record Row(String username, String address, int failures, Instant lastFailureAt,
			@Nullable Instant notBefore) {
	}

	/**
	 * The verdict on an attempt for {@code username} (null: text that cannot be one) from
	 * {@code address}.
	 */
	Verdict check(@Nullable String username, ClientAddress address) {
		Instant now = clock.instant();
		Timestamp fresh = Timestamp.from(now.minus(settings.forgetAfter()));
		List<Row> rows = jdbc.sql("""
				select username, address, failures, last_failure_at, not_before from access.login_throttle
				where last_failure_at > :fresh
				  and ((username = :username and address in (:address, '')) or (username = '' and address = :address))
				""")
			.param("fresh", fresh)
			.param("username", username == null ? EVERY : username)
			.param("address", address.value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.list();
		Instant remembered = username == null ? null
				: jdbc.sql("""
						select last_success_at from access.login_address
						where username = ? and address = ? and last_success_at > ?
						""")
					.params(username, address.value(), Timestamp.from(now.minus(settings.rememberAddresses())))
					.query(Timestamp.class)
					.optional()
					.map(Timestamp::toInstant)
					.orElse(null);
		return verdict(rows, username, address, remembered);
	}

	private static Verdict verdict(List<Row> rows, @Nullable String username, ClientAddress address,
			@Nullable Instant remembered) {
		Instant notBefore = null;
		boolean ownFailures = false;
		for (Row row : rows) {
			boolean pair = username != null && row.username().equals(username) && row.address().equals(address.value());
			ownFailures |= pair;
			// An address the account logged in from is held back only by failures from
			// that address itself.
			if ((pair || remembered == null) && row.notBefore() != null
					&& (notBefore == null || row.notBefore().isAfter(notBefore))) {
				notBefore = row.notBefore();
			}
		}
		return new Verdict(notBefore, ownFailures, remembered, !rows.isEmpty());
	}

	/** Counts a failed password login against each of its keys. */
	void failed(@Nullable String username, ClientAddress address) {
		count(EVERY, address.value(), settings.address());
		if (username != null) {
			count(username, address.value(), settings.accountFromAddress());
			count(username, EVERY, settings.account());
		}
	}

	private void count(String username, String address, LoginThrottleSettings.Rule rule) {
		Instant now = clock.instant();
		Timestamp stale = Timestamp.from(now.minus(settings.forgetAfter()));
		// One statement per key: parallel failures each count, whichever node they reach.
		int failures = jdbc.sql("""
				insert into access.login_throttle as t (username, address, failures, last_failure_at)
				values (:username, :address, 1, :now)
				on conflict (username, address) do update set
				  failures = case when t.last_failure_at < :stale then 1 else t.failures + 1 end,
				  not_before = case when t.last_failure_at < :stale then null else t.not_before end,
				  last_failure_at = excluded.last_failure_at
				returning failures
				""")
			.param("username", username)
			.param("address", address)
			.param("now", Timestamp.from(now))
			.param("stale", stale)
			.query(Integer.class)
			.single();
		Duration delay = rule.delayAfter(failures);
		if (!delay.isZero()) {
			// greatest(): of two parallel failures, the later delay wins whichever writes
			// last.
			jdbc.sql("""
					update access.login_throttle set not_before = greatest(not_before, :until)
					where username = :username and address = :address
					""")
				.param("until", Timestamp.from(now.plus(delay)))
				.param("username", username)
				.param("address", address)
				.update();
			if (failures == rule.threshold()) {
				log.info("Login attempts for '{}' from '{}' are delayed after {} failures", username, address,
						failures);
			}
		}
	}

	/**
	 * After a successful login: the address becomes (or stays) one the account logs in
	 * from, and the failures from it are forgotten. Writes nothing when there is nothing
	 * new, as on most API requests.
	 */
	void succeeded(String username, ClientAddress address, Verdict verdict) {
		Instant now = clock.instant();
		if (verdict.ownFailures()) {
			jdbc.sql("delete from access.login_throttle where username = ? and address = ?")
				.params(username, address.value())
				.update();
		}
		if (verdict.rememberedAt() == null || verdict.rememberedAt().isBefore(now.minus(REMEMBER_AGAIN_AFTER))) {
			jdbc.sql("""
					insert into access.login_address (username, address, last_success_at) values (?, ?, ?)
					on conflict (username, address) do update set last_success_at = excluded.last_success_at
					""").params(username, address.value(), Timestamp.from(now)).update();
		}
	}

	/** Every key with recent failures, those that wait longest first. */
	List<LoginThrottleView> recent() {
		Instant now = clock.instant();
		Set<String> known = accounts.findAllByOrderByUsername()
			.stream()
			.map(Account::username)
			.collect(Collectors.toSet());
		return jdbc.sql("""
				select username, address, failures, last_failure_at, not_before from access.login_throttle
				where last_failure_at > ?
				order by not_before desc nulls last, last_failure_at desc
				limit 500
				""").param(Timestamp.from(now.minus(settings.forgetAfter()))).query((rs, n) -> {
			String username = rs.getString(1);
			String address = rs.getString(2);
			Instant notBefore = rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant();
			return new LoginThrottleView(username.isEmpty() ? null : username, address.isEmpty() ? null : address,
					!username.isEmpty() && known.contains(username), rs.getInt(3), rs.getTimestamp(4).toInstant(),
					notBefore != null && notBefore.isAfter(now) ? notBefore : null);
		}).list();
	}

	/**
	 * The usernames that wait now from at least one address, or from every address not
	 * their own.
	 */
	Set<String> delayedUsernames() {
		return Set.copyOf(
				jdbc.sql("select distinct username from access.login_throttle where username <> '' and not_before > ?")
					.param(Timestamp.from(clock.instant()))
					.query(String.class)
					.list());
	}

	/** Forgets the failures of one key; true when there were any. */
	boolean clear(@Nullable String username, @Nullable String address) {
		return jdbc.sql("delete from access.login_throttle where username = ? and address = ?")
			.params(username == null ? EVERY : username, address == null ? EVERY : address)
			.update() > 0;
	}

	/**
	 * Removes keys whose failures are forgotten and addresses not used for a long time.
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void forget() {
		Instant now = clock.instant();
		jdbc.sql(
				"delete from access.login_throttle where last_failure_at < ? and (not_before is null or not_before < ?)")
			.params(Timestamp.from(now.minus(settings.forgetAfter())), Timestamp.from(now))
			.update();
		jdbc.sql("delete from access.login_address where last_success_at < ?")
			.param(Timestamp.from(now.minus(settings.rememberAddresses())))
			.update();
	}

	/**
	 * Every successful login (form, HTTP Basic, OIDC) notes when the account last logged
	 * in; an OIDC login also makes its address one the account logs in from (password
	 * logins do so in {@link PasswordLogin}, which has already read the verdict).
	 */
	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof ActorPrincipal principal)) {
			return;
		}
		if (event.getAuthentication() instanceof OAuth2AuthenticationToken oidc) {
			ClientAddress address = ClientAddress.of(oidc.getDetails());
			succeeded(principal.actor().username(), address, new Verdict(null, true, null));
		}
		// One statement, at most once a minute, and without touching the account's
		// version: a login must not
		// turn an administrator's edit of the same account into a conflict.
		Instant now = clock.instant();
		jdbc.sql("""
				update access.account set last_login_at = :now
				where id = :id and (last_login_at is null or last_login_at < :minuteAgo)
				""")
			.param("now", Timestamp.from(now))
			.param("id", principal.actor().id().value())
			.param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
			.update();
	}

}
