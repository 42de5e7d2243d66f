package nl.verbinder.access;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the seal batches of the processing log: the records of each batch against its
 * hash and digests, the batch's hash and its link to the previous one, its signature, and
 * its head hash against the anchor file; for a batch whose records were destroyed after
 * their retention ({@link ProcessingLogRetention}), its signed destruction mark instead
 * of the records. An incremental check starts after the last intact check (stored in
 * {@code access.processing_log_check}); a full one from the first batch. Every result is
 * stored.
 */
@Component
class IntegrityCheck {

	private record Batch(long batch, long firstSeq, long lastSeq, String seqs, int count, String recordsRoot,
			byte[] digests, String prevHash, String hash, Instant sealedAt, String signature,
			@Nullable Instant destroyedAt, @Nullable String destructionSignature) {
	}

	private record Base(long throughBatch, long lastSeq, String headHash, long anchorOffset) {
	}

	private static final int PAGE = 200;

	private final JdbcClient jdbc;

	private final JdbcTemplate records;

	private final SealChain chain;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	IntegrityCheck(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SealChain chain, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.records = new JdbcTemplate(Objects.requireNonNull(jdbcTemplate.getDataSource()));
		this.records.setFetchSize(5000);
		this.chain = chain;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setReadOnly(false);
	}

	/** A check's result as stored, with its number. */
	record Stored(long id, IntegrityReport report) {
	}

	private static final String STORED = """
			select records_checked, intact, first_broken_seq, head_hash, batches_checked, through_batch,
			       first_broken_batch, problem, full_check, checked_at
			from access.processing_log_check""";

	/** The last stored result, if any check ran. */
	@Nullable IntegrityReport last() {
		return jdbc.sql(STORED + " order by id desc limit 1").query(IntegrityCheck::report).optional().orElse(null);
	}

	/** The stored result with that number. */
	IntegrityReport stored(long id) {
		return jdbc.sql(STORED + " where id = ?").param(id).query(IntegrityCheck::report).single();
	}

	private static IntegrityReport report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new IntegrityReport(rs.getLong(1), rs.getBoolean(2), (Long) rs.getObject(3), rs.getString(4),
				rs.getLong(5), rs.getLong(6), (Long) rs.getObject(7),
				rs.getString(8) == null ? null : IntegrityReport.Problem.valueOf(rs.getString(8)), rs.getBoolean(9),
				rs.getTimestamp(10).toInstant());
	}

	IntegrityReport check(boolean full, String checkedBy) {
		return check(full, checkedBy, checked -> {
		}).report();
	}

	/**
	 * Checks and stores the result; {@code progress} hears how many batches were checked
	 * so far after every page of them.
	 */
	Stored check(boolean full, String checkedBy, LongConsumer progress) {
		return Objects.requireNonNull(ownTransaction.execute(status -> run(full, checkedBy, progress)));
	}

	/** How many seal batches a full check would check now. */
	long batches() {
		return jdbc.sql("select count(*) from access.processing_log_seal").query(Long.class).single();
	}

	private Stored run(boolean full, String checkedBy, LongConsumer progress) {
		AnchorFile anchors = chain.anchors();
		Base base = full ? null
				: jdbc.sql("""
						select c.through_batch, coalesce(s.last_seq, 0), c.head_hash,
						       case when c.anchor_file = ? then c.anchor_offset else 0 end
						from access.processing_log_check c
						left join access.processing_log_seal s on s.batch = c.through_batch
						where c.intact order by c.id desc limit 1""")
					.param(anchors.id())
					.query((rs, n) -> new Base(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)))
					.optional()
					.orElse(null);
		if (base == null) {
			base = new Base(0, 0, SealChain.GENESIS, 0);
		}
		var state = new Object() {
			long batches;

			long records;

			long through;

			long lastSeq;

			String head = "";

			IntegrityReport.@Nullable Problem problem;

			@Nullable Long brokenBatch;

			@Nullable Long brokenSeq;

		};
		state.through = base.throughBatch();
		state.lastSeq = base.lastSeq();
		state.head = base.headHash();
		long offset;
		try (AnchorFile.Cursor cursor = anchors.cursor(base.anchorOffset())) {
			pages: while (true) {
				List<Batch> page = jdbc.sql("""
						select s.batch, s.first_seq, s.last_seq, s.seqs::text, s.record_count, s.records_root,
						       s.digests, s.prev_hash, s.hash, s.sealed_at, s.signature, d.destroyed_at, d.signature
						from access.processing_log_seal s
						left join access.processing_log_destruction d on d.batch = s.batch
						where s.batch > ? order by s.batch limit ?""")
					.params(state.through, PAGE)
					.query((rs, n) -> new Batch(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
							rs.getInt(5), rs.getString(6), rs.getBytes(7), rs.getString(8), rs.getString(9),
							rs.getTimestamp(10).toInstant(), rs.getString(11),
							rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getString(13)))
					.list();
				if (page.isEmpty()) {
					break;
				}
				for (Batch read : page) {
					Batch batch = read;
					state.batches++;
					Long[] broken = new Long[1];
					IntegrityReport.@Nullable Problem problem = null;
					if (batch.destroyedAt() == null) {
						problem = checkRecords(batch, state.lastSeq, broken);
						if (problem == IntegrityReport.Problem.RECORD_MISSING) {
							// The retention run may have destroyed the batch since the
							// page was read: then its signed mark stands for its records.
							batch = destroyedSince(batch);
						}
						if (batch.destroyedAt() == null) {
							state.records += batch.count();
						}
					}
					if (batch.destroyedAt() != null) {
						// Its records went when their retention passed: the signed mark
						// stands for them, the batch's own hash, link and anchor are
						// checked as ever.
						problem = chain.key()
							.verifies(ProcessingLogRetention.markText(batch.batch(), batch.hash(), batch.destroyedAt()),
									Objects.requireNonNull(batch.destructionSignature())) ? null
											: IntegrityReport.Problem.DESTRUCTION_INVALID;
						broken[0] = null;
					}
					if (problem == null
							&& (!batch.prevHash().equals(state.head) || !batch.hash()
								.equals(SealChain.batchHash(batch.prevHash(), batch.batch(), batch.firstSeq(),
										batch.lastSeq(), batch.seqs(), batch.count(), batch.recordsRoot(),
										batch.sealedAt())))) {
						problem = IntegrityReport.Problem.CHAIN_BROKEN;
					}
					if (problem == null && !chain.key().verifies(batch.hash(), batch.signature())) {
						problem = IntegrityReport.Problem.SIGNATURE_INVALID;
					}
					if (problem == null) {
						AnchorFile.Anchor anchor = cursor.find(batch.batch());
						problem = anchor == null ? IntegrityReport.Problem.ANCHOR_MISSING
								: anchor.hash().equals(batch.hash()) ? null : IntegrityReport.Problem.ANCHOR_DIFFERS;
					}
					if (problem != null) {
						state.problem = problem;
						state.brokenBatch = batch.batch();
						state.brokenSeq = broken[0] != null ? broken[0] : batch.firstSeq();
						break pages;
					}
					state.through = batch.batch();
					state.lastSeq = batch.lastSeq();
					state.head = batch.hash();
				}
				progress.accept(state.batches);
			}
			offset = cursor.offset();
		}
		Instant now = clock.instant();
		IntegrityReport report = new IntegrityReport(state.records, state.problem == null, state.brokenSeq, state.head,
				state.batches, state.through, state.brokenBatch, state.problem, full, now);
		long id = jdbc.sql("""
				insert into access.processing_log_check (checked_at, checked_by, full_check, through_batch,
				  batches_checked, records_checked, head_hash, intact, problem, first_broken_batch, first_broken_seq,
				  anchor_file, anchor_offset)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(Timestamp.from(now), checkedBy, full, report.throughBatch(), report.batchesChecked(),
					report.recordsChecked(), report.headHash(), report.intact(),
					report.problem() == null ? null : report.problem().name(), report.firstBrokenBatch(),
					report.firstBrokenSeq(), anchors.id(), report.intact() ? offset : base.anchorOffset())
			.query(Long.class)
			.single();
		return new Stored(id, report);
	}

	/**
	 * Recomputes the batch's records (every record after the previous batch's last, up to
	 * its own last) and compares them with what it sealed; puts the first broken record's
	 * sequence number in {@code broken[0]}.
	 */
	private IntegrityReport.@Nullable Problem checkRecords(Batch batch, long previousLastSeq, Long[] broken) {
		long[][] ranges = parse(batch.seqs());
		var state = new Object() {
			int range;

			long expected = ranges.length == 0 ? Long.MAX_VALUE : ranges[0][0];

			int index;

			IntegrityReport.@Nullable Problem problem;

			final MessageDigest root = SealChain.sha256();

		};
		records.query("select " + SealChain.RECORD_COLUMNS + " from " + SealChain.RECORDS
				+ " where seq > ? and seq <= ? order by seq", rs -> {
					if (state.problem != null) {
						return;
					}
					long seq = rs.getLong("seq");
					if (seq > state.expected) {
						state.problem = IntegrityReport.Problem.RECORD_MISSING;
						broken[0] = state.expected;
						return;
					}
					if (seq < state.expected) {
						state.problem = IntegrityReport.Problem.RECORD_NOT_SEALED;
						broken[0] = seq;
						return;
					}
					byte[] hash = SealChain.recordHash(rs);
					state.root.update(hash);
					int at = state.index * 8;
					if (broken[0] == null && (at + 8 > batch.digests().length
							|| !Arrays.equals(hash, 0, 8, batch.digests(), at, at + 8))) {
						broken[0] = seq;
					}
					state.index++;
					state.expected = seq + 1;
					if (state.expected >= ranges[state.range][1]) {
						state.range++;
						state.expected = state.range < ranges.length ? ranges[state.range][0] : Long.MAX_VALUE;
					}
				}, previousLastSeq, batch.lastSeq());
		if (state.problem != null) {
			return state.problem;
		}
		if (state.expected != Long.MAX_VALUE) {
			broken[0] = state.expected;
			return IntegrityReport.Problem.RECORD_MISSING;
		}
		if (!HexFormat.of().formatHex(state.root.digest()).equals(batch.recordsRoot())) {
			return IntegrityReport.Problem.RECORD_CHANGED;
		}
		broken[0] = null;
		return null;
	}

	/**
	 * The batch with the destruction mark it got after it was read, or as it was when it
	 * has none.
	 */
	private Batch destroyedSince(Batch batch) {
		return jdbc.sql("select destroyed_at, signature from access.processing_log_destruction where batch = ?")
			.param(batch.batch())
			.query((rs, n) -> new Batch(batch.batch(), batch.firstSeq(), batch.lastSeq(), batch.seqs(), batch.count(),
					batch.recordsRoot(), batch.digests(), batch.prevHash(), batch.hash(), batch.sealedAt(),
					batch.signature(), rs.getTimestamp(1).toInstant(), rs.getString(2)))
			.optional()
			.orElse(batch);
	}

	/** {@code {[1,5),[7,8)}} as pairs of inclusive start and exclusive end. */
	static long[][] parse(String multirange) {
		String inner = multirange.strip().replaceAll("^\\{|\\}$", "");
		if (inner.isBlank()) {
			return new long[0][];
		}
		return Arrays.stream(inner.split("\\),"))
			.map(r -> r.replaceAll("[\\[\\]()]", "").split(","))
			.map(p -> new long[] { Long.parseLong(p[0].strip()), Long.parseLong(p[1].strip()) })
			.toArray(long[][]::new);
	}

}
