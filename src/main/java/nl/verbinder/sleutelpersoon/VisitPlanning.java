package nl.verbinder.sleutelpersoon;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.AppointmentId;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.appointment.Appointments;
import nl.verbinder.appointment.Place;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator plans the visit of an accepted request at a household: an appointment
 * of the appointment module (kind key person, the key person named as present), which the
 * newcomer sees in the portal and the key person on their own page. One visit per
 * request; the coordinator moves it (time, place) or cancels it with a reason, and a
 * request that ends cancels the visit still to come ({@link VisitLapse}).
 *
 * <p>
 * Nine collaborators: the request and the key person (requests, pool, scoping), the
 * household and its municipality's name for a visit at home (inburgering, reference), the
 * appointment itself, the link kept here (the database), the log and the clock.
 */
@Service
public class VisitPlanning {

	/**
	 * Where the visit takes place: at the household's home, by video (a link) or by phone
	 * (a number, may be empty).
	 */
	public enum Where {

		THUIS, VIDEO, TELEFOON

	}

	/** What the coordinator fills in. */
	public record Plan(Instant startsAt, int minutes, Where where, @Nullable String videoLink,
			@Nullable String telefoon, boolean interpreter) {
	}

	/** Where a visit moves to: the new time and place. */
	public record Move(Instant startsAt, int minutes, Where where, @Nullable String videoLink,
			@Nullable String telefoon) {
	}

	/** The visit a key person sees of their own accepted request. */
	public record OwnVisit(Instant begin, Instant einde, String plaatsSoort, @Nullable String adres,
			@Nullable String kaartLink, @Nullable String videoLink, @Nullable String telefoon, boolean tolk,
			String status, @Nullable Instant verzetVan) {

		static OwnVisit of(AppointmentView v) {
			return new OwnVisit(v.begin(), v.einde(), v.plaatsSoort(), v.adres(), v.kaartLink(), v.videoLink(),
					v.telefoon(), v.tolk(), v.status().name(), v.verzetVan());
		}

		/** The earlier start of a moved visit in Dutch time, for pages. */
		public @Nullable LocalDateTime verzetVanLocal() {
			return verzetVan == null ? null : LocalDateTime.ofInstant(verzetVan, DutchTime.ZONE);
		}

		/** The start in Dutch time, for pages. */
		public LocalDateTime beginLocal() {
			return LocalDateTime.ofInstant(begin, DutchTime.ZONE);
		}

		/** The end in Dutch time, for pages. */
		public LocalDateTime eindeLocal() {
			return LocalDateTime.ofInstant(einde, DutchTime.ZONE);
		}
	}

	private final Verzoeken verzoeken;

	private final Pool pool;

	private final PoolScoping scoping;

	private final Inburgering inburgering;

	private final ReferenceData reference;

	private final Appointments appointments;

	private final JdbcClient jdbc;

	private final ProcessingLog log;

	private final Clock clock;

	VisitPlanning(Verzoeken verzoeken, Pool pool, PoolScoping scoping, Inburgering inburgering, ReferenceData reference,
			Appointments appointments, JdbcClient jdbc, ProcessingLog log, Clock clock) {
		this.verzoeken = verzoeken;
		this.pool = pool;
		this.scoping = scoping;
		this.inburgering = inburgering;
		this.reference = reference;
		this.appointments = appointments;
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Plans the visit of an accepted request for a household in the coordinator's
	 * municipalities; "not found" for a request outside them, refused with a reason for a
	 * request that is not accepted, has no household or has its visit already (one that
	 * was cancelled is replaced by the new one).
	 */
	@Transactional
	public AppointmentView plan(UUID requestId, Plan plan) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		scope.require(verzoeken.require(requestId).verzoek().gemeente());
		// One planning of a request at a time: a second waits, then finds the visit
		// planned.
		jdbc.sql("select 1 from sleutelpersoon.verzoek where id = ? for update").param(requestId).query().listOfRows();
		Verzoek verzoek = verzoeken.require(requestId).verzoek();
		if (verzoek.status() != Verzoek.Status.GEACCEPTEERD || verzoek.assignedTo() == null) {
			throw new RuleViolation("rule.request-visit.not-accepted");
		}
		if (verzoek.householdId() == null) {
			throw new RuleViolation("rule.request-visit.no-household");
		}
		AppointmentView earlier = visits(List.of(requestId)).get(requestId);
		if (earlier != null && earlier.status() != Appointment.Status.GEANNULEERD) {
			throw new RuleViolation("rule.request-visit.planned");
		}
		Sleutelpersoon who = pool.find(verzoek.assignedTo())
			.map(Pool.Stored::sleutelpersoon)
			.orElseThrow(() -> new RuleViolation("rule.request-visit.not-accepted"));
		HouseholdId household = new HouseholdId(verzoek.householdId());
		Place place = switch (plan.where()) {
			case VIDEO -> new Place.Video(plan.videoLink() == null ? "" : plan.videoLink());
			case TELEFOON -> new Place.Phone(plan.telefoon() == null ? "" : plan.telefoon());
			case THUIS -> home(household);
		};
		AppointmentView planned = appointments.planSleutelpersoonVisit(household, new Appointments.SleutelpersoonVisit(
				plan.startsAt(), plan.minutes(), place, who.voornaam() + " " + who.achternaam(), plan.interpreter()));
		jdbc.sql("""
				insert into sleutelpersoon.visit_appointment (verzoek_id, appointment_id, gemeente, planned_at)
				values (?, ?, ?, ?)
				on conflict (verzoek_id) do update set appointment_id = excluded.appointment_id,
				  planned_at = excluded.planned_at""")
			.params(requestId, planned.id(), verzoek.gemeente().value(), Timestamp.from(clock.instant()))
			.update();
		log.record(Sleutelpersonen.INZET, Operation.CREATE, DataSubject.household(household.value()));
		return planned;
	}

	/**
	 * The visit planned for a request of the coordinator's municipalities; "not found"
	 * for a request outside them or without a visit.
	 */
	@Transactional(readOnly = true)
	public AppointmentView visit(UUID requestId) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		scope.require(verzoeken.require(requestId).verzoek().gemeente());
		return Optional.ofNullable(visits(List.of(requestId)).get(requestId))
			.orElseThrow(() -> new NoSuchElementException("No visit planned for request " + requestId));
	}

	/**
	 * Moves the visit of an accepted request to another time and place; the newcomer sees
	 * it as moved and answers again. Refused for a request that is no longer accepted, a
	 * visit that began or was cancelled, and a new time in the past.
	 */
	@Transactional
	public AppointmentView move(UUID requestId, Move move, long version) {
		Verzoek verzoek = scoped(requestId);
		if (verzoek.status() != Verzoek.Status.GEACCEPTEERD || verzoek.householdId() == null) {
			throw new RuleViolation("rule.request-visit.not-accepted");
		}
		HouseholdId household = new HouseholdId(verzoek.householdId());
		Place place = switch (move.where()) {
			case VIDEO -> new Place.Video(move.videoLink() == null ? "" : move.videoLink());
			case TELEFOON -> new Place.Phone(move.telefoon() == null ? "" : move.telefoon());
			case THUIS -> home(household);
		};
		AppointmentView moved = appointments.moveSleutelpersoonVisit(appointmentOf(requestId), move.startsAt(),
				move.minutes(), place, version);
		log.record(Sleutelpersonen.INZET, Operation.UPDATE, DataSubject.household(household.value()));
		return moved;
	}

	/**
	 * Cancels the visit of a request, with the reason the newcomer reads; refused for a
	 * visit that began or was cancelled already.
	 */
	@Transactional
	public void cancel(UUID requestId, String reason, long version) {
		Verzoek verzoek = scoped(requestId);
		appointments.cancelSleutelpersoonVisit(appointmentOf(requestId), reason, version);
		if (verzoek.householdId() != null) {
			log.record(Sleutelpersonen.INZET, Operation.UPDATE, DataSubject.household(verzoek.householdId()));
		}
	}

	/**
	 * Cancels the visit still to come of a request that ended, in the name of whoever
	 * ended it; nothing happens when it has no visit, one that began or was cancelled, or
	 * one planned after {@code endedAt} (for a later acceptance of a released request).
	 * @return whether a visit was cancelled
	 */
	@Transactional
	public boolean lapse(UUID requestId, String reason, Instant endedAt) {
		scoping.restrictToFirstOf(Permission.KEY_PERSON_POOL_MANAGE, Permission.KEY_PERSON_REQUEST,
				Permission.KEY_PERSON_OWN);
		Optional<UUID> appointment = jdbc
			.sql("select appointment_id from sleutelpersoon.visit_appointment where verzoek_id = ? and planned_at <= ?")
			.params(requestId, Timestamp.from(endedAt))
			.query(UUID.class)
			.optional();
		if (appointment.isEmpty()
				|| !appointments.lapseSleutelpersoonVisit(new AppointmentId(appointment.get()), reason)) {
			return false;
		}
		verzoeken.find(requestId)
			.map(Verzoeken.Stored::verzoek)
			.filter(v -> v.householdId() != null)
			.ifPresent(
					v -> log.record(Sleutelpersonen.INZET, Operation.UPDATE, DataSubject.household(v.householdId())));
		return true;
	}

	/** The request, in the coordinator's municipalities ("not found" otherwise). */
	private Verzoek scoped(UUID requestId) {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_POOL_MANAGE);
		Verzoek verzoek = verzoeken.require(requestId).verzoek();
		scope.require(verzoek.gemeente());
		return verzoek;
	}

	/** The appointment of the request's visit; "not found" when none was planned. */
	private AppointmentId appointmentOf(UUID requestId) {
		return jdbc.sql("select appointment_id from sleutelpersoon.visit_appointment where verzoek_id = ?")
			.param(requestId)
			.query(UUID.class)
			.optional()
			.map(AppointmentId::new)
			.orElseThrow(() -> new NoSuchElementException("No visit planned for request " + requestId));
	}

	/** The household's home as the place of the visit. */
	private Place home(HouseholdId household) {
		Inburgering.Visit visit = inburgering.visitFor(household, Sleutelpersonen.INZET)
			.orElseThrow(() -> new NoSuchElementException("No household " + household));
		String city = reference.gemeente(visit.gemeente()).map(g -> g.naam()).orElse(visit.gemeente().value());
		return new Place.AtAddress("", visit.adres(), visit.postcode(), city);
	}

	/**
	 * The visits planned for these requests, by request; for the coordinator, or for the
	 * key person (whose requests the caller established).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AppointmentView> visits(Collection<UUID> requestIds) {
		scoping.restrictToFirstOf(Permission.KEY_PERSON_POOL_MANAGE, Permission.KEY_PERSON_OWN);
		if (requestIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UUID> byAppointment = jdbc
			.sql("select appointment_id, verzoek_id from sleutelpersoon.visit_appointment where verzoek_id = any(?)")
			.param(requestIds.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (byAppointment.isEmpty()) {
			return Map.of();
		}
		return appointments.keyPersonVisits(byAppointment.keySet().stream().map(AppointmentId::new).toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> byAppointment.get(e.getKey()), Map.Entry::getValue));
	}

	/**
	 * The visits planned for the signed-in key person's accepted and done requests, by
	 * request.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, OwnVisit> ownVisits() {
		AccessScope scope = scoping.restrict(Permission.KEY_PERSON_OWN);
		Sleutelpersoon me = pool.byAccount(scope.actor().id().value())
			.map(Pool.Stored::sleutelpersoon)
			.orElseThrow(() -> new NoSuchElementException("This account belongs to no key person of the pool"));
		List<UUID> own = verzoeken.ofKeyPerson(me.id(), 200)
			.stream()
			.map(Verzoeken.Stored::verzoek)
			.filter(v -> me.id().equals(v.assignedTo())
					&& (v.status() == Verzoek.Status.GEACCEPTEERD || v.status() == Verzoek.Status.AFGEROND))
			.map(Verzoek::id)
			.toList();
		return visits(own).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> OwnVisit.of(e.getValue())));
	}

}
