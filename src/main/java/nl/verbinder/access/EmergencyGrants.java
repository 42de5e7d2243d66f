package nl.verbinder.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of grants of emergency access ({@code access.emergency_access}): opening one,
 * the active ones of an account as of this clock's now, and the list for the
 * administrator. A grant counts from its opening until its end and is never changed.
 */
@Component
class EmergencyGrants {

	private final JdbcClient jdbc;

	private final Clock clock;

	EmergencyGrants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	void insert(EmergencyAccess.Grant grant) {
		jdbc.sql("""
				insert into access.emergency_access (id, account_id, account_name, account_gemeente, household_id,
				  gemeente, reason, opened_at, until)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(grant.id(), grant.account().value(), grant.accountName(), grant.accountGemeente().value(),
					grant.household(), grant.gemeente().value(), grant.reason(), Timestamp.from(grant.openedAt()),
					Timestamp.from(grant.until()))
			.update();
	}

	/**
	 * The households the account holds an active grant for, each with its latest grant.
	 */
	Map<UUID, UUID> activeFor(AccountId account) {
		Map<UUID, UUID> grants = new LinkedHashMap<>();
		jdbc.sql("""
				select household_id, id from access.emergency_access
				where account_id = ? and opened_at <= ? and until > ?
				order by opened_at""")
			.params(account.value(), Timestamp.from(now()), Timestamp.from(now()))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.forEach(e -> grants.put(e.getKey(), e.getValue()));
		return grants;
	}

	EmergencyAccess.Grant get(UUID id) {
		return jdbc.sql("select * from access.emergency_access where id = ?").param(id).query(this::grant).single();
	}

	/**
	 * The grants that concern one of the municipalities (as the household's or the
	 * account's), newest first, with how often each was used.
	 */
	List<EmergencyAccess.Grant> concerning(String[] gemeenten, int limit) {
		return jdbc.sql("""
				select g.*, (select count(*) from access.processing_log l
				              where l.subject_type = 'noodtoegang' and l.subject_id = g.id::text) as uses
				from access.emergency_access g
				where g.gemeente = any(?) or g.account_gemeente = any(?)
				order by g.opened_at desc, g.id limit ?""")
			.params(gemeenten, gemeenten, limit)
			.query(this::grant)
			.list();
	}

	private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
		var meta = rs.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (meta.getColumnLabel(i).equals(column)) {
				return true;
			}
		}
		return false;
	}

	private EmergencyAccess.Grant grant(ResultSet rs, int n) throws SQLException {
		return new EmergencyAccess.Grant(rs.getObject("id", UUID.class),
				new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("account_name"),
				new GemeenteCode(rs.getString("account_gemeente")), rs.getObject("household_id", UUID.class),
				new GemeenteCode(rs.getString("gemeente")), rs.getString("reason"),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("until").toInstant(),
				hasColumn(rs, "uses") ? rs.getLong("uses") : 0);
	}

}
