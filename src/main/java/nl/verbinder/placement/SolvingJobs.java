package nl.verbinder.placement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.placement.Plaatsing.Progress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Solving runs as jobs in the database: which node solves a run, until when its lease
 * holds, how often solving was begun, and how far it is. Every statement that changes a
 * run being solved names its solver, so a node that lost its lease changes nothing.
 */
@Repository
class SolvingJobs {

	/** A run this node has taken on, with the seed it was started with. */
	record Claim(UUID id, long seed) {
	}

	private final JdbcClient jdbc;

	SolvingJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks a concept (or failed) run as solved by {@code node}, in the caller's
	 * transaction; false when it is neither (another request started it first).
	 */
	boolean claimNew(UUID id, String node, long seed, Instant leaseUntil) {
		return jdbc.sql("""
				update placement.run set status = 'BEZIG', bericht = null, bericht_argumenten = '{}', solver = ?,
				  lease_until = ?, attempts = 1, seed = ?, progress_phase = 'SCORES', progress_percent = 5,
				  version = version + 1
				where id = ? and status in ('CONCEPT', 'MISLUKT')""")
			.params(node, Timestamp.from(leaseUntil), seed, id)
			.update() == 1;
	}

	/** Extends the leases of the runs {@code node} is solving. */
	int renew(String node, Collection<UUID> ids, Instant leaseUntil) {
		return jdbc.sql("""
				update placement.run set lease_until = ?
				where solver = ? and status = 'BEZIG' and id = any(?)""")
			.params(Timestamp.from(leaseUntil), node, ids.toArray(UUID[]::new))
			.update();
	}

	/**
	 * Takes over one run whose solver stopped renewing its lease, unless solving it was
	 * begun {@code maxAttempts} times already.
	 */
	Optional<Claim> claimAbandoned(String node, Instant now, Instant leaseUntil, int maxAttempts) {
		return jdbc.sql("""
				update placement.run r set solver = ?, lease_until = ?, attempts = r.attempts + 1,
				  progress_phase = 'SCORES', progress_percent = 5
				where r.id = (select id from placement.run where status = 'BEZIG' and lease_until < ? and attempts < ?
				              order by lease_until limit 1 for update skip locked)
				returning r.id, r.seed""")
			.params(node, Timestamp.from(leaseUntil), Timestamp.from(now), maxAttempts)
			.query((rs, n) -> new Claim(rs.getObject("id", UUID.class), rs.getLong("seed")))
			.optional();
	}

	/**
	 * Runs abandoned as often as they may be fail, so that a planner can look at them and
	 * start them again.
	 */
	int failExhausted(Instant now, int maxAttempts) {
		return jdbc.sql("""
				update placement.run set status = 'MISLUKT', bericht = 'placement.failed.interrupted',
				  bericht_argumenten = array[attempts::text], solver = null, lease_until = null, version = version + 1
				where status = 'BEZIG' and lease_until < ? and attempts >= ?""")
			.params(Timestamp.from(now), maxAttempts)
			.update();
	}

	/** Records how far solving is; false when {@code node} no longer holds the run. */
	boolean progress(UUID id, String node, Progress progress) {
		return jdbc.sql("""
				update placement.run set progress_phase = ?, progress_percent = ?
				where id = ? and solver = ? and status = 'BEZIG'""")
			.params(progress.phase(), progress.percent(), id, node)
			.update() == 1;
	}

	/** How far a run being solved is, whichever node solves it. */
	Optional<Progress> progress(UUID id) {
		return jdbc.sql("select progress_phase, progress_percent from placement.run where id = ? and status = 'BEZIG'")
			.param(id)
			.query((rs, n) -> new Progress(rs.getString(1), rs.getInt(2)))
			.optional();
	}

}
