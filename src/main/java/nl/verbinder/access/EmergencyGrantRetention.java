package nl.verbinder.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys the emergency-access grants whose retention has passed: a grant (its reason,
 * the case manager and the household it names) is what the processing-log records under
 * {@link EmergencyAccess#ACTIVITY} refer to for their reason, so it is kept for that
 * activity's retention period in the register, counted from the grant's end (ended early
 * or expired), and longer while any such record of it is still in the log (the log keeps
 * records by whole seal batches). Per municipality of the household. The database lets a
 * grant go only in a transaction marked {@code verbinder.destroying} and only under the
 * same conditions (access V13), so a plain delete is refused and even this run cannot
 * take a grant early. The database counts by its own date, so the run takes the earlier
 * of its day and the database's: a run dated later (by hand, or a clock ahead around
 * midnight) would otherwise select a grant the database refuses, and fail every night.
 */
@Component
class EmergencyGrantRetention implements ExpiredData {

	/** What the destruction record names. */
	static final String WHAT = "access.emergency-access-grant";

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final ProcessingLog log;

	EmergencyGrantRetention(JdbcClient jdbc, AccessControl access, ProcessingLog log) {
		this.jdbc = jdbc;
		this.access = access;
		this.log = log;
	}

	@Override
	@Transactional
	public List<Destruction> destroyExpired(LocalDate today) {
		AccessScope scope = access.scopeFor(Permission.DATA_DESTROY);
		if (EmergencyAccess.ACTIVITY.retention() == null) {
			return List.of();
		}
		record Expired(UUID id, UUID household) {
		}
		List<Expired> expired = jdbc
			.sql("""
					select g.id, g.household_id from access.emergency_access g
					where g.gemeente = any (:gemeenten)
					  and cast(least(coalesce(g.ended_at, g.expires_at), g.expires_at) at time zone 'Europe/Amsterdam' as date)
					      + (select cast(a.retention as interval) from access.processing_activity a where a.id = :activity)
					      <= least(:today, cast(now() at time zone 'Europe/Amsterdam' as date))
					  and not exists (select 1 from access.processing_record l
					                  where l.activity = :activity and l.actor_id = g.account_id
					                    and l.occurred_at >= g.granted_at and l.occurred_at < g.expires_at)
					order by g.granted_at, g.id""")
			.param("gemeenten", scope.gemeenteCodes())
			.param("activity", EmergencyAccess.ACTIVITY.id())
			.param("today", today)
			.query((rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		if (expired.isEmpty()) {
			return List.of();
		}
		jdbc.sql("select set_config('verbinder.destroying', 'on', true)").query().singleValue();
		int deleted = jdbc.sql("delete from access.emergency_access where id = any (?)")
			.param(expired.stream().map(Expired::id).toArray(UUID[]::new))
			.update();
		jdbc.sql("select set_config('verbinder.destroying', 'off', true)").query().singleValue();
		log.record(DESTRUCTION, Operation.DELETE,
				expired.stream().map(Expired::household).distinct().map(DataSubject::household).toList());
		return List.of(new Destruction(EmergencyAccess.ACTIVITY, WHAT, deleted));
	}

}
