package nl.verbinder.inburgering;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading a household's financial unburdening ({@link Ontzorging}). Scoped
 * to the caller's municipalities and logged as processing of the household's data; one
 * row per household behind row-level security, changed in place. A change publishes
 * {@link OntzorgingRecorded}.
 */
@Service
public class Ontzorgen {

	private final Scoping scoping;

	private final JdbcClient jdbc;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Ontzorgen(Scoping scoping, JdbcClient jdbc, ProcessingLog log, ApplicationEventPublisher events, Clock clock) {
		this.scoping = scoping;
		this.jdbc = jdbc;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** The household's unburdening; empty when it was never arranged. */
	@Transactional
	public Optional<Ontzorging> of(HouseholdId id) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		Household household = scoping.household(id, scope);
		Optional<Ontzorging> ontzorging = jdbc
			.sql("select vanaf, tot, vervolg_afgesproken from inburgering.ontzorging where household_id = ?")
			.param(household.id().value())
			.query((rs, n) -> new Ontzorging(rs.getDate(1).toLocalDate(),
					rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getBoolean(3)))
			.optional();
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.household(household.id().value()));
		return ontzorging;
	}

	/** Records (or changes) the household's unburdening. */
	@Transactional
	public Ontzorging record(HouseholdId id, Ontzorging ontzorging) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.household(id, scope);
		jdbc.sql("""
				insert into inburgering.ontzorging (household_id, gemeente, vanaf, tot, vervolg_afgesproken,
				    changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (household_id) do update set vanaf = excluded.vanaf, tot = excluded.tot,
				    vervolg_afgesproken = excluded.vervolg_afgesproken, changed_by = excluded.changed_by,
				    changed_at = excluded.changed_at""")
			.params(household.id().value(), household.gemeente().value(), Date.valueOf(ontzorging.vanaf()),
					ontzorging.tot() == null ? null : Date.valueOf(ontzorging.tot()), ontzorging.vervolgAfgesproken(),
					scope.actor().id().value(), Timestamp.from(clock.instant()))
			.update();
		log.record(Inburgering.REGIE, Operation.UPDATE, DataSubject.household(household.id().value()));
		events.publishEvent(new OntzorgingRecorded(household.id().value(), household.gemeente().value(),
				scope.actor().id().value()));
		return ontzorging;
	}

}
