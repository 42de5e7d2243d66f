package nl.verbinder.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full integrity checks of the processing log, run in the background with their progress
 * kept ({@code access.processing_log_full_check}): a full check walks every seal batch
 * from the first, minutes on a large log, too long for a request to wait. One runs at a
 * time in the region: starting one while another runs gives the running one. The node
 * running it renews its heartbeat after every page of batches; a run whose heartbeat is
 * older than {@link #STALE} (its node stopped) is closed as stopped when the next is
 * started or asked for.
 */
@Component
class FullIntegrityChecks {

	private static final Logger log = LoggerFactory.getLogger(FullIntegrityChecks.class);

	static final Duration STALE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final IntegrityCheck integrity;

	private final Clock clock;

	/** Progress is written in transactions of its own, visible while the check runs. */
	private final TransactionTemplate progressTransaction;

	/** The check this node runs now, if any. */
	private volatile @Nullable UUID runningHere;

	FullIntegrityChecks(JdbcClient jdbc, IntegrityCheck integrity, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.integrity = integrity;
		this.clock = clock;
		this.progressTransaction = new TransactionTemplate(transactions);
		this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts a full check by {@code startedBy}, or gives the one already running. */
	FullIntegrityCheck start(String startedBy) {
		closeStale();
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		try {
			jdbc.sql(
					"""
							insert into access.processing_log_full_check (id, started_at, started_by, batches_total, heartbeat_at)
							values (?, ?, ?, ?, ?)""")
				.params(id, Timestamp.from(now), startedBy, integrity.batches(), Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException running) {
			return running().orElseGet(() -> start(startedBy));
		}
		Thread.ofVirtual().name("full-integrity-check").start(() -> run(id, startedBy));
		return find(id).orElseThrow();
	}

	/** The run with that id, if there is one. */
	Optional<FullIntegrityCheck> find(UUID id) {
		closeStale();
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::run).optional();
	}

	/** The full check running now, if any. */
	Optional<FullIntegrityCheck> running() {
		closeStale();
		return jdbc.sql(SELECT + " where finished_at is null").query(this::run).optional();
	}

	/**
	 * Writes how far the check is and renews its heartbeat, in a transaction of its own:
	 * the check itself runs in one long transaction, and progress written in that one
	 * would show nowhere until the end (and its heartbeat would look stale meanwhile).
	 */
	void recordProgress(UUID id, long checked) {
		progressTransaction.executeWithoutResult(status -> jdbc.sql("""
				update access.processing_log_full_check set batches_checked = ?, heartbeat_at = ?
				where id = ? and finished_at is null""").params(checked, Timestamp.from(clock.instant()), id).update());
	}

	/** A check this node still runs when it stops is closed as stopped at once. */
	@PreDestroy
	void stopping() {
		UUID id = runningHere;
		if (id != null) {
			markStopped(id);
		}
	}

	private void run(UUID id, String startedBy) {
		runningHere = id;
		try {
			IntegrityCheck.Stored stored = integrity.check(true, startedBy, checked -> recordProgress(id, checked));
			jdbc.sql("""
					update access.processing_log_full_check
					set batches_checked = ?, heartbeat_at = ?, finished_at = ?, check_id = ?
					where id = ? and finished_at is null""")
				.params(stored.report().batchesChecked(), Timestamp.from(clock.instant()),
						Timestamp.from(clock.instant()), stored.id(), id)
				.update();
		}
		catch (RuntimeException failed) {
			log.error("The full integrity check {} stopped", id, failed);
			markStopped(id);
		}
		finally {
			runningHere = null;
		}
	}

	private void markStopped(UUID id) {
		jdbc.sql("""
				update access.processing_log_full_check set finished_at = ?, stopped = true
				where id = ? and finished_at is null""").params(Timestamp.from(clock.instant()), id).update();
	}

	/** Closes checks whose node stopped; a row another transaction holds is skipped. */
	private void closeStale() {
		jdbc.sql("""
				update access.processing_log_full_check set finished_at = ?, stopped = true
				where id in (select id from access.processing_log_full_check
				             where finished_at is null and heartbeat_at < ? for update skip locked)""")
			.params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant().minus(STALE)))
			.update();
	}

	private static final String SELECT = """
			select id, started_at, started_by, batches_total, batches_checked, finished_at, stopped, check_id
			from access.processing_log_full_check""";

	private FullIntegrityCheck run(ResultSet rs, int row) throws SQLException {
		Long checkId = (Long) rs.getObject(8);
		return new FullIntegrityCheck(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
				rs.getLong(4), rs.getLong(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
				rs.getBoolean(7), checkId == null ? null : integrity.stored(checkId));
	}

}
