package nl.verbinder.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import java.sql.Timestamp;

/**
 * Slows down whoever guesses activation codes, per client address and in PostgreSQL (so
 * every node agrees), as {@code access.LoginThrottle} does for passwords: from the 5th
 * wrong code a wait of one minute, doubling with every further wrong code, at most an
 * hour. A right code clears nothing (it is used up at once), and the count is forgotten a
 * day after the last wrong code. IPv6 addresses count per /64.
 */
@Component
class ActivationThrottle {

	static final int FREE_ATTEMPTS = 4;
	static final Duration FIRST_WAIT = Duration.ofMinutes(1);
	static final Duration LONGEST_WAIT = Duration.ofHours(1);
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivationThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When this address may try again, if it has to wait now. */
	@Transactional(readOnly = true)
	public Optional<Instant> waitUntil(String address) {
		Instant now = clock.instant();
		return jdbc.sql("select not_before from portal.activation_throttle where address = ? and not_before > ?")
			.params(key(address), Timestamp.from(now))
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Counts a wrong code from this address (in its own transaction, so that a refusal
	 * still counts).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String address) {
		Instant now = clock.instant();
		jdbc.sql("delete from portal.activation_throttle where last_failure_at < ?")
			.param(Timestamp.from(now.minus(FORGET_AFTER)))
			.update();
		int failures = jdbc.sql("""
				insert into portal.activation_throttle (address, failures, last_failure_at) values (?, 1, ?)
				on conflict (address) do update set failures = portal.activation_throttle.failures + 1,
				  last_failure_at = excluded.last_failure_at
				returning failures""").params(key(address), Timestamp.from(now)).query(Integer.class).single();
		if (failures > FREE_ATTEMPTS) {
			jdbc.sql("update portal.activation_throttle set not_before = ? where address = ?")
				.params(Timestamp.from(now.plus(wait(failures))), key(address))
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
