package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A newcomer's own file, for the portal: themselves and their minor children, nobody else
 * of the household. Every method needs {@link Permission#OWN_DATA} (a newcomer's scope:
 * their municipality, with row-level security) and takes the person the portal linked to
 * the signed-in account; the person must be in scope, and every person asked about must
 * be that person or one of their minor children. Each read is in the processing log under
 * the activity the portal names.
 */
@Service
public class OwnFile {

	/** Who counts as a minor: younger than 18. */
	static final int ADULT_AGE = 18;

	/** The newcomer and their minor children, and who the household's case manager is. */
	public record Family(HouseholdId household, String gemeente, UUID caseManagerId, HouseholdView.MemberView self,
			List<HouseholdView.MemberView> minorChildren) {

		public List<HouseholdView.MemberView> persons() {
			var persons = new ArrayList<HouseholdView.MemberView>();
			persons.add(self);
			persons.addAll(minorChildren);
			return List.copyOf(persons);
		}

		public boolean covers(UUID personId) {
			return persons().stream().anyMatch(m -> m.personId().equals(personId));
		}
	}

	private final Scoping scoping;

	private final Pips pips;

	private final ProcessingLog log;

	private final SelfAssessments selfAssessments;

	private final Clock clock;

	OwnFile(Scoping scoping, Pips pips, ProcessingLog log, SelfAssessments selfAssessments, Clock clock) {
		this.scoping = scoping;
		this.pips = pips;
		this.log = log;
		this.selfAssessments = selfAssessments;
		this.clock = clock;
	}

	/**
	 * The newcomer ({@code self}) and their minor children; "not found" outside the
	 * newcomer's scope.
	 */
	@Transactional
	public Family family(UUID self, ProcessingActivity activity) {
		Family family = load(self);
		log.record(activity, Operation.READ,
				family.persons().stream().map(m -> DataSubject.person(m.personId())).toList());
		return family;
	}

	/**
	 * The plan of {@code personId} (the newcomer or a minor child), if there is one; "not
	 * found" for anyone else. Which versions the newcomer may see is the portal's to
	 * decide (established ones, a discussed draft).
	 */
	@Transactional
	public Optional<PipView> pip(UUID self, UUID personId, ProcessingActivity activity) {
		Family family = load(self);
		if (!family.covers(personId)) {
			throw new NoSuchElementException("Person " + personId + " is not in the newcomer's own file");
		}
		log.record(activity, Operation.READ, List.of(DataSubject.person(personId)));
		return pips.findByPerson(personId).map(l -> PipView.of(l.pip(), l.rowVersion(), LocalDate.now(clock)));
	}

	/**
	 * Records the newcomer's own view of the life domains, beside the case manager's
	 * intakes; refused as a whole when an answer breaks the rules.
	 */
	@Transactional
	public SelfAssessment recordSelfAssessment(UUID self, Map<Domein, Integer> scores, ProcessingActivity activity) {
		Family family = load(self);
		SelfAssessment assessment = new SelfAssessment(UUID.randomUUID(), self, clock.instant(), scores);
		selfAssessments.insert(assessment, family.household(), family.gemeente());
		log.record(activity, Operation.CREATE, List.of(DataSubject.person(self)));
		return assessment;
	}

	/** The newcomer's latest self-assessment, if they gave one. */
	@Transactional
	public Optional<SelfAssessment> selfAssessment(UUID self, ProcessingActivity activity) {
		load(self);
		List<SelfAssessment> all = selfAssessments.ofPerson(self);
		log.record(activity, Operation.READ, List.of(DataSubject.person(self)));
		return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
	}

	private Family load(UUID self) {
		AccessScope scope = scoping.scope(Permission.OWN_DATA);
		HouseholdView household = HouseholdView.of(scoping.householdOf(self, scope));
		LocalDate adultsBornBefore = LocalDate.now(clock).minusYears(ADULT_AGE);
		var me = household.member(self);
		var children = household.members()
			.stream()
			.filter(m -> m.gezinsrol() == Gezinsrol.KIND && m.geboortedatum().isAfter(adultsBornBefore))
			.toList();
		return new Family(household.id(), household.gemeente(), household.caseManagerId(), me, children);
	}

}
