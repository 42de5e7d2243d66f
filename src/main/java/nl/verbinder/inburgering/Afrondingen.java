package nl.verbinder.inburgering;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, reading and withdrawing the parts of a person's integration obligation
 * completed outside a purchased trajectory ({@link Afronding}). Scoped to the caller's
 * municipalities and logged as processing of the person's data; one row per person and
 * part behind row-level security. A change publishes {@link AfrondingRecorded}.
 */
@Service
public class Afrondingen {

	private final Scoping scoping;

	private final JdbcClient jdbc;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Afrondingen(Scoping scoping, JdbcClient jdbc, ProcessingLog log, ApplicationEventPublisher events, Clock clock) {
		this.scoping = scoping;
		this.jdbc = jdbc;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The parts the person completed outside a purchased trajectory, in the law's order.
	 */
	@Transactional
	public List<Afronding> of(UUID personId) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.householdOf(personId, scope);
		List<Afronding> afrondingen = jdbc
			.sql("select onderdeel, wijze, datum, toelichting from inburgering.afronding where person_id = ?")
			.param(personId)
			.query((rs, n) -> new Afronding(personId, Onderdeel.valueOf(rs.getString(1)),
					Afronding.Wijze.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getString(4)))
			.list()
			.stream()
			.sorted(Comparator.comparing(Afronding::onderdeel))
			.toList();
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return afrondingen;
	}

	/**
	 * Records (or changes) that the person completed a part: only for an adult (children
	 * have no integration obligation), on a day not after today.
	 */
	@Transactional
	public Afronding record(Afronding afronding) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(afronding.personId(), scope);
		household.members()
			.stream()
			.filter(m -> m.personId().equals(afronding.personId()) && m.gezinsrol() == Gezinsrol.KIND)
			.findFirst()
			.ifPresent(child -> {
				throw new RuleViolation("rule.afronding.adult", child.voornaam());
			});
		if (afronding.datum().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("rule.afronding.date-future");
		}
		boolean created = jdbc.sql("""
				insert into inburgering.afronding (person_id, household_id, gemeente, onderdeel, wijze, datum,
				    toelichting, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (person_id, onderdeel) do update set wijze = excluded.wijze, datum = excluded.datum,
				    toelichting = excluded.toelichting, recorded_by = excluded.recorded_by,
				    recorded_at = excluded.recorded_at
				returning (xmax = 0)""")
			.params(afronding.personId(), household.id().value(), household.gemeente().value(),
					afronding.onderdeel().name(), afronding.wijze().name(), Date.valueOf(afronding.datum()),
					afronding.toelichting(), scope.actor().id().value(), Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
		log.record(Inburgering.REGIE, created ? Operation.CREATE : Operation.UPDATE,
				DataSubject.person(afronding.personId()));
		events.publishEvent(new AfrondingRecorded(afronding.personId(), household.id().value(),
				household.gemeente().value(), scope.actor().id().value()));
		return afronding;
	}

	/**
	 * Withdraws the record that the person completed a part (it was a mistake); "not
	 * found" when there is none.
	 */
	@Transactional
	public void withdraw(UUID personId, Onderdeel onderdeel) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(personId, scope);
		int deleted = jdbc.sql("delete from inburgering.afronding where person_id = ? and onderdeel = ?")
			.params(personId, onderdeel.name())
			.update();
		if (deleted == 0) {
			throw new NoSuchElementException("No completed " + onderdeel + " of " + personId);
		}
		log.record(Inburgering.REGIE, Operation.DELETE, DataSubject.person(personId));
		events.publishEvent(new AfrondingRecorded(personId, household.id().value(), household.gemeente().value(),
				scope.actor().id().value()));
	}

}
