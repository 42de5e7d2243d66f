package nl.verbinder.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the processing log without touching its records: every few seconds the records
 * appended since the last batch become a new row of {@code access.processing_log_seal},
 * holding their sequence numbers, a hash over them in order, a short digest of each (to
 * name a changed record later), the previous batch's hash and its own, signed with the
 * {@link SealKey}; after the commit its head hash goes to the {@link AnchorFile}.
 * <p>
 * Which records a batch may take: appending takes a shared advisory lock for its
 * transaction ({@link #APPEND_LOCK}); the sealer tries the exclusive lock for an instant
 * (never waiting, so no page waits for it) and reads the highest sequence number while it
 * holds it. Every record up to that number was committed or rolled back for good, so a
 * batch never seals around a record that commits later.
 */
@Component
class SealChain {

	static final String GENESIS = "0".repeat(64);

	/**
	 * Held shared by every appending transaction, exclusive by the sealer for an instant.
	 */
	static final long APPEND_LOCK = 0x566572626aL;

	private static final long CHAIN_LOCK = 0x5665726269L; // "Verbi"

	static final int BATCH_LIMIT = 50_000;

	/** The record's columns, in the order their hash covers them. */
	static final String RECORD_COLUMNS = """
			seq, trace_id, occurred_at, actor_id, actor, actor_role, actor_gemeente, activity, purpose, legal_basis,
			operation, subject_type, subject_id""";

	/**
	 * Where records are read for sealing and checking: each with its actor, from the
	 * record or from the audit store.
	 */
	static final String RECORDS = "access.processing_record";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final SealKey key;

	private final AnchorFile anchors;

	SealChain(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, ProcessingLogSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		var files = settings.files();
		this.key = SealKey.load(files[0], settings.generateKey());
		this.anchors = new AnchorFile(files[1]);
	}

	SealKey key() {
		return key;
	}

	AnchorFile anchors() {
		return anchors;
	}

	/**
	 * Seals what was appended up to now in batches, then anchors every batch this node
	 * has not anchored yet. Returns the number of records sealed; 0 also when an append
	 * was in flight at the instant it tried (the next run takes them).
	 */
	@Scheduled(fixedDelayString = "${verbinder.processing-log.seal-interval-ms:5000}")
	int seal() {
		int sealed = 0;
		Long horizon = horizon();
		while (horizon != null) {
			Integer batch = ownTransaction.execute(status -> sealBatch(horizon));
			if (batch == null || batch == 0) {
				break;
			}
			sealed += batch;
		}
		anchorMissing();
		return sealed;
	}

	/**
	 * The highest sequence number below which no append is in flight, or null when an
	 * append holds its lock right now.
	 */
	private Long horizon() {
		return ownTransaction.execute(status -> {
			boolean free = jdbc.sql("select pg_try_advisory_xact_lock(?)")
				.param(APPEND_LOCK)
				.query(Boolean.class)
				.single();
			return free ? jdbc.sql("select coalesce(max(seq), 0) from access.processing_log").query(Long.class).single()
					: null;
		});
	}

	private int sealBatch(long horizon) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
		record Head(long batch, long lastSeq, String hash) {
		}
		Head head = jdbc.sql("select batch, last_seq, hash from access.processing_log_seal order by batch desc limit 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional()
			.orElse(new Head(0, 0, GENESIS));
		List<Long> seqs = new ArrayList<>();
		MessageDigest root = sha256();
		java.io.ByteArrayOutputStream digests = new java.io.ByteArrayOutputStream();
		jdbc.sql("select " + RECORD_COLUMNS + " from " + RECORDS + " where seq > ? and seq <= ? order by seq limit "
				+ BATCH_LIMIT)
			.params(head.lastSeq(), horizon)
			.query(rs -> {
				byte[] hash = recordHash(rs);
				seqs.add(rs.getLong("seq"));
				root.update(hash);
				digests.write(hash, 0, 8);
			});
		if (seqs.isEmpty()) {
			return 0;
		}
		long batch = head.batch() + 1;
		String ranges = ranges(seqs);
		String recordsRoot = HexFormat.of().formatHex(root.digest());
		Instant sealedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = batchHash(head.hash(), batch, seqs.getFirst(), seqs.getLast(), ranges, seqs.size(), recordsRoot,
				sealedAt);
		jdbc.sql("""
				insert into access.processing_log_seal (batch, first_seq, last_seq, seqs, record_count, records_root,
				  digests, prev_hash, hash, sealed_at, key_id, signature)
				values (?, ?, ?, cast(? as int8multirange), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(batch, seqs.getFirst(), seqs.getLast(), ranges, seqs.size(), recordsRoot, digests.toByteArray(),
					head.hash(), hash, Timestamp.from(sealedAt), key.id(), key.sign(hash))
			.update();
		return seqs.size();
	}

	/** Writes every batch after the anchor file's last one to it, in order. */
	void anchorMissing() {
		long last = anchors.lastBatch();
		List<AnchorFile.Anchor> missing = jdbc.sql("""
				select batch, last_seq, hash, key_id, signature from access.processing_log_seal
				where batch > ? order by batch""")
			.param(last)
			.query((rs, n) -> new AnchorFile.Anchor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
		anchors.append(missing);
	}

	/**
	 * The sequence numbers as PostgreSQL's canonical multirange, e.g.
	 * {@code {[1,5),[7,8)}}.
	 */
	static String ranges(List<Long> sortedSeqs) {
		StringBuilder ranges = new StringBuilder("{");
		long start = sortedSeqs.getFirst();
		long previous = start;
		for (int i = 1; i <= sortedSeqs.size(); i++) {
			long seq = i < sortedSeqs.size() ? sortedSeqs.get(i) : Long.MIN_VALUE;
			if (seq != previous + 1) {
				ranges.append(ranges.length() > 1 ? "," : "")
					.append('[')
					.append(start)
					.append(',')
					.append(previous + 1)
					.append(')');
				start = seq;
			}
			previous = seq;
		}
		return ranges.append('}').toString();
	}

	/**
	 * SHA-256 over a record's fields ({@link #hash}, each length-prefixed), with its
	 * sequence number in the place of the previous hash: the chain is between batches
	 * now, and the number binds the record to its place.
	 */
	static byte[] recordHash(ResultSet rs) throws SQLException {
		return HexFormat.of()
			.parseHex(hash(Long.toString(rs.getLong("seq")), rs.getObject("trace_id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor"), rs.getString("actor_role"), rs.getString("actor_gemeente"),
					rs.getString("activity"), rs.getString("purpose"), rs.getString("legal_basis"),
					rs.getString("operation"), rs.getString("subject_type"), rs.getString("subject_id")));
	}

	static String batchHash(String previous, long batch, long firstSeq, long lastSeq, String ranges, int count,
			String recordsRoot, Instant sealedAt) {
		MessageDigest digest = sha256();
		update(digest, new Object[] { previous, batch, firstSeq, lastSeq, ranges, count, recordsRoot,
				sealedAt.truncatedTo(ChronoUnit.MICROS) });
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, Object[] fields) {
		for (Object field : fields) {
			byte[] bytes = field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
			digest.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
			digest.update(bytes);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * SHA-256 over the previous hash (or, for a record of a seal batch, its sequence
	 * number) and every field, each length-prefixed so no two inputs collide.
	 */
	static String hash(String previous, UUID trace, Instant occurredAt, @Nullable UUID actorId, String actor,
			String role, @Nullable String gemeente, String activity, String purpose, String legalBasis,
			String operation, String subjectType, String subjectId) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object field : new Object[] { previous, trace, occurredAt.truncatedTo(ChronoUnit.MICROS), actorId,
					actor, role, gemeente, activity, purpose, legalBasis, operation, subjectType, subjectId }) {
				byte[] bytes = field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
				digest.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
