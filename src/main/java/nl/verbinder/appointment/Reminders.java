package nl.verbinder.appointment;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox of reminder mails ({@code appointment.reminder}): one row per appointment
 * and time, due at 10:00 Dutch time the day before (or at once when planned later than
 * that). Planning and moving an appointment schedule a row, cancelling or moving it lets
 * the old one lapse; {@link ReminderJob} sends them. A row is never deleted: what was
 * sent, what lapsed and what failed stays visible.
 */
@Component
class Reminders {

	/** When on the day before a reminder goes out. */
	static final LocalTime SEND_AT = LocalTime.of(10, 0);

	private final JdbcClient jdbc;

	Reminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Instant dueFor(Instant startsAt, Instant now) {
		LocalDate dayBefore = ZonedDateTime.ofInstant(startsAt, DutchTime.ZONE).toLocalDate().minusDays(1);
		Instant due = ZonedDateTime.of(dayBefore, SEND_AT, DutchTime.ZONE).toInstant();
		return due.isBefore(now) ? now : due;
	}

	/** Schedules the reminder of the appointment's current time; earlier times lapse. */
	void schedule(Appointment a, Instant now) {
		lapse(a.id());
		Instant due = dueFor(a.startsAt(), now);
		jdbc.sql("""
				insert into appointment.reminder (id, appointment_id, gemeente, act_as, starts_at, due_at, status,
				  attempts, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, 'WACHTEND', 0, ?)
				on conflict (appointment_id, starts_at) do update set status = 'WACHTEND', due_at = excluded.due_at,
				  next_attempt_at = excluded.next_attempt_at
				  where appointment.reminder.status = 'VERVALLEN'""")
			.params(UUID.randomUUID(), a.id().value(), a.gemeente().value(), a.plannedBy(),
					Timestamp.from(a.startsAt()), Timestamp.from(due), Timestamp.from(due))
			.update();
	}

	/** Lets the appointment's waiting reminders lapse (cancelled or moved). */
	void lapse(AppointmentId appointment) {
		jdbc.sql("""
				update appointment.reminder set status = 'VERVALLEN', last_error = 'appointment.reminder.lapsed'
				where appointment_id = ? and status in ('WACHTEND', 'MISLUKT')""").param(appointment.value()).update();
	}

	/** Tries a failed reminder again, at once. */
	boolean retry(AppointmentId appointment, Instant now) {
		return jdbc.sql("""
				update appointment.reminder set status = 'WACHTEND', next_attempt_at = ?
				where appointment_id = ? and status = 'MISLUKT'""")
			.params(Timestamp.from(now), appointment.value())
			.update() > 0;
	}

	/** The latest reminder of each appointment, as the case manager sees it. */
	Map<UUID, AppointmentView.ReminderView> views(Collection<UUID> appointments) {
		Map<UUID, AppointmentView.ReminderView> views = new HashMap<>();
		if (appointments.isEmpty()) {
			return views;
		}
		jdbc.sql(
				"""
						select distinct on (appointment_id) appointment_id, status, attempts, next_attempt_at, sent_at, last_error
						from appointment.reminder where appointment_id = any(?)
						order by appointment_id, starts_at desc""")
			.param(appointments.toArray(UUID[]::new))
			.query(rs -> {
				String status = rs.getString("status");
				Timestamp next = rs.getTimestamp("next_attempt_at");
				Timestamp sent = rs.getTimestamp("sent_at");
				views.put(rs.getObject("appointment_id", UUID.class),
						new AppointmentView.ReminderView(status, rs.getInt("attempts"),
								"WACHTEND".equals(status) ? next.toInstant() : null,
								sent == null ? null : sent.toInstant(), rs.getString("last_error")));
			});
		return views;
	}

	/** How long to wait after the n-th failed attempt: 1, 5, 15, 60 and 180 minutes. */
	static Duration backoff(int attempts) {
		return switch (attempts) {
			case 0, 1 -> Duration.ofMinutes(1);
			case 2 -> Duration.ofMinutes(5);
			case 3 -> Duration.ofMinutes(15);
			case 4 -> Duration.ofMinutes(60);
			default -> Duration.ofMinutes(180);
		};
	}

}
