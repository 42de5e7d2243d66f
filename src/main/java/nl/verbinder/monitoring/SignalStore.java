package nl.verbinder.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The signal table, read and written within the row-level security scope of the caller's
 * transaction.
 */
@Repository
class SignalStore {

	/** A stored signal, before names are added. */
	record Row(UUID id, HouseholdId household, String gemeente, SignalKind kind, LocalDate dueOn, Instant raisedAt,
			@Nullable Instant closedAt, @Nullable Instant acknowledgedAt, @Nullable String note) {
	}

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Brings the open signals of {@code gemeenten} in line with {@code findings}: raises
	 * those not open yet (one open signal per household and kind), closes those whose
	 * condition ended. Returns raised and closed.
	 */
	int[] reconcile(String[] gemeenten, List<SignalRules.Finding> findings, Instant now) {
		Set<String> wanted = new HashSet<>();
		int raised = 0;
		for (SignalRules.Finding f : findings) {
			wanted.add(f.household().value() + "/" + f.kind());
			raised += jdbc.sql("""
					insert into monitoring.signal (id, household_id, gemeente, kind, since, raised_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (household_id, kind) where closed_at is null do nothing""")
				.params(UUID.randomUUID(), f.household().value(), f.gemeente(), f.kind().name(), f.dueOn(),
						Timestamp.from(now))
				.update();
		}
		int closed = 0;
		for (Row open : open(gemeenten)) {
			if (!wanted.contains(open.household().value() + "/" + open.kind())) {
				closed += jdbc.sql("update monitoring.signal set closed_at = ? where id = ? and closed_at is null")
					.params(Timestamp.from(now), open.id())
					.update();
			}
		}
		return new int[] { raised, closed };
	}

	List<Row> open(String[] gemeenten) {
		return jdbc.sql("""
				select * from monitoring.signal where gemeente = any(?) and closed_at is null
				order by since, raised_at, id""").param(gemeenten).query((rs, n) -> row(rs)).list();
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
				where id = ? and closed_at is null""").params(Timestamp.from(now), by, note, id).update() == 1;
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
		Timestamp closed = rs.getTimestamp("closed_at");
		Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
		return new Row(rs.getObject("id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
				rs.getString("gemeente"), SignalKind.valueOf(rs.getString("kind")),
				rs.getObject("since", LocalDate.class), rs.getTimestamp("raised_at").toInstant(),
				closed == null ? null : closed.toInstant(), acknowledged == null ? null : acknowledged.toInstant(),
				rs.getString("note"));
	}

}
