package nl.verbinder.appointment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.shared.GemeenteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminder mails that are due, on whichever node is free: each row of the
 * outbox is claimed in its own transaction with {@code FOR UPDATE SKIP LOCKED}, so two
 * nodes never take the same one, and kept locked until it is sent and marked. A failure
 * (the mail server away, an address refused) counts an attempt and waits longer each time
 * ({@link Reminders#backoff}); after {@value #MAX_ATTEMPTS} attempts the row stays as
 * failed, with the reason, for the case manager to see and retry. Without a mail server
 * ({@code spring.mail.host} not set) nothing is claimed and every reminder keeps waiting.
 */
@Component
class ReminderJob {

	static final int MAX_ATTEMPTS = 6;

	private static final Logger logger = LoggerFactory.getLogger(ReminderJob.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ReminderMail mail;

	private final ObjectProvider<JavaMailSender> sender;

	private final AccountAdministration accounts;

	private final BackgroundWork background;

	private final AtomicBoolean busy = new AtomicBoolean();

	private final Clock clock;

	ReminderJob(JdbcClient jdbc, PlatformTransactionManager transactions, ReminderMail mail,
			ObjectProvider<JavaMailSender> sender, AccountAdministration accounts, BackgroundWork background,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.mail = mail;
		this.sender = sender;
		this.accounts = accounts;
		this.background = background;
		this.clock = clock;
	}

	/**
	 * At a fixed rate, not a fixed delay: with virtual threads the scheduler runs
	 * fixed-delay jobs on its one thread, so a slow mail server would hold up sealing and
	 * the placement lease check. A run still busy makes the next one skip.
	 */
	@Scheduled(fixedRateString = "${verbinder.reminders.interval:PT1M}",
			initialDelayString = "${verbinder.reminders.interval:PT1M}")
	void run() {
		if (!busy.compareAndSet(false, true)) {
			return;
		}
		try {
			int sent = sendDue(clock.instant());
			if (sent > 0) {
				logger.info("{} reminder mails handled", sent);
			}
		}
		finally {
			busy.set(false);
		}
	}

	private record Claimed(UUID id, UUID appointment, GemeenteCode gemeente, UUID actAs, int attempts) {
	}

	/** Handles every reminder due at {@code now}, one row per transaction; how many. */
	int sendDue(Instant now) {
		JavaMailSender mailSender = sender.getIfAvailable();
		return mailSender == null ? 0 : sendDue(now, mailSender);
	}

	/** Handles every reminder due at {@code now} through {@code mailSender}. */
	int sendDue(Instant now, JavaMailSender mailSender) {
		List<UUID> tried = new ArrayList<>();
		while (tried.size() < 500) {
			Boolean handled = transactions.execute(status -> {
				Optional<Claimed> claimed = jdbc.sql("""
						select id, appointment_id, gemeente, act_as, attempts from appointment.reminder
						where status = 'WACHTEND' and next_attempt_at <= ? and not (id = any(?))
						order by next_attempt_at limit 1
						for update skip locked""")
					.params(Timestamp.from(now), tried.toArray(UUID[]::new))
					.query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							new GemeenteCode(rs.getString(3)), rs.getObject(4, UUID.class), rs.getInt(5)))
					.optional();
				if (claimed.isEmpty()) {
					return false;
				}
				Claimed row = claimed.get();
				tried.add(row.id());
				Optional<AccountId> account = actingAccount(row);
				if (account.isEmpty()) {
					failed(row, "No enabled case manager in " + row.gemeente().value(), now);
					return true;
				}
				Object savepoint = status.createSavepoint();
				try {
					ReminderMail.Outcome outcome = background.callAs(account.get(),
							() -> mail.send(new AppointmentId(row.appointment()), mailSender, now));
					status.releaseSavepoint(savepoint);
					done(row, outcome, now);
				}
				catch (RuntimeException e) {
					status.rollbackToSavepoint(savepoint);
					logger.warn("Reminder {} not sent (attempt {}): {}", row.id(), row.attempts() + 1, e.toString());
					failed(row, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), now);
				}
				return true;
			});
			if (!Boolean.TRUE.equals(handled)) {
				break;
			}
		}
		return tried.size();
	}

	/**
	 * The account that planned the appointment if it still may, else another case manager
	 * there.
	 */
	private Optional<AccountId> actingAccount(Claimed row) {
		List<AccountId> caseManagers = accounts.enabledAccounts(Role.CASE_MANAGER, row.gemeente());
		return caseManagers.stream()
			.filter(a -> a.value().equals(row.actAs()))
			.findFirst()
			.or(() -> caseManagers.stream().findFirst());
	}

	private void done(Claimed row, ReminderMail.Outcome outcome, Instant now) {
		switch (outcome) {
			case SENT -> jdbc.sql("""
					update appointment.reminder set status = 'VERSTUURD', sent_at = ?, attempts = attempts + 1,
					  last_error = null where id = ?""").params(Timestamp.from(now), row.id()).update();
			case NO_ADDRESS -> lapse(row, "appointment.reminder.no-address");
			case LAPSED -> lapse(row, "appointment.reminder.lapsed");
		}
	}

	private void lapse(Claimed row, String reasonKey) {
		jdbc.sql("update appointment.reminder set status = 'VERVALLEN', last_error = ? where id = ?")
			.params(reasonKey, row.id())
			.update();
	}

	private void failed(Claimed row, String reason, Instant now) {
		int attempts = row.attempts() + 1;
		String text = reason.length() > 500 ? reason.substring(0, 500) : reason;
		jdbc.sql("""
				update appointment.reminder set attempts = ?, last_error = ?, next_attempt_at = ?,
				  status = case when ? >= ? then 'MISLUKT' else 'WACHTEND' end
				where id = ?""")
			.params(attempts, text, Timestamp.from(now.plus(Reminders.backoff(attempts))), attempts, MAX_ATTEMPTS,
					row.id())
			.update();
	}

}
