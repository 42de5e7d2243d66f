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
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Recording contact moments with a household and keeping track of the agreed next steps.
 */
@Service
public class Contacten {

	/**
	 * One agreed next step, as entered, of a kind (a next step unless said otherwise).
	 */
	public record NewAfspraak(String omschrijving, LocalDate deadline, AfspraakSoort soort) {

		public NewAfspraak(String omschrijving, LocalDate deadline) {
			this(omschrijving, deadline, AfspraakSoort.STAP);
		}

		public NewAfspraak {
			soort = soort == null ? AfspraakSoort.STAP : soort;
		}
	}

	private final Contactmomenten contacts;

	private final Scoping scoping;

	private final Caseload caseload;

	private final ProcessingLog log;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Contacten(Contactmomenten contacts, Scoping scoping, Caseload caseload, ProcessingLog log, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.contacts = contacts;
		this.caseload = caseload;
		this.scoping = scoping;
		this.log = log;
		this.clock = clock;
	}

	@Transactional
	public ContactView record(HouseholdId householdId, LocalDate datum, String kanaal, List<String> aanwezigen,
			String vertolking, @Nullable String taal, String samenvatting, List<NewAfspraak> afspraken) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.household(householdId, scope);
		Contactmoment contact = contacts
			.save(Contactmoment.record(household, datum, enumOf(Contactmoment.Kanaal.class, kanaal), aanwezigen,
					enumOf(Contactmoment.Vertolking.class, vertolking), taal, samenvatting,
					afspraken.stream()
						.map(a -> new Contactmoment.Afspraak(a.omschrijving(), a.deadline(), null, a.soort()))
						.toList(),
					scope.actor().id().value(), clock));
		caseload.refresh(household);
		log.record(Inburgering.REGIE, Operation.CREATE, subjects(household));
		events.publishEvent(new ContactRecorded(household.id().value(), household.gemeente().value(), contact.id(),
				scope.actor().id().value()));
		return ContactView.of(contact, LocalDate.now(clock));
	}

	/** The household's contact moments, newest first. */
	@Transactional
	public List<ContactView> forHousehold(HouseholdId householdId) {
		Household household = scoping.readable(householdId);
		LocalDate today = LocalDate.now(clock);
		List<ContactView> list = contacts.findByHouseholdIdOrderByDatumDescRecordedAtDesc(household.id().value())
			.stream()
			.map(c -> ContactView.of(c, today))
			.toList();
		log.record(Inburgering.REGIE, Operation.READ, subjects(household));
		return list;
	}

	@Transactional
	public ContactView complete(HouseholdId householdId, UUID contactId, int agreement, long expectedVersion) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		Household household = scoping.household(householdId, scope);
		Contactmoment contact = contacts.findById(contactId)
			.filter(c -> c.householdId().equals(household.id().value()))
			.orElseThrow(() -> new NoSuchElementException("No contact moment " + contactId + " of this household"));
		if (contact.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Contact moment changed meanwhile");
		}
		contact.complete(agreement, LocalDate.now(clock));
		contact = contacts.save(contact);
		caseload.refresh(household);
		log.record(Inburgering.REGIE, Operation.UPDATE, subjects(household));
		events.publishEvent(new ContactRecorded(household.id().value(), household.gemeente().value(), contact.id(),
				scope.actor().id().value()));
		return ContactView.of(contact, LocalDate.now(clock));
	}

	private static List<DataSubject> subjects(Household household) {
		return household.members().stream().map(m -> DataSubject.person(m.personId())).toList();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new RuleViolation("rule.contact.unknown-choice", value);
		}
	}

}
