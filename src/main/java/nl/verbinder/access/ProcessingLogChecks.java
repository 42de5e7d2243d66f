package nl.verbinder.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Checks the processing log: seals what was appended and verifies the seal batches since
 * the last intact check (incremental), or all of them (full, also in the background with
 * its progress). For the log's keepers: an account with
 * {@link Permission#PROCESSING_LOG_READ}, never a machine client.
 */
@Service
public class ProcessingLogChecks {

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final SealChain chain;

	private final IntegrityCheck integrity;

	private final FullIntegrityChecks fullChecks;

	ProcessingLogChecks(JdbcClient jdbc, AccessControl access, SealChain chain, IntegrityCheck integrity,
			FullIntegrityChecks fullChecks) {
		this.jdbc = jdbc;
		this.access = access;
		this.chain = chain;
		this.integrity = integrity;
		this.fullChecks = fullChecks;
	}

	/**
	 * Seals what was appended so far and checks the seal batches sealed since the last
	 * intact check; the result is stored. Needs {@link Permission#PROCESSING_LOG_READ}.
	 */
	public IntegrityReport verifyIntegrity() {
		return check(false);
	}

	/**
	 * Seals what was appended so far and checks every seal batch from the first, with its
	 * records, signature and anchor; the result is stored. Needs
	 * {@link Permission#PROCESSING_LOG_READ}.
	 */
	public IntegrityReport verifyIntegrityFully() {
		return check(true);
	}

	/**
	 * Seals what was appended so far and starts a full check in the background, or gives
	 * the one already running; {@link #fullCheck(UUID)} tells how far it is. Needs
	 * {@link Permission#PROCESSING_LOG_READ}.
	 */
	FullIntegrityCheck startFullCheck() {
		String by = keeper();
		seal();
		return fullChecks.start(by);
	}

	/** A full check started before, running or finished. */
	Optional<FullIntegrityCheck> fullCheck(UUID id) {
		keeper();
		return fullChecks.find(id);
	}

	/** The full check running now, if any. */
	Optional<FullIntegrityCheck> runningFullCheck() {
		keeper();
		return fullChecks.running();
	}

	private IntegrityReport check(boolean full) {
		String by = keeper();
		seal();
		return integrity.check(full, by);
	}

	/** Who may check the chain: an account with the permission, not a machine. */
	private String keeper() {
		Actor actor = access.scopeFor(Permission.PROCESSING_LOG_READ).actor();
		if (actor.role().machine()) {
			// The check seals and walks the whole region's chain: work for its keepers,
			// not something a municipality's connected system may set off as often as
			// it likes.
			throw new AccessDeniedException(actor.username() + " (" + actor.role() + ") may not check the chain");
		}
		return actor.username();
	}

	/** Seals what was appended so far; returns the number of records sealed. */
	public int seal() {
		int sealed = 0;
		for (int attempt = 0; attempt < 20; attempt++) {
			int now = chain.seal();
			sealed += now;
			if (now == 0 && unsealed() == 0) {
				break;
			}
			if (now == 0) {
				// an append held its lock at that instant
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		return sealed;
	}

	private long unsealed() {
		return jdbc.sql("""
				select count(*) from access.processing_log
				where seq > coalesce((select max(last_seq) from access.processing_log_seal), 0)""")
			.query(Long.class)
			.single();
	}

}
