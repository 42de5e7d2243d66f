package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading broad intakes. Like {@link Inburgering}, every call is scoped to
 * the caller's municipalities and logged as processing of the person's data.
 */
@Service
public class Intakes {

	private final BredeIntakes intakes;

	private final Scoping scoping;

	private final ProcessingLog log;

	private final SelfAssessments selfAssessments;

	private final Clock clock;

	Intakes(BredeIntakes intakes, Scoping scoping, ProcessingLog log, SelfAssessments selfAssessments, Clock clock) {
		this.intakes = intakes;
		this.scoping = scoping;
		this.log = log;
		this.selfAssessments = selfAssessments;
		this.clock = clock;
	}

	/**
	 * The person's own views of the life domains, given in the portal, oldest first: for
	 * the case manager beside their intakes.
	 */
	@Transactional
	public List<SelfAssessment> selfAssessments(UUID personId) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.householdOf(personId, scope);
		List<SelfAssessment> all = selfAssessments.ofPerson(personId);
		log.record(Inburgering.REGIE, Operation.READ, DataSubject.person(personId));
		return all;
	}

	@Transactional
	public IntakeView record(UUID personId, LocalDate assessedOn, List<DomainAssessment> domains) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.householdOf(personId, scope);
		BredeIntake intake = intakes
			.save(BredeIntake.record(household, personId, assessedOn, scope.actor().id().value(), domains, clock));
		log.record(Inburgering.REGIE, Operation.CREATE, DataSubject.person(personId));
		return IntakeView.of(intake);
	}

	/** Every intake of the person, oldest first. */
	@Transactional
	public List<IntakeView> history(UUID personId) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.householdOf(personId, scope);
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
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		scoping.householdOf(personId, scope);
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

}
