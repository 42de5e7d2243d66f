package nl.verbinder.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys the processing log's records whose retention has passed, by whole seal
 * batches, so that the chain of batches stays verifiable. A record is kept for its
 * activity's retention period (the register's {@code bewaartermijn}) counted from the day
 * of the processing, Dutch time; a batch goes when every record in it has expired (a
 * record of an activity without a period never does). The batch's row stays (hash, link
 * to the previous batch, records root, signature, anchor); a mark in
 * {@code access.processing_log_destruction}, signed with the {@link SealKey}, says it was
 * destroyed, and the database lets a record go only under such a mark. The
 * {@link IntegrityCheck} verifies the mark instead of the records. The audit store's row
 * of a trace ({@link ProcessingActors}) goes when no record of the trace is left.
 */
@Component
class ProcessingLogRetention {

	/** Batches destroyed per transaction, and at most per run. */
	static final int BATCHES_PER_RUN = 2_000;

	private final JdbcClient jdbc;

	private final SealChain chain;

	private final TransactionTemplate ownTransaction;

	private final ProcessingActors actors;

	ProcessingLogRetention(JdbcClient jdbc, SealChain chain, PlatformTransactionManager transactions,
			ProcessingActors actors) {
		this.jdbc = jdbc;
		this.chain = chain;
		this.actors = actors;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private record Batch(long batch, long firstSeq, long lastSeq, String hash) {
	}

	/**
	 * Destroys every sealed batch whose records have all expired on {@code today};
	 * answers how many records of each activity went. Each batch goes in a transaction of
	 * its own, in which {@code record} is given that batch's count per activity, so that
	 * the record of a destruction commits with it or not at all.
	 */
	Map<String, Integer> destroyExpired(LocalDate today, Instant now, Consumer<Map<String, Integer>> record) {
		Instant destroyedAt = now.truncatedTo(ChronoUnit.MICROS);
		// Records are sealed within seconds: a batch sealed two days or more after the
		// shortest period's start cannot hold only expired records, so only older batches
		// are looked at.
		List<Batch> expired = jdbc
			.sql("""
					select s.batch, s.first_seq, s.last_seq, s.hash
					from access.processing_log_seal s
					where s.sealed_at < (select cast(:today as date) - min(cast(a.retention as interval)) + interval '2 days'
					                     from access.processing_activity a where a.retention is not null)
					  and not exists (select 1 from access.processing_log_destruction d where d.batch = s.batch)
					  and not exists (
					      select 1 from access.processing_log l
					      left join access.processing_activity a on a.id = l.activity
					      where l.seq between s.first_seq and s.last_seq
					        and (a.retention is null
					             or cast(l.occurred_at at time zone 'Europe/Amsterdam' as date)
					                + cast(a.retention as interval) > cast(:today as date)))
					order by s.batch limit :limit""")
			.param("today", today)
			.param("limit", BATCHES_PER_RUN)
			.query((rs, n) -> new Batch(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.list();
		Map<String, Integer> perActivity = new LinkedHashMap<>();
		for (Batch batch : expired) {
			ownTransaction.executeWithoutResult(status -> {
				Map<String, Integer> counted = destroy(batch, destroyedAt);
				record.accept(counted);
				counted.forEach((activity, count) -> perActivity.merge(activity, count, Integer::sum));
			});
		}
		// The actors of traces whose records all went go too, in every run (a node that
		// stopped before this leaves them to the next run).
		ownTransaction.executeWithoutResult(status -> actors.removeWithoutRecords(destroyedAt));
		return perActivity;
	}

	private Map<String, Integer> destroy(Batch batch, Instant destroyedAt) {
		record Counted(String activity, int count) {
		}
		List<Counted> counted = jdbc.sql("""
				select activity, count(*) from access.processing_log where seq between ? and ?
				group by activity order by activity""")
			.params(batch.firstSeq(), batch.lastSeq())
			.query((rs, n) -> new Counted(rs.getString(1), rs.getInt(2)))
			.list();
		int records = counted.stream().mapToInt(Counted::count).sum();
		jdbc.sql("""
				insert into access.processing_log_destruction (batch, first_seq, last_seq, record_count, destroyed_at,
				  signature)
				values (?, ?, ?, ?, ?, ?)""")
			.params(batch.batch(), batch.firstSeq(), batch.lastSeq(), records, Timestamp.from(destroyedAt),
					chain.key().sign(markText(batch.batch(), batch.hash(), destroyedAt)))
			.update();
		jdbc.sql("delete from access.processing_log where seq between ? and ?")
			.params(batch.firstSeq(), batch.lastSeq())
			.update();
		Map<String, Integer> perActivity = new LinkedHashMap<>();
		counted.forEach(c -> perActivity.put(c.activity(), c.count()));
		return perActivity;
	}

	/** What the seal key signs for a destroyed batch: its number, hash and the moment. */
	static String markText(long batch, String hash, Instant destroyedAt) {
		return "destroyed|" + batch + "|" + hash + "|" + destroyedAt.truncatedTo(ChronoUnit.MICROS);
	}

}
