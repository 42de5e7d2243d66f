package nl.verbinder.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder mails through a real SMTP server (GreenMail) with Spring's mail sender: a
 * failure counts an attempt and is retried later, after the last attempt the reminder
 * stays failed and visible until the case manager retries it, and two nodes sending at
 * once send each reminder once.
 */
@VerbinderIntegrationTest
class ReminderIntegrationTests {

	@Autowired
	ReminderJob job;

	@Autowired
	Appointments appointments;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Inburgering inburgering;

	@Autowired
	BackgroundWork background;

	@Autowired
	JdbcClient jdbc;

	private GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static JavaMailSenderImpl sender(int port) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		var properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "2000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	private GreenMail startSmtp(int port) {
		smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		return smtp;
	}

	/**
	 * A household in Aalten whose mother gave an address (in Arabic) and has an
	 * appointment in three days at 10:30; its reminder is due the day before at 10:00.
	 */
	private AppointmentView plannedWithAddress(String voornaam, String email) {
		HouseholdView household = background.callAs("consulent.aalten", () -> inburgering
			.register(new GemeenteCode("GM0197"), "Markt " + voornaam, "7121 AA", LocalDate.now().minusMonths(3), List
				.of(new Inburgering.NewMember(voornaam, "Testouder", LocalDate.of(1990, 1, 2), Gezinsrol.INBURGERAAR)),
					true));
		UUID person = household.members().getFirst().personId();
		inAalten(() -> jdbc.sql("""
				insert into appointment.reminder_address (person_id, gemeente, email, language, given_at)
				values (?, 'GM0197', ?, 'ar', now())""").params(person, email).update());
		Instant start = ZonedDateTime
			.of(LocalDate.now(DutchTime.ZONE).plusDays(3), LocalTime.of(10, 30), DutchTime.ZONE)
			.toInstant();
		return background.callAs("consulent.aalten",
				() -> appointments.plan(household.id(),
						new Appointment.Plan(person, Appointment.Kind.GESPREK, start, 45,
								new Place.AtAddress("Gemeentehuis", "Hofstraat 1", "7121 DL", "Aalten"), List.of(),
								true, false)));
	}

	/** Writes as the application would within Aalten's row-level security. */
	private void inAalten(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM0197', true)").query(String.class).single();
			work.run();
		});
	}

	private record Row(String status, int attempts, Instant nextAttempt, String lastError) {
	}

	private Row reminderOf(AppointmentView appointment) {
		return jdbc.sql("""
				select status, attempts, next_attempt_at, last_error from appointment.reminder
				where appointment_id = ? order by starts_at desc limit 1""")
			.param(appointment.id())
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.single();
	}

	private Instant due(AppointmentView appointment) {
		return Reminders.dueFor(appointment.begin(), Instant.now());
	}

	private List<MimeMessage> to(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
				found.add(m);
			}
		}
		return found;
	}

	@Test
	void aFailedSendingIsRetriedLaterAndArrivesOnce() throws Exception {
		int port = freePort();
		AppointmentView appointment = plannedWithAddress("Abrehet", "abrehet@example.org");
		Instant due = due(appointment);
		assertThat(job.sendDue(due.minusSeconds(60), sender(port))).as("not due yet").isZero();

		// The mail server is away: the attempt counts and waits.
		job.sendDue(due.plusSeconds(1), sender(port));
		Row failed = reminderOf(appointment);
		assertThat(failed.status()).isEqualTo("WACHTEND");
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttempt()).isAfter(due.plusSeconds(1));
		var seen = background.callAs("consulent.aalten",
				() -> appointments.forHousehold(new HouseholdId(appointment.householdId())));
		assertThat(seen.getFirst().herinnering().pogingen()).isEqualTo(1);
		assertThat(seen.getFirst().herinnering().fout()).isNotBlank();

		// Back: not before the wait is over, then once.
		startSmtp(port);
		job.sendDue(due.plusSeconds(2), sender(port));
		assertThat(reminderOf(appointment).status()).isEqualTo("WACHTEND");
		job.sendDue(failed.nextAttempt(), sender(port));
		assertThat(reminderOf(appointment).status()).isEqualTo("VERSTUURD");
		List<MimeMessage> mails = to("abrehet@example.org");
		assertThat(mails).hasSize(1);
		assertThat(mails.getFirst().getSubject()).isEqualTo("تذكير: لديك موعد");
		String body = (String) mails.getFirst().getContent();
		assertThat(body).contains("Abrehet", "Hofstraat 1, 7121 DL Aalten", "/portaal/afspraken");
		job.sendDue(failed.nextAttempt().plus(Duration.ofHours(1)), sender(port));
		assertThat(to("abrehet@example.org")).hasSize(1);
	}

	@Test
	void afterTheLastAttemptTheReminderStaysFailedUntilTheCaseManagerRetriesIt() throws Exception {
		int port = freePort();
		AppointmentView appointment = plannedWithAddress("Feven", "feven@example.org");
		Instant at = due(appointment).plusSeconds(1);
		for (int attempt = 1; attempt <= ReminderJob.MAX_ATTEMPTS; attempt++) {
			job.sendDue(at, sender(port));
			at = reminderOf(appointment).nextAttempt();
		}
		Row given = reminderOf(appointment);
		assertThat(given.status()).isEqualTo("MISLUKT");
		assertThat(given.attempts()).isEqualTo(ReminderJob.MAX_ATTEMPTS);
		job.sendDue(at.plus(Duration.ofHours(3)), sender(port));
		assertThat(reminderOf(appointment).attempts()).as("not tried again by itself")
			.isEqualTo(ReminderJob.MAX_ATTEMPTS);

		assertThat(background.callAs("consulent.aalten", () -> appointments
			.retryReminder(new HouseholdId(appointment.householdId()), new AppointmentId(appointment.id())))).isTrue();
		startSmtp(port);
		job.sendDue(Instant.now().plusSeconds(1), sender(port));
		assertThat(reminderOf(appointment).status()).isEqualTo("VERSTUURD");
		assertThat(to("feven@example.org")).hasSize(1);
	}

	@Test
	void twoNodesSendingAtOnceSendEachReminderOnce() throws Exception {
		int port = freePort();
		startSmtp(port);
		List<AppointmentView> planned = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			planned.add(plannedWithAddress("Node" + (char) ('a' + i), "node" + i + "@example.org"));
		}
		Instant at = planned.stream().map(this::due).max(Instant::compareTo).orElseThrow().plusSeconds(1);
		var first = CompletableFuture.supplyAsync(() -> job.sendDue(at, sender(port)));
		var second = CompletableFuture.supplyAsync(() -> job.sendDue(at, sender(port)));
		first.join();
		second.join();
		for (int i = 0; i < planned.size(); i++) {
			assertThat(reminderOf(planned.get(i)).status()).isEqualTo("VERSTUURD");
			assertThat(to("node" + i + "@example.org")).as("node" + i).hasSize(1);
		}
	}

	@Test
	void withoutAnAddressTheReminderLapsesVisibly() {
		AppointmentView appointment = plannedWithAddress("Selam", "selam@example.org");
		inAalten(() -> jdbc.sql("delete from appointment.reminder_address where email = 'selam@example.org'").update());
		job.sendDue(due(appointment).plusSeconds(1), sender(1));
		Row row = reminderOf(appointment);
		assertThat(row.status()).isEqualTo("VERVALLEN");
		assertThat(row.lastError()).isEqualTo("appointment.reminder.no-address");
	}

	@Test
	void withoutAMailServerConfiguredTheScheduledRunSendsNothingAndTheReminderWaits() throws Exception {
		// The tests configure no spring.mail.host, as a node without a mail server: the
		// scheduled path finds no mail sender and leaves every reminder waiting.
		AppointmentView appointment = plannedWithAddress("Rahel", "rahel@example.org");
		Instant due = due(appointment).plusSeconds(1);
		assertThat(job.sendDue(due)).isZero();
		Row waiting = reminderOf(appointment);
		assertThat(waiting.status()).isEqualTo("WACHTEND");
		assertThat(waiting.attempts()).isZero();
		// Once a server is there, the same reminder goes out, once.
		int port = freePort();
		startSmtp(port);
		job.sendDue(due, sender(port));
		assertThat(to("rahel@example.org")).hasSize(1);
		assertThat(reminderOf(appointment).status()).isNotEqualTo("WACHTEND");
	}

}
