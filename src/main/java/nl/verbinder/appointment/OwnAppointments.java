package nl.verbinder.appointment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A newcomer's own appointments and their minor children's, for the portal: seeing them,
 * confirming, asking for another time, and the e-mail address for reminders. Every method
 * takes the person the portal linked to the signed-in account ({@code self}) and reads
 * the family through {@link OwnFile}, which checks the newcomer's scope; an appointment
 * of anyone else is "not found".
 */
@Service
public class OwnAppointments {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private final AppointmentStore store;

	private final OwnFile ownFile;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final JdbcClient jdbc;

	private final Clock clock;

	OwnAppointments(AppointmentStore store, OwnFile ownFile, AccessControl access, RowLevelSecurity rowLevelSecurity,
			ProcessingLog log, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.ownFile = ownFile;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The appointments of the newcomer and their minor children, soonest first. */
	@Transactional
	public List<AppointmentView> mine(UUID self, ProcessingActivity activity) {
		OwnFile.Family family = family(self, activity);
		List<Appointment> appointments = store
			.ofPersons(family.persons().stream().map(HouseholdView.MemberView::personId).toList())
			.stream()
			.filter(a -> a.household().equals(family.household()))
			.toList();
		return views(appointments, family);
	}

	/** One of the family's appointments; "not found" for anyone else's. */
	@Transactional
	public AppointmentView one(UUID self, UUID id, ProcessingActivity activity) {
		OwnFile.Family family = family(self, activity);
		return views(List.of(own(family, id)), family).getFirst();
	}

	/** The newcomer confirms the appointment. */
	@Transactional
	public AppointmentView confirm(UUID self, UUID id, long version, ProcessingActivity activity) {
		OwnFile.Family family = family(self, activity);
		Appointment appointment = own(family, id, version);
		appointment.confirm(clock.instant());
		store.update(appointment);
		log.record(activity, Operation.UPDATE, DataSubject.person(appointment.personId()));
		return views(List.of(store.find(appointment.id()).orElseThrow()), family).getFirst();
	}

	/** The newcomer asks for another time, saying why. */
	@Transactional
	public AppointmentView askForAnotherTime(UUID self, UUID id, long version, String reason,
			ProcessingActivity activity) {
		OwnFile.Family family = family(self, activity);
		Appointment appointment = own(family, id, version);
		appointment.askForAnotherTime(reason, clock.instant());
		store.update(appointment);
		log.record(activity, Operation.UPDATE, DataSubject.person(appointment.personId()));
		return views(List.of(store.find(appointment.id()).orElseThrow()), family).getFirst();
	}

	/** The address the newcomer gave for reminders, if any. */
	@Transactional
	public Optional<String> reminderAddress(UUID self, ProcessingActivity activity) {
		family(self, activity);
		return jdbc.sql("select email from appointment.reminder_address where person_id = ?")
			.param(self)
			.query(String.class)
			.optional();
	}

	/**
	 * Keeps the address for reminders of appointments, in {@code language}; used for
	 * nothing else.
	 */
	@Transactional
	public void giveReminderAddress(UUID self, String email, String language, ProcessingActivity activity) {
		OwnFile.Family family = family(self, activity);
		String address = email == null ? "" : email.strip();
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new RuleViolation("rule.appointment.email");
		}
		jdbc.sql("""
				insert into appointment.reminder_address (person_id, gemeente, email, language, given_at)
				values (?, ?, ?, ?, ?)
				on conflict (person_id) do update set email = excluded.email, language = excluded.language,
				  given_at = excluded.given_at""")
			.params(self, family.gemeente(), address, language, Timestamp.from(clock.instant()))
			.update();
		log.record(activity, Operation.UPDATE, DataSubject.person(self));
	}

	/** Forgets the address: no more reminders by e-mail. */
	@Transactional
	public void removeReminderAddress(UUID self, ProcessingActivity activity) {
		family(self, activity);
		jdbc.sql("delete from appointment.reminder_address where person_id = ?").param(self).update();
		log.record(activity, Operation.DELETE, DataSubject.person(self));
	}

	private OwnFile.Family family(UUID self, ProcessingActivity activity) {
		rowLevelSecurity.restrictTo(access.scopeFor(Permission.OWN_DATA));
		return ownFile.family(self, activity);
	}

	private Appointment own(OwnFile.Family family, UUID id) {
		return store.find(new AppointmentId(id))
			.filter(a -> a.household().equals(family.household()) && family.covers(a.personId()))
			.orElseThrow(() -> new NoSuchElementException("No appointment " + id + " of this family"));
	}

	private Appointment own(OwnFile.Family family, UUID id, long version) {
		Appointment appointment = own(family, id);
		if (appointment.version() != version) {
			throw new OptimisticLockingFailureException("Appointment " + id + " was changed meanwhile");
		}
		return appointment;
	}

	private List<AppointmentView> views(List<Appointment> appointments, OwnFile.Family family) {
		Map<UUID, String> names = family.persons()
			.stream()
			.collect(Collectors.toMap(HouseholdView.MemberView::personId, HouseholdView.MemberView::voornaam));
		Instant now = clock.instant();
		return appointments.stream()
			.map(a -> AppointmentView.of(a, names.getOrDefault(a.personId(), ""), now, null))
			.toList();
	}

}
