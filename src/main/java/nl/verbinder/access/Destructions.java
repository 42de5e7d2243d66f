package nl.verbinder.access;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The retention runs and their destruction records (what was destroyed, under which
 * activity, its data categories and retention period, in which municipality, how many,
 * when; never who): written by the {@link RetentionRun}, kept for good (the database
 * refuses to change or delete them), and shown to the administrator with
 * {@link Permission#PERSONAL_DATA_MANAGE}.
 */
@Service
public class Destructions {

	/** One destruction record. */
	public record Record(@Nullable String gemeente, String activity, List<DataCategory> dataCategories,
			Period retention, String what, int count, Instant destroyedAt) {

		/** The retention period in whole months, for the page. */
		public long retentionMonths() {
			return retention.toTotalMonths();
		}

	}

	/** One retention run with what it destroyed. */
	public record Run(UUID id, LocalDate runOn, Instant startedAt, @Nullable Instant finishedAt, int failures,
			List<Record> records) {

		/** When the run started, in Dutch local time. */
		public LocalDateTime localStartedAt() {
			return LocalDateTime.ofInstant(startedAt, DutchTime.ZONE);
		}

		/** How many things the run destroyed, of every kind together. */
		public int total() {
			return records.stream().mapToInt(Record::count).sum();
		}

	}

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final java.time.Clock clock;

	Destructions(JdbcClient jdbc, AccessControl access, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** Claims the day's run; false when a run for that day was claimed already. */
	boolean claim(UUID run, LocalDate day, Instant now) {
		return jdbc.sql("""
				insert into access.retention_run (id, run_on, started_at) values (?, ?, ?)
				on conflict (run_on) do nothing""").params(run, day, Timestamp.from(now)).update() == 1;
	}

	void finish(UUID run, int failures, Instant now) {
		jdbc.sql("update access.retention_run set finished_at = ?, failures = ? where id = ?")
			.params(Timestamp.from(now), failures, run)
			.update();
	}

	/** Keeps what a module destroyed in one municipality. */
	void record(UUID run, @Nullable GemeenteCode gemeente, List<Destruction> destroyed, Instant now) {
		for (Destruction d : destroyed) {
			jdbc.sql("""
					insert into access.destruction (run_id, gemeente, activity, data_categories, retention, what, count,
					  destroyed_at)
					values (?, ?, ?, cast(? as text[]), ?, ?, ?, ?)""")
				.params(run, gemeente == null ? null : gemeente.value(), d.activity().id(),
						d.activity().dataCategories().stream().map(Enum::name).toArray(String[]::new),
						String.valueOf(d.activity().retention()), d.what(), d.count(), Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Keeps how many records of the processing log went, per activity, with the
	 * activity's categories and period from the register.
	 */
	void recordLog(UUID run, Map<String, Integer> perActivity, Instant now) {
		perActivity.forEach((activity, count) -> jdbc.sql("""
				insert into access.destruction (run_id, gemeente, activity, data_categories, retention, what, count,
				  destroyed_at)
				select ?, null, a.id, cast(array['PROCESSING_LOG'] as text[]), a.retention, ?, ?, ?
				from access.processing_activity a where a.id = ?""")
			.params(run, PROCESSING_LOG_RECORDS, count, Timestamp.from(now), activity)
			.update());
	}

	/**
	 * Keeps what a module destroyed in reaction to another module's destruction (a
	 * household's file destroyed by the run): the records join the latest run, the one
	 * that destroyed what they follow from (or, when the reaction was retried later, a
	 * later one).
	 */
	void recordFollowing(GemeenteCode gemeente, List<Destruction> destroyed) {
		jdbc.sql("select id from access.retention_run order by started_at desc limit 1")
			.query(UUID.class)
			.optional()
			.ifPresent(run -> record(run, gemeente, destroyed, clock.instant()));
	}

	/** What a destruction record of processing-log records names. */
	static final String PROCESSING_LOG_RECORDS = "access.processing-log-record";

	/**
	 * The latest runs, newest first, with their destruction records. Needs
	 * {@link Permission#PERSONAL_DATA_MANAGE}.
	 */
	public List<Run> latest(int runs) {
		access.scopeFor(Permission.PERSONAL_DATA_MANAGE);
		Map<UUID, Run> byId = new LinkedHashMap<>();
		jdbc.sql("""
				select id, run_on, started_at, finished_at, failures from access.retention_run
				order by run_on desc limit ?""")
			.param(runs)
			.query((rs, n) -> new Run(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
					rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
					rs.getInt(5), new ArrayList<>()))
			.list()
			.forEach(run -> byId.put(run.id(), run));
		if (byId.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				select run_id, gemeente, activity, data_categories, retention, what, sum(count), max(destroyed_at)
				from access.destruction where run_id = any (?)
				group by run_id, gemeente, activity, data_categories, retention, what
				order by min(id)""").param(byId.keySet().toArray(UUID[]::new)).query(rs -> {
			byId.get(rs.getObject(1, UUID.class))
				.records()
				.add(new Record(rs.getString(2), rs.getString(3), categories(rs.getArray(4)),
						Period.parse(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant()));
		});
		return List.copyOf(byId.values());
	}

	private static List<DataCategory> categories(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(DataCategory::valueOf).sorted().toList();
	}

}
