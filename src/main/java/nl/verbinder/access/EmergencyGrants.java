package nl.verbinder.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The store of emergency-access grants ({@code access.emergency_access}). */
@Component
class EmergencyGrants {

	private static final String COLUMNS = """
			id, account_id, actor, actor_gemeente, household_id, gemeente, reason, granted_at, expires_at, ended_at""";

	/**
	 * The first key of the advisory lock on one case manager's grants for one household
	 * ("Nood"); the second is a hash of the two.
	 */
	static final int GRANT_LOCK = 0x4e6f6f64;

	private final JdbcClient jdbc;

	EmergencyGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(EmergencyAccessGrant grant) {
		jdbc.sql("insert into access.emergency_access (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, null)")
			.params(grant.id(), grant.account().value(), grant.actor(), grant.actorGemeente().value(),
					grant.household(), grant.gemeente().value(), grant.reason(), Timestamp.from(grant.grantedAt()),
					Timestamp.from(grant.expiresAt()))
			.update();
	}

	/**
	 * Waits until no other transaction is granting {@code account} an emergency access to
	 * {@code household} and keeps others waiting until this transaction ends: a second
	 * request made at the same moment then finds the first's grant instead of adding one
	 * too. Accounts and households whose hashes meet wait for each other needlessly, and
	 * only that.
	 */
	void lockGrantsOf(AccountId account, UUID household) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)")
			.params(GRANT_LOCK, lockKey(account, household))
			.query()
			.singleValue();
	}

	static int lockKey(AccountId account, UUID household) {
		return 31 * account.value().hashCode() + household.hashCode();
	}

	/**
	 * The grant of {@code account} that opens {@code household} at {@code now}, if any.
	 */
	Optional<EmergencyAccessGrant> active(AccountId account, UUID household, Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				 from access.emergency_access
				where account_id = ? and household_id = ? and granted_at <= ? and expires_at > ?
				  and (ended_at is null or ended_at > ?)
				order by granted_at desc limit 1""")
			.params(account.value(), household, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
			.query(EmergencyGrants::grant)
			.optional();
	}

	Optional<EmergencyAccessGrant> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from access.emergency_access where id = ?")
			.param(id)
			.query(EmergencyGrants::grant)
			.optional();
	}

	/** The grants for one household, newest first, at most {@code limit}. */
	List<EmergencyAccessGrant> ofHousehold(UUID household, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from access.emergency_access where household_id = ?
				order by granted_at desc, id limit ?""").params(household, limit).query(EmergencyGrants::grant).list();
	}

	/** Ends a grant that has not ended; false when it had. */
	boolean end(UUID id, Instant now) {
		return jdbc.sql("update access.emergency_access set ended_at = ? where id = ? and ended_at is null")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/** The API's sort keys, as columns. */
	static final Map<String, String> SORTING = Map.of("vanaf", "granted_at", "gemeente", "gemeente", "medewerker",
			"actor");

	/** The newest grants first, of the given municipalities (either side), one page. */
	List<EmergencyAccessGrant> latest(String[] gemeenten, int limit, long offset) {
		return latest(gemeenten, "granted_at desc, id", limit, offset);
	}

	/**
	 * The grants of the given municipalities (either side) in {@code orderBy} (written by
	 * the caller from {@link #SORTING}, never the request's text), one page.
	 */
	List<EmergencyAccessGrant> latest(String[] gemeenten, String orderBy, int limit, long offset) {
		return jdbc.sql("select " + COLUMNS + """
				 from access.emergency_access
				where gemeente = any(?) or actor_gemeente = any(?)
				order by %s limit ? offset ?""".formatted(orderBy))
			.params(gemeenten, gemeenten, limit, offset)
			.query(EmergencyGrants::grant)
			.list();
	}

	long count(String[] gemeenten) {
		return jdbc
			.sql("select count(*) from access.emergency_access where gemeente = any(?) or actor_gemeente = any(?)")
			.params(gemeenten, gemeenten)
			.query(Long.class)
			.single();
	}

	private static EmergencyAccessGrant grant(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new EmergencyAccessGrant(rs.getObject("id", UUID.class),
				new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("actor"),
				new GemeenteCode(rs.getString("actor_gemeente")), rs.getObject("household_id", UUID.class),
				new GemeenteCode(rs.getString("gemeente")), rs.getString("reason"),
				rs.getTimestamp("granted_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				ended == null ? null : ended.toInstant());
	}

}
