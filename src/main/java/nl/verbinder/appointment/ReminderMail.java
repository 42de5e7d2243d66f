package nl.verbinder.appointment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shell.PortalLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reminder mail, written and sent in the name of a case manager of the appointment's
 * municipality (so that scope, row-level security and the processing log apply as for a
 * person): in the language the newcomer chose, with what, when and where, and the way to
 * ask for another time. Reads the appointment and the address under row-level security.
 */
@Component
class ReminderMail {

	enum Outcome {

		SENT, NO_ADDRESS, LAPSED

	}

	private final AppointmentStore store;

	private final JdbcClient jdbc;

	private final Inburgering inburgering;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final MessageSource messages;

	private final ReminderSettings settings;

	/**
	 * Eight collaborators: the mail needs the appointment, the address, the person's name
	 * and language texts, and each read under the same checks and log as a person's.
	 */
	ReminderMail(AppointmentStore store, JdbcClient jdbc, Inburgering inburgering, AccessControl access,
			RowLevelSecurity rowLevelSecurity, ProcessingLog log, MessageSource messages, ReminderSettings settings) {
		this.store = store;
		this.jdbc = jdbc;
		this.inburgering = inburgering;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.messages = messages;
		this.settings = settings;
	}

	record Address(String email, String language) {
	}

	/**
	 * Sends the reminder of {@code appointmentId} through {@code sender}; a failure of
	 * the mail server is thrown as a {@link MailException}.
	 */
	@Transactional
	Outcome send(AppointmentId appointmentId, JavaMailSender sender, Instant now) {
		rowLevelSecurity.restrictTo(access.scopeFor(Permission.HOUSEHOLD_READ));
		Optional<Appointment> found = store.find(appointmentId);
		if (found.isEmpty() || !found.get().awaitsReminder(now)) {
			return Outcome.LAPSED;
		}
		Appointment a = found.get();
		Optional<Address> address = jdbc
			.sql("select email, language from appointment.reminder_address where person_id = ?")
			.param(a.personId())
			.query((rs, n) -> new Address(rs.getString(1), rs.getString(2)))
			.optional();
		if (address.isEmpty()) {
			return Outcome.NO_ADDRESS;
		}
		String name = inburgering.household(a.household())
			.members()
			.stream()
			.filter(m -> m.personId().equals(a.personId()))
			.map(m -> m.voornaam())
			.findFirst()
			.orElse("");
		Locale locale = PortalLanguage.of(address.get().language()).orElse(PortalLanguage.NL).locale();
		String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
			.format(a.startsAt().atZone(DutchTime.ZONE));
		String where = switch (a.place()) {
			case Place.AtAddress p -> (p.location().isEmpty() ? "" : p.location() + ", ") + p.line();
			case Place.Video v -> text("portal.appointments.video", locale) + " " + v.link();
			case Place.Phone p -> text("portal.appointments.phone", locale) + " " + p.number();
		};
		var mail = new SimpleMailMessage();
		mail.setFrom(settings.from());
		mail.setTo(address.get().email());
		mail.setSubject(text("portal.appointments.mail.subject", locale));
		mail.setText(messages.getMessage("portal.appointments.mail.body",
				new Object[] { name, text("portal.appointments.kind." + a.kind().name(), locale), when, where,
						settings.portalUrl() + "/portaal/afspraken" },
				locale));
		sender.send(mail);
		log.record(Appointments.APPOINTMENTS, Operation.READ, DataSubject.person(a.personId()));
		return Outcome.SENT;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** Where reminders come from and where the portal is. */
	@Component
	static class ReminderSettings {

		private final String from;

		private final String portalUrl;

		ReminderSettings(@Value("${verbinder.reminders.from:Verbinder <noreply@verbinder.invalid>}") String from,
				@Value("${verbinder.reminders.portal-url:http://localhost:8080}") String portalUrl) {
			this.from = from;
			this.portalUrl = portalUrl;
		}

		String from() {
			return from;
		}

		String portalUrl() {
			return portalUrl;
		}

	}

}
