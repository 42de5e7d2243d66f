package nl.verbinder.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The processing log's audit store (after the Logboek Dataverwerkingen standard): who
 * acted in a trace (account, name, role, municipality), written once per trace instead of
 * in each of its records; a record names the account, and the trace and account find the
 * row. Only the administrator reads it, through the log's records
 * ({@code access.processing_record}); a newcomer sees its role and municipality.
 */
@Component
class ProcessingActors {

	/**
	 * An append re-uses its trace's row only when it was written this recently: a request
	 * is over long before, and the retention run removes only rows much older.
	 */
	static final Duration REUSE = Duration.ofDays(1);

	/** The retention run removes a row without records only when it is this old. */
	static final Duration KEEP_AT_LEAST = Duration.ofDays(2);

	private final JdbcClient jdbc;

	ProcessingActors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Names the actor of a trace, in the caller's transaction: adds the row of this trace
	 * and account, or finds its recent row naming the same actor. False when the trace's
	 * row of this account names another role or municipality, or is older (a caller's
	 * {@code traceparent} may continue any trace): then the processing needs a trace of
	 * its own. The records name the account, so a row of another account in the same
	 * trace never meets them.
	 */
	boolean record(UUID trace, Actor actor, Instant at) {
		String gemeente = actor.gemeente() == null ? null : actor.gemeente().value();
		return jdbc
			.sql("""
					with existing as (
					  select actor, actor_role, actor_gemeente, recorded_at from access.processing_actor
					  where trace_id = :trace and actor_id = :id
					  order by actor, actor_role, actor_gemeente limit 1),
					added as (
					  insert into access.processing_actor (trace_id, actor_id, actor, actor_role, actor_gemeente, recorded_at)
					  select :trace, :id, :name, :role, cast(:gemeente as text), :at where not exists (select 1 from existing)
					  returning 1)
					select coalesce((select actor = :name and actor_role = :role
					                        and actor_gemeente is not distinct from cast(:gemeente as text)
					                        and recorded_at > :since
					                 from existing), true)""")
			.param("trace", trace)
			.param("id", actor.id().value())
			.param("name", actor.username())
			.param("role", actor.role().name())
			.param("gemeente", gemeente)
			.param("at", Timestamp.from(at))
			.param("since", Timestamp.from(at.minus(REUSE)))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Removes, in the caller's transaction, the rows of traces whose records are all gone
	 * (destroyed after their retention), when written before {@code now} minus
	 * {@link #KEEP_AT_LEAST}; answers how many went. One pass over the log, every run.
	 */
	int removeWithoutRecords(Instant now) {
		jdbc.sql("select set_config('verbinder.destroying', 'on', true)").query().singleValue();
		int removed = jdbc.sql("""
				delete from access.processing_actor a
				where a.recorded_at < ?
				  and not exists (select 1 from access.processing_log l where l.trace_id = a.trace_id)""")
			.param(Timestamp.from(now.minus(KEEP_AT_LEAST)))
			.update();
		jdbc.sql("select set_config('verbinder.destroying', 'off', true)").query().singleValue();
		return removed;
	}

}
