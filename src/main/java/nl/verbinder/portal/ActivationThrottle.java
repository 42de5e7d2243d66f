package nl.verbinder.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down whoever guesses activation codes, in PostgreSQL (so every node agrees), as
 * {@code access.LoginThrottle} does for passwords. Three rules, each on its own:
 * <ul>
 * <li><b>Per client address</b>: from the 5th wrong code a wait of one minute, doubling
 * with every further wrong code, at most an hour. IPv6 addresses count per /64.</li>
 * <li><b>Per code</b>: the same for one typed code, wrong, from every address together: a
 * code being tried from many addresses (a botnet working through a list) waits as one
 * address would. A wrong code names no invitation (the hash finds none), so this is as
 * close to "per invitation" as a code that is not there allows; a right code is used up
 * at once.</li>
 * <li><b>Over all addresses</b>: a sliding window of {@link #GLOBAL} (at most 100 wrong
 * codes in 10 minutes in the whole region); while it is full, every activation waits
 * until the window has room. Guessing spread over thousands of addresses, each below its
 * own limit, is then bounded too: at 100 guesses per 10 minutes, finding one of a
 * thousand open 59-bit codes takes longer than the universe is old. The price is that
 * during such an attack a newcomer who activates waits too (minutes, the page says until
 * when), which we accept over letting the attack run at its own pace; a region sees a few
 * mistyped codes a day, far below the limit.</li>
 * </ul>
 * A right code clears nothing (it is used up at once), and the per-key counts are
 * forgotten a day after their last wrong code.
 */
@Component
class ActivationThrottle {

	static final int FREE_ATTEMPTS = 4;
	static final Duration FIRST_WAIT = Duration.ofMinutes(1);
	static final Duration LONGEST_WAIT = Duration.ofHours(1);
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	/** How many wrong codes the whole region may see in how long. */
	record Window(int limit, Duration length) {

		Window {
			if (limit < 1 || length.isNegative() || length.isZero()) {
				throw new IllegalArgumentException("A window needs a positive limit and length");
			}
		}
	}

	static final Window GLOBAL = new Window(100, Duration.ofMinutes(10));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Window global;

	@Autowired
	ActivationThrottle(JdbcClient jdbc, Clock clock) {
		this(jdbc, clock, GLOBAL);
	}

	ActivationThrottle(JdbcClient jdbc, Clock clock, Window global) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.global = global;
	}

	/**
	 * A wait: until when, and whether this address's own wrong codes are the reason (or
	 * the code's from elsewhere, or the region's).
	 */
	record Wait(Instant until, boolean ownAddress) {
	}

	/**
	 * When an activation from this address with this code (its hash, null for text that
	 * is no code) may be tried, if it has to wait now: the latest of the three rules.
	 */
	@Transactional(readOnly = true)
	public Optional<Wait> waitUntil(String address, @Nullable String codeHash) {
		Instant now = clock.instant();
		Optional<Wait> own = keyWait(addressKey(address), now).map(until -> new Wait(until, true));
		Optional<Wait> code = keyWait(codeKey(codeHash), now).map(until -> new Wait(until, false));
		Optional<Wait> region = globalWait(now).map(until -> new Wait(until, false));
		return Stream.of(own, code, region).flatMap(Optional::stream).max(Comparator.comparing(Wait::until));
	}

	private Optional<Instant> keyWait(String key, Instant now) {
		return jdbc.sql("select not_before from portal.activation_throttle where throttle_key = ? and not_before > ?")
			.params(key, Timestamp.from(now))
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * While the region's window holds its limit of wrong codes: until the oldest of the
	 * newest {@code limit} leaves it.
	 */
	private Optional<Instant> globalWait(Instant now) {
		return jdbc.sql("select at from portal.activation_guess where at > ? order by at desc offset ? limit 1")
			.params(Timestamp.from(now.minus(global.length())), global.limit() - 1)
			.query((rs, n) -> rs.getTimestamp(1).toInstant().plus(global.length()))
			.optional()
			.filter(until -> until.isAfter(now));
	}

	/**
	 * Counts a wrong code from this address (in its own transaction, so that a refusal
	 * still counts): against the address, the code typed, and the region's window.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String address, @Nullable String codeHash) {
		Instant now = clock.instant();
		jdbc.sql("delete from portal.activation_throttle where last_failure_at < ?")
			.param(Timestamp.from(now.minus(FORGET_AFTER)))
			.update();
		jdbc.sql("delete from portal.activation_guess where at < ?")
			.param(Timestamp.from(now.minus(global.length())))
			.update();
		jdbc.sql("insert into portal.activation_guess (at) values (?)").param(Timestamp.from(now)).update();
		count(addressKey(address), now);
		if (codeHash != null) {
			count(codeKey(codeHash), now);
		}
	}

	private void count(String key, Instant now) {
		int failures = jdbc.sql("""
				insert into portal.activation_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)
				on conflict (throttle_key) do update set failures = portal.activation_throttle.failures + 1,
				  last_failure_at = excluded.last_failure_at
				returning failures""").params(key, Timestamp.from(now)).query(Integer.class).single();
		if (failures > FREE_ATTEMPTS) {
			jdbc.sql("update portal.activation_throttle set not_before = ? where throttle_key = ?")
				.params(Timestamp.from(now.plus(wait(failures))), key)
				.update();
		}
	}

	/** One minute after the 5th wrong code, doubling, at most an hour. */
	static Duration wait(int failures) {
		if (failures <= FREE_ATTEMPTS) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - FREE_ATTEMPTS - 1, 10);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	static String addressKey(String address) {
		return "address " + key(address);
	}

	static String codeKey(@Nullable String codeHash) {
		return "code " + (codeHash == null ? "-" : codeHash);
	}

	/**
	 * An IPv4 address as it is; an IPv6 address by its first four groups (/64), which one
	 * client usually has.
	 */
	static String key(String address) {
		if (!address.contains(":")) {
			return address;
		}
		String[] groups = address.split(":", -1);
		return groups.length < 4 ? address : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
	}

}
