package nl.verbinder.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The signal table, read and written within the row-level security scope of the caller's
 * transaction. A signal is open until its condition ends (closed) or a case manager
 * dismisses it; a dismissed signal stays in place, so that the same occurrence is not
 * raised again, until its condition ends.
 */
@Repository
class SignalStore {

	/** A stored signal, before names are added. */
	record Row(UUID id, HouseholdId household, String gemeente, SignalKind kind, LocalDate dueOn, Instant raisedAt,
			@Nullable Instant closedAt, @Nullable Instant acknowledgedAt, @Nullable String note,
			@Nullable Instant dismissedAt, @Nullable String dismissalReason) {
	}

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Brings the signals of {@code gemeenten} (of one household, when {@code only} is
	 * given) in line with {@code findings}, set-based: raises those not there yet (one
	 * per household and kind, dismissed ones included), closes those whose condition
	 * ended. Returns raised and closed.
	 */
	int[] reconcile(String[] gemeenten, @Nullable HouseholdId only, List<SignalRules.Finding> findings, Instant now) {
		String[] households = findings.stream().map(f -> f.household().value().toString()).toArray(String[]::new);
		String[] inGemeente = findings.stream().map(SignalRules.Finding::gemeente).toArray(String[]::new);
		String[] kinds = findings.stream().map(f -> f.kind().name()).toArray(String[]::new);
		String[] dues = findings.stream().map(f -> f.dueOn().toString()).toArray(String[]::new);
		int raised = jdbc.sql("""
				insert into monitoring.signal (id, household_id, gemeente, kind, since, raised_at)
				select gen_random_uuid(), cast(f.household as uuid), f.gemeente, f.kind, cast(f.due as date), :now
				from unnest(cast(:households as text[]), cast(:gemeenten as text[]), cast(:kinds as text[]),
				            cast(:dues as text[])) as f(household, gemeente, kind, due)
				where f.gemeente = any(:scope)
				on conflict (household_id, kind) where closed_at is null do nothing""")
			.param("households", households)
			.param("gemeenten", inGemeente)
			.param("kinds", kinds)
			.param("dues", dues)
			.param("scope", gemeenten)
			.param("now", Timestamp.from(now))
			.update();
		int closed = jdbc.sql("""
				update monitoring.signal s set closed_at = :now
				where s.gemeente = any(:scope) and s.closed_at is null
				  and (cast(:only as uuid) is null or s.household_id = :only)
				  and not exists (
				    select 1 from unnest(cast(:households as text[]), cast(:kinds as text[])) as f(household, kind)
				    where cast(f.household as uuid) = s.household_id and f.kind = s.kind)""")
			.param("households", households)
			.param("kinds", kinds)
			.param("scope", gemeenten)
			.param("only", only == null ? null : only.value())
			.param("now", Timestamp.from(now))
			.update();
		return new int[] { raised, closed };
	}

	/**
	 * The open signals of {@code gemeenten}, not dismissed, most urgent first: those not
	 * handled yet, then by due date and kind.
	 */
	List<Row> open(String[] gemeenten) {
		return jdbc.sql("""
				select * from monitoring.signal
				where gemeente = any(?) and closed_at is null and dismissed_at is null
				order by acknowledged_at is not null, since, raised_at, id""")
			.param(gemeenten)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The number of open signals per household of {@code households} that has any. */
	Map<HouseholdId, Integer> openCounts(String[] gemeenten, Collection<HouseholdId> households) {
		Map<HouseholdId, Integer> counts = new HashMap<>();
		if (households.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select household_id, count(*) as open from monitoring.signal
				where gemeente = any(:gemeenten) and household_id = any(:households)
				  and closed_at is null and dismissed_at is null
				group by household_id""")
			.param("gemeenten", gemeenten)
			.param("households", households.stream().map(HouseholdId::value).toArray(UUID[]::new))
			.query(rs -> {
				counts.put(new HouseholdId(rs.getObject("household_id", UUID.class)), rs.getInt("open"));
			});
		return counts;
	}

	/** Every signal of a household, open and closed, newest first. */
	List<Row> ofHousehold(HouseholdId household) {
		return jdbc.sql("select * from monitoring.signal where household_id = ? order by raised_at desc, id")
			.param(household.value())
			.query((rs, n) -> row(rs))
			.list();
	}

	boolean acknowledge(UUID id, UUID by, String note, Instant now) {
		return jdbc.sql("""
				update monitoring.signal set acknowledged_at = ?, acknowledged_by = ?, note = ?
				where id = ? and closed_at is null and dismissed_at is null""")
			.params(Timestamp.from(now), by, note, id)
			.update() == 1;
	}

	boolean dismiss(UUID id, UUID by, String reason, Instant now) {
		return jdbc.sql("""
				update monitoring.signal set dismissed_at = ?, dismissed_by = ?, dismissal_reason = ?
				where id = ? and closed_at is null and dismissed_at is null""")
			.params(Timestamp.from(now), by, reason, id)
			.update() == 1;
	}

	@Nullable Row find(UUID id) {
		return jdbc.sql("select * from monitoring.signal where id = ?")
			.param(id)
			.query((rs, n) -> row(rs))
			.optional()
			.orElse(null);
	}

	UUID startRun(String trigger, LocalDate day, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into monitoring.signal_run (id, trigger, run_on, started_at) values (?, ?, ?, ?)")
			.params(id, trigger, day, Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * Claims today's nightly run; false when another node (or an earlier start) claimed
	 * it already.
	 */
	boolean claimNightly(UUID id, LocalDate day, Instant now) {
		return jdbc.sql("""
				insert into monitoring.signal_run (id, trigger, run_on, started_at) values (?, 'NIGHTLY', ?, ?)
				on conflict (run_on) where trigger = 'NIGHTLY' do nothing""")
			.params(id, day, Timestamp.from(now))
			.update() == 1;
	}

	void finishRun(UUID id, int raised, int closed, Instant now) {
		jdbc.sql("""
				update monitoring.signal_run set finished_at = ?, raised = coalesce(raised, 0) + ?,
				       closed = coalesce(closed, 0) + ? where id = ?""")
			.params(Timestamp.from(now), raised, closed, id)
			.update();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
				rs.getString("gemeente"), SignalKind.valueOf(rs.getString("kind")),
				rs.getObject("since", LocalDate.class), rs.getTimestamp("raised_at").toInstant(),
				instant(rs, "closed_at"), instant(rs, "acknowledged_at"), rs.getString("note"),
				instant(rs, "dismissed_at"), rs.getString("dismissal_reason"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
