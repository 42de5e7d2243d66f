package nl.verbinder.inburgering;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading a person's outflow (uitstroom). Scoped to the caller's
 * municipalities and logged as processing of the person's data, like the intakes; the
 * rows are insert-only behind row-level security.
 */
@Service
public class Uitstromen {

	private final Scoping scoping;

	private final JdbcClient jdbc;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Uitstromen(Scoping scoping, JdbcClient jdbc, ProcessingLog log, ApplicationEventPublisher events, Clock clock) {
		this.scoping = scoping;
		this.jdbc = jdbc;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** Records where the person went on to from {@code startDate}; publishes the fact. */
	@Transactional
	public Uitstroom record(UUID personId, UitstroomSoort soort, @Nullable LocalDate startDate,
			@Nullable Integer hoursPerWeek, @Nullable Werkniveau werkniveau) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(personId, scope);
		household.members()
			.stream()
			.filter(m -> m.personId().equals(personId) && m.gezinsrol() == Gezinsrol.KIND)
			.findFirst()
			.ifPresent(child -> {
				throw new RuleViolation("rule.uitstroom.adult", child.voornaam());
			});
		Uitstroom u = Uitstroom.record(personId, soort, startDate, hoursPerWeek, werkniveau, household.arrivalDate(),
				LocalDate.now(clock), scope.actor().id().value(), clock.instant());
		jdbc.sql("""
				insert into inburgering.uitstroom (id, person_id, household_id, gemeente, soort, start_date,
				    uren_per_week, werkniveau, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(u.id(), personId, household.id().value(), household.gemeente().value(), u.soort().name(),
					Date.valueOf(u.startDate()), u.hoursPerWeek(),
					u.werkniveau() == null ? null : u.werkniveau().name(), u.recordedBy(),
					Timestamp.from(u.recordedAt()))
			.update();
		log.record(Inburgering.REGIE, Operation.CREATE, DataSubject.person(personId));
		events.publishEvent(new UitstroomRecorded(personId, household.id().value(), household.gemeente().value(),
				u.soort(), u.startDate(), u.recordedBy()));
		return u;
	}

	/**
	 * The person's outflow, in the order it started (the latest is where they are now).
	 */
	@Transactional
	public List<Uitstroom> history(UUID personId) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.householdOf(personId, scope);
		List<Uitstroom> all = jdbc.sql("""
				select id, soort, start_date, uren_per_week, werkniveau, recorded_by, recorded_at
				from inburgering.uitstroom where person_id = ? order by start_date, recorded_at""")
			.param(personId)
			.query((rs, n) -> new Uitstroom(rs.getObject(1, UUID.class), personId,
					UitstroomSoort.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), (Integer) rs.getObject(4),
					rs.getString(5) == null ? null : Werkniveau.valueOf(rs.getString(5)), rs.getObject(6, UUID.class),
					rs.getTimestamp(7).toInstant()))
			.list();
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return all;
	}

}
