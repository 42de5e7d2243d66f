package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading broad intakes. Like {@link Inburgering}, every call is scoped to the caller's
 * municipalities and logged as processing of the person's data.
 */
@Service
public class Intakes {

	private final BredeIntakes intakes;
	private final Households households;
	private final JdbcClient jdbc;
	private final AccessControl access;
	private final RowLevelSecurity rowLevelSecurity;
	private final ProcessingLog log;
	private final Clock clock;

	Intakes(BredeIntakes intakes, Households households, JdbcClient jdbc, AccessControl access,
			RowLevelSecurity rowLevelSecurity, ProcessingLog log, Clock clock) {
		this.intakes = intakes;
		this.households = households;
		this.jdbc = jdbc;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	public IntakeView record(UUID personId, LocalDate assessedOn, List<DomainAssessment> domains) {
		AccessScope scope = scope(Permission.HOUSEHOLD_WRITE);
		Household household = householdOf(personId, scope);
		BredeIntake intake = intakes.save(BredeIntake.record(household, personId, assessedOn,
				scope.actor().id().value(), domains, clock));
		log.record(Inburgering.REGIE, Operation.CREATE, DataSubject.person(personId));
		return IntakeView.of(intake);
	}

	/** Every intake of the person, oldest first. */
	@Transactional
	public List<IntakeView> history(UUID personId) {
		AccessScope scope = scope(Permission.HOUSEHOLD_READ);
		householdOf(personId, scope);
		List<IntakeView> history = intakes.findByPersonIdOrderByAssessedOnAscRecordedAtAsc(personId)
			.stream()
			.map(IntakeView::of)
			.toList();
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return history;
	}

	/** The change per domain from one intake of the person to another. */
	@Transactional
	public IntakeComparison compare(UUID personId, UUID fromIntake, UUID toIntake) {
		AccessScope scope = scope(Permission.HOUSEHOLD_READ);
		householdOf(personId, scope);
		List<BredeIntake> all = intakes.findByPersonIdOrderByAssessedOnAscRecordedAtAsc(personId);
		BredeIntake from = find(all, fromIntake);
		BredeIntake to = find(all, toIntake);
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return IntakeComparison.between(from, to);
	}

	private static BredeIntake find(List<BredeIntake> all, UUID id) {
		return all.stream()
			.filter(i -> i.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No intake " + id + " of this person"));
	}

	private AccessScope scope(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	private Household householdOf(UUID personId, AccessScope scope) {
		return jdbc.sql("select household_id from inburgering.household_member where person_id = ?")
			.param(personId)
			.query(UUID.class)
			.optional()
			.flatMap(households::findById)
			.filter(h -> scope.covers(h.gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No person " + personId + " in scope"));
	}
}
