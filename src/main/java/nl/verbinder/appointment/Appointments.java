package nl.verbinder.appointment;

import org.springframework.context.annotation.Bean;
import nl.verbinder.access.ProcessingActivities;
import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case manager's appointments with a household: planning, moving and cancelling, and
 * seeing the newcomer's answers and how the reminders stand. Every use checks the scope
 * (the household must be in the caller's municipalities) and restricts the transaction to
 * it; every read and change is in the processing log.
 */
@Service
public class Appointments {

	/** Planning appointments with a newcomer, their answers and reminders. */
	public static final ProcessingActivity APPOINTMENTS = new ProcessingActivity("appointment.afspraken",
			"Afspraken met de nieuwkomer plannen, het antwoord zien en eraan herinneren",
			"Wet inburgering 2021, art. 6 en 14-16 (wettelijke taak, AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.CONTACT, DataCategory.APPOINTMENTS)
		.keptFor(Period.ofYears(2));

	/** This module's processing activities, for the register of processing activities. */
	@Bean
	static ProcessingActivities appointmentProcessingActivities() {
		return ProcessingActivities.of(APPOINTMENTS);
	}

	private final AppointmentStore store;

	private final Reminders reminders;

	private final Inburgering inburgering;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final Clock clock;

	Appointments(AppointmentStore store, Reminders reminders, Inburgering inburgering, AccessControl access,
			RowLevelSecurity rowLevelSecurity, ProcessingLog log, Clock clock) {
		this.store = store;
		this.reminders = reminders;
		this.inburgering = inburgering;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.clock = clock;
	}

	/** The household's appointments, soonest first, with answers and reminders. */
	@Transactional
	public List<AppointmentView> forHousehold(HouseholdId id) {
		HouseholdView household = household(id, Permission.HOUSEHOLD_READ);
		List<Appointment> appointments = store.ofHousehold(id);
		log.record(APPOINTMENTS, Operation.READ,
				appointments.stream().map(a -> DataSubject.person(a.personId())).distinct().toList());
		return views(appointments, household.members());
	}

	/** Plans an appointment with a member of the household. */
	@Transactional
	public AppointmentView plan(HouseholdId id, Appointment.Plan plan) {
		HouseholdView household = household(id, Permission.HOUSEHOLD_WRITE);
		if (household.members().stream().noneMatch(m -> m.personId().equals(plan.personId()))) {
			throw new RuleViolation("rule.appointment.person");
		}
		Instant now = clock.instant();
		Appointment appointment = Appointment.plan(id, GemeenteCode.of(household.gemeente()), plan,
				access.currentActor().id().value(), now);
		store.insert(appointment);
		reminders.schedule(appointment, now);
		log.record(APPOINTMENTS, Operation.CREATE, DataSubject.person(plan.personId()));
		return views(List.of(appointment), household.members()).getFirst();
	}

	/**
	 * What the coordinator fills in for a key person's visit: the time, the place, the
	 * key person who comes (named as present) and whether an interpreter comes too.
	 */
	public record SleutelpersoonVisit(Instant startsAt, int minutes, Place place, String sleutelpersoon,
			boolean interpreter) {
	}

	/**
	 * Plans a key person's visit to a household, for the coordinator of the pool: an
	 * appointment of kind {@link Appointment.Kind#SLEUTELPERSOON} with the household's
	 * first adult, the key person named as present. The household must lie in the
	 * coordinator's municipalities ("not found" otherwise); which household is the key
	 * person's to visit is the calling module's to establish (an accepted request).
	 */
	@Transactional
	public AppointmentView planSleutelpersoonVisit(HouseholdId id, SleutelpersoonVisit visit) {
		AccessScope scope = access.scopeFor(Permission.KEY_PERSON_POOL_MANAGE);
		rowLevelSecurity.restrictTo(scope);
		Inburgering.Visit household = inburgering.visitFor(id, APPOINTMENTS)
			.filter(v -> scope.covers(v.gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No household " + id + " in the coordinator's scope"));
		Appointment.Plan plan = new Appointment.Plan(household.contactPersonId(), Appointment.Kind.SLEUTELPERSOON,
				visit.startsAt(), visit.minutes(), visit.place(), List.of(visit.sleutelpersoon()), visit.interpreter(),
				true);
		Instant now = clock.instant();
		Appointment appointment = Appointment.plan(id, household.gemeente(), plan, access.currentActor().id().value(),
				now);
		store.insert(appointment);
		reminders.schedule(appointment, now);
		log.record(APPOINTMENTS, Operation.CREATE, DataSubject.person(plan.personId()));
		return AppointmentView.of(appointment, household.contactVoornaam(), now, null);
	}

	/**
	 * Key persons' visits by id, for the key person whose visits the calling module
	 * established, or for the coordinator; other appointments are left out.
	 */
	@Transactional
	public Map<UUID, AppointmentView> keyPersonVisits(Collection<AppointmentId> ids) {
		Permission permission = access.currentActor().role().may(Permission.KEY_PERSON_OWN) ? Permission.KEY_PERSON_OWN
				: Permission.KEY_PERSON_POOL_MANAGE;
		rowLevelSecurity.restrictTo(access.scopeFor(permission));
		Instant now = clock.instant();
		List<Appointment> visits = ids.stream()
			.distinct()
			.map(store::find)
			.flatMap(Optional::stream)
			.filter(a -> a.kind() == Appointment.Kind.SLEUTELPERSOON)
			.toList();
		if (!visits.isEmpty()) {
			log.record(APPOINTMENTS, Operation.READ,
					visits.stream().map(a -> DataSubject.person(a.personId())).distinct().toList());
		}
		return visits.stream()
			.collect(Collectors.toMap(a -> a.id().value(), a -> AppointmentView.of(a, "", now, null)));
	}

	/**
	 * Moves an appointment to another time, and to another place when one is given; the
	 * newcomer is asked to answer again.
	 */
	@Transactional
	public AppointmentView reschedule(HouseholdId id, AppointmentId appointmentId, Instant startsAt, int minutes,
			@Nullable Place place, long version) {
		HouseholdView household = household(id, Permission.HOUSEHOLD_WRITE);
		Appointment appointment = appointment(id, appointmentId, version);
		move(appointment, startsAt, minutes, place);
		return views(List.of(store.find(appointmentId).orElseThrow()), household.members()).getFirst();
	}

	/** Cancels an appointment, with the reason the newcomer will read. */
	@Transactional
	public void cancel(HouseholdId id, AppointmentId appointmentId, String reason, long version) {
		household(id, Permission.HOUSEHOLD_WRITE);
		cancel(appointment(id, appointmentId, version), reason);
	}

	/**
	 * Moves a key person's visit to another time, and place if one is given, for the
	 * coordinator of the pool: the newcomer sees it as moved and is asked to answer
	 * again, as for a case manager's appointment. A visit outside the coordinator's
	 * municipalities is "not found"; which visit belongs to which request is the calling
	 * module's to establish.
	 */
	@Transactional
	public AppointmentView moveSleutelpersoonVisit(AppointmentId appointmentId, Instant startsAt, int minutes,
			@Nullable Place place, long version) {
		Appointment appointment = visit(appointmentId, Permission.KEY_PERSON_POOL_MANAGE, version);
		move(appointment, startsAt, minutes, place);
		return AppointmentView.of(store.find(appointmentId).orElseThrow(), "", clock.instant(), null);
	}

	/**
	 * Cancels a key person's visit, for the coordinator of the pool, with the reason the
	 * newcomer will read.
	 */
	@Transactional
	public void cancelSleutelpersoonVisit(AppointmentId appointmentId, String reason, long version) {
		cancel(visit(appointmentId, Permission.KEY_PERSON_POOL_MANAGE, version), reason);
	}

	/**
	 * Cancels a key person's visit whose request ended (withdrawn, released, done), in
	 * the name of whoever ended it: a visit still to come is cancelled with
	 * {@code reason}; one that began or was cancelled already is left as it is.
	 * @return whether the visit was cancelled now
	 */
	@Transactional
	public boolean lapseSleutelpersoonVisit(AppointmentId appointmentId, String reason) {
		var role = access.currentActor().role();
		Permission permission = role.may(Permission.KEY_PERSON_POOL_MANAGE) ? Permission.KEY_PERSON_POOL_MANAGE
				: role.may(Permission.KEY_PERSON_REQUEST) ? Permission.KEY_PERSON_REQUEST : Permission.KEY_PERSON_OWN;
		Appointment appointment = visit(appointmentId, permission, null);
		if (!appointment.awaitsReminder(clock.instant())) {
			return false;
		}
		cancel(appointment, reason);
		return true;
	}

	private void move(Appointment appointment, Instant startsAt, int minutes, @Nullable Place place) {
		Instant now = clock.instant();
		appointment.reschedule(startsAt, minutes, place, now);
		store.update(appointment);
		reminders.schedule(appointment, now);
		log.record(APPOINTMENTS, Operation.UPDATE, DataSubject.person(appointment.personId()));
	}

	private void cancel(Appointment appointment, String reason) {
		appointment.cancel(reason, clock.instant());
		store.update(appointment);
		reminders.lapse(appointment.id());
		log.record(APPOINTMENTS, Operation.UPDATE, DataSubject.person(appointment.personId()));
	}

	/**
	 * A key person's visit in the caller's scope for {@code permission}, at
	 * {@code version} if given; "not found" for anything else.
	 */
	private Appointment visit(AppointmentId appointmentId, Permission permission, @Nullable Long version) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		Appointment appointment = store.find(appointmentId)
			.filter(a -> a.kind() == Appointment.Kind.SLEUTELPERSOON && scope.covers(a.gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No key person's visit " + appointmentId));
		if (version != null && appointment.version() != version) {
			throw new OptimisticLockingFailureException("Appointment " + appointmentId + " was changed meanwhile");
		}
		return appointment;
	}

	/** Sends a reminder that failed once more, at once. */
	@Transactional
	public boolean retryReminder(HouseholdId id, AppointmentId appointmentId) {
		household(id, Permission.HOUSEHOLD_WRITE);
		Appointment appointment = store.find(appointmentId)
			.filter(a -> a.household().equals(id))
			.orElseThrow(() -> new NoSuchElementException("No appointment " + appointmentId));
		if (!appointment.awaitsReminder(clock.instant())) {
			return false;
		}
		return reminders.retry(appointmentId, clock.instant());
	}

	private HouseholdView household(HouseholdId id, Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return inburgering.household(id);
	}

	private Appointment appointment(HouseholdId id, AppointmentId appointmentId, long version) {
		Appointment appointment = store.find(appointmentId)
			.filter(a -> a.household().equals(id))
			.orElseThrow(() -> new NoSuchElementException("No appointment " + appointmentId));
		if (appointment.version() != version) {
			throw new OptimisticLockingFailureException("Appointment " + appointmentId + " was changed meanwhile");
		}
		return appointment;
	}

	private List<AppointmentView> views(List<Appointment> appointments, List<HouseholdView.MemberView> members) {
		Map<UUID, String> names = members.stream()
			.collect(Collectors.toMap(HouseholdView.MemberView::personId, HouseholdView.MemberView::voornaam));
		Map<UUID, AppointmentView.ReminderView> reminderViews = reminders
			.views(appointments.stream().map(a -> a.id().value()).toList());
		Instant now = clock.instant();
		return appointments.stream()
			.map(a -> AppointmentView.of(a, names.getOrDefault(a.personId(), ""), now,
					reminderViews.get(a.id().value())))
			.toList();
	}

}
