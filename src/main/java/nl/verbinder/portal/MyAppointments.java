package nl.verbinder.portal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.appointment.Ics;
import nl.verbinder.appointment.OwnAppointments;
import nl.verbinder.shared.DutchTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The signed-in newcomer's appointments (and their minor children's), read and answered
 * through the appointment module's {@link OwnAppointments} as the newcomer's own access:
 * the list, a week, answering, the calendar file and the address for reminders.
 */
@Service
public class MyAppointments {

	/** A week from Monday to Sunday with the appointments of each day. */
	public record Week(LocalDate monday, List<Day> days) {

		public LocalDate previous() {
			return monday.minusWeeks(1);
		}

		public LocalDate next() {
			return monday.plusWeeks(1);
		}

		public LocalDate sunday() {
			return monday.plusDays(6);
		}
	}

	public record Day(LocalDate date, List<AppointmentView> appointments) {
	}

	private final Newcomers newcomers;

	private final OwnAppointments own;

	private final MessageSource messages;

	private final Clock clock;

	MyAppointments(Newcomers newcomers, OwnAppointments own, MessageSource messages, Clock clock) {
		this.newcomers = newcomers;
		this.own = own;
		this.messages = messages;
		this.clock = clock;
	}

	public List<AppointmentView> all() {
		return own.mine(newcomers.current().personId(), Portal.OWN_ACCESS);
	}

	/** The week that holds {@code day}, from the appointments already read. */
	public Week week(List<AppointmentView> appointments, LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<Day> days = monday.datesUntil(monday.plusDays(7))
			.map(d -> new Day(d, appointments.stream().filter(a -> a.beginLocal().toLocalDate().equals(d)).toList()))
			.toList();
		return new Week(monday, days);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(DutchTime.ZONE));
	}

	public AppointmentView confirm(UUID id, long version) {
		return own.confirm(newcomers.current().personId(), id, version, Portal.OWN_ACCESS);
	}

	public AppointmentView askForAnotherTime(UUID id, long version, String reason) {
		return own.askForAnotherTime(newcomers.current().personId(), id, version, reason, Portal.OWN_ACCESS);
	}

	/** The appointment as a calendar file, its texts in the newcomer's language. */
	public String ics(UUID id) {
		AppointmentView a = own.one(newcomers.current().personId(), id, Portal.OWN_ACCESS);
		String summary = text("portal.appointments.kind." + a.soort().name());
		String location = switch (a.plaatsSoort()) {
			case "ADRES" -> ((a.locatie() == null || a.locatie().isEmpty()) ? "" : a.locatie() + ", ") + a.adres();
			case "VIDEO" -> text("portal.appointments.video") + " " + a.videoLink();
			default -> text("portal.appointments.phone") + " " + (a.telefoon() == null ? "" : a.telefoon());
		};
		StringBuilder description = new StringBuilder(text("portal.appointments.status." + a.status().name()));
		if (!a.aanwezigen().isEmpty()) {
			description.append('\n').append(text("portal.appointments.present", String.join(", ", a.aanwezigen())));
		}
		if (a.tolk()) {
			description.append('\n').append(text("portal.appointments.interpreter"));
		}
		if (a.sleutelpersoon()) {
			description.append('\n').append(text("portal.appointments.key-person"));
		}
		return Ics.of(a, summary, description.toString(), location, clock.instant());
	}

	public Optional<String> reminderAddress() {
		return own.reminderAddress(newcomers.current().personId(), Portal.OWN_ACCESS);
	}

	public void giveReminderAddress(String email) {
		Newcomers.Newcomer me = newcomers.current();
		own.giveReminderAddress(me.personId(), email, me.language().tag(), Portal.OWN_ACCESS);
	}

	public void removeReminderAddress() {
		own.removeReminderAddress(newcomers.current().personId(), Portal.OWN_ACCESS);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
