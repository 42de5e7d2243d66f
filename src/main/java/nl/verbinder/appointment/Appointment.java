package nl.verbinder.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An appointment with a household member. The case manager plans it, moves it to another
 * time or cancels it; the newcomer confirms it or asks for another time with a reason.
 * Nothing changes once it has begun, and nothing but a new time changes a cancelled one
 * (not even that: a cancelled appointment stays cancelled, a new one is planned).
 */
public class Appointment {

	/** The kinds of appointment, each with its pictogram in the portal. */
	public enum Kind {

		/** A talk with the case manager at the office. */
		GESPREK,
		/** The case manager visits the household at home. */
		HUISBEZOEK,
		/** The broad intake. */
		INTAKE,
		/** A talk about the personal plan (PIP). */
		PLAN,
		/** A visit by a key person. */
		SLEUTELPERSOON,
		/** At an organisation (a language school, a partner). */
		ORGANISATIE

	}

	/**
	 * Where the appointment stands: planned, confirmed, another time asked for,
	 * cancelled.
	 */
	public enum Status {

		GEPLAND, BEVESTIGD, ANDER_TIJDSTIP_GEVRAAGD, GEANNULEERD

	}

	static final int MIN_MINUTES = 5;

	static final int MAX_MINUTES = 480;

	static final int MAX_REASON = 500;

	static final int MAX_PRESENT = 10;

	/** How far ahead an appointment may be planned. */
	static final Duration HORIZON = Duration.ofDays(400);

	/** What the case manager fills in when planning. */
	public record Plan(UUID personId, Kind kind, Instant startsAt, int minutes, Place place, List<String> present,
			boolean interpreter, boolean keyPerson) {

		public Plan {
			if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
				throw new RuleViolation("rule.appointment.duration", MIN_MINUTES, MAX_MINUTES);
			}
			present = present.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
			if (present.size() > MAX_PRESENT || present.stream().anyMatch(p -> p.length() > 100)) {
				throw new RuleViolation("rule.appointment.present", MAX_PRESENT);
			}
		}
	}

	private final AppointmentId id;

	private final HouseholdId household;

	private final UUID personId;

	private final GemeenteCode gemeente;

	private final Kind kind;

	private Instant startsAt;

	private int minutes;

	private Place place;

	private final List<String> present;

	private final boolean interpreter;

	private final boolean keyPerson;

	private Status status;

	private @Nullable String reason;

	private @Nullable Instant answeredAt;

	private @Nullable Instant movedFrom;

	private final UUID plannedBy;

	private final Instant plannedAt;

	private final long version;

	Appointment(AppointmentId id, HouseholdId household, UUID personId, GemeenteCode gemeente, Kind kind,
			Instant startsAt, int minutes, Place place, List<String> present, boolean interpreter, boolean keyPerson,
			Status status, @Nullable String reason, @Nullable Instant answeredAt, @Nullable Instant movedFrom,
			UUID plannedBy, Instant plannedAt, long version) {
		this.id = id;
		this.household = household;
		this.personId = personId;
		this.gemeente = gemeente;
		this.kind = kind;
		this.startsAt = startsAt;
		this.minutes = minutes;
		this.place = place;
		this.present = List.copyOf(present);
		this.interpreter = interpreter;
		this.keyPerson = keyPerson;
		this.status = status;
		this.reason = reason;
		this.answeredAt = answeredAt;
		this.movedFrom = movedFrom;
		this.plannedBy = plannedBy;
		this.plannedAt = plannedAt;
		this.version = version;
	}

	/** Plans an appointment; it must lie in the future, within a good year. */
	static Appointment plan(HouseholdId household, GemeenteCode gemeente, Plan plan, UUID plannedBy, Instant now) {
		requireFuture(plan.startsAt(), now);
		return new Appointment(AppointmentId.random(), household, plan.personId(), gemeente, plan.kind(),
				plan.startsAt(), plan.minutes(), plan.place(), plan.present(), plan.interpreter(), plan.keyPerson(),
				Status.GEPLAND, null, null, null, plannedBy, now, 0);
	}

	private static void requireFuture(Instant startsAt, Instant now) {
		if (!startsAt.isAfter(now)) {
			throw new RuleViolation("rule.appointment.in-past");
		}
		if (startsAt.isAfter(now.plus(HORIZON))) {
			throw new RuleViolation("rule.appointment.too-far");
		}
	}

	private void requireOpen(Instant now) {
		if (status == Status.GEANNULEERD) {
			throw new RuleViolation("rule.appointment.cancelled");
		}
		if (!startsAt.isAfter(now)) {
			throw new RuleViolation("rule.appointment.passed");
		}
	}

	/** The newcomer confirms; confirming again changes nothing. */
	void confirm(Instant now) {
		requireOpen(now);
		if (status == Status.BEVESTIGD) {
			return;
		}
		status = Status.BEVESTIGD;
		reason = null;
		answeredAt = now;
	}

	/** The newcomer asks for another time, and says why. */
	void askForAnotherTime(String why, Instant now) {
		requireOpen(now);
		String text = why == null ? "" : why.strip();
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new RuleViolation("rule.appointment.reason", MAX_REASON);
		}
		status = Status.ANDER_TIJDSTIP_GEVRAAGD;
		reason = text;
		answeredAt = now;
	}

	/**
	 * Moves the appointment to another time, and to another place if one is given: it
	 * awaits the newcomer's answer again, marked as moved from the time it had.
	 */
	void reschedule(Instant newStart, int newMinutes, @Nullable Place newPlace, Instant now) {
		requireOpen(now);
		requireFuture(newStart, now);
		if (newMinutes < MIN_MINUTES || newMinutes > MAX_MINUTES) {
			throw new RuleViolation("rule.appointment.duration", MIN_MINUTES, MAX_MINUTES);
		}
		movedFrom = startsAt;
		startsAt = newStart;
		minutes = newMinutes;
		if (newPlace != null) {
			place = newPlace;
		}
		status = Status.GEPLAND;
		reason = null;
		answeredAt = null;
	}

	/** The appointment is cancelled (by the case manager or coordinator), saying why. */
	void cancel(String why, Instant now) {
		requireOpen(now);
		String text = why == null ? "" : why.strip();
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new RuleViolation("rule.appointment.reason", MAX_REASON);
		}
		status = Status.GEANNULEERD;
		reason = text;
	}

	/** Whether a reminder should still go out. */
	boolean awaitsReminder(Instant now) {
		return status != Status.GEANNULEERD && startsAt.isAfter(now);
	}

	public AppointmentId id() {
		return id;
	}

	public HouseholdId household() {
		return household;
	}

	public UUID personId() {
		return personId;
	}

	public GemeenteCode gemeente() {
		return gemeente;
	}

	public Kind kind() {
		return kind;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public int minutes() {
		return minutes;
	}

	public Instant endsAt() {
		return startsAt.plus(Duration.ofMinutes(minutes));
	}

	public Place place() {
		return place;
	}

	public List<String> present() {
		return present;
	}

	public boolean interpreter() {
		return interpreter;
	}

	public boolean keyPerson() {
		return keyPerson;
	}

	public Status status() {
		return status;
	}

	public @Nullable String reason() {
		return reason;
	}

	public @Nullable Instant answeredAt() {
		return answeredAt;
	}

	/** The time it had before it was last moved; {@code null} if it was never moved. */
	public @Nullable Instant movedFrom() {
		return movedFrom;
	}

	public UUID plannedBy() {
		return plannedBy;
	}

	public Instant plannedAt() {
		return plannedAt;
	}

	public long version() {
		return version;
	}

}
