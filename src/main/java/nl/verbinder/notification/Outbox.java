package nl.verbinder.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of notifications in schema {@code notification}: written by the reactions,
 * claimed and updated by the sender, read and reset by the dead-letter page.
 */
@Repository
class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row to deliver, or a dead letter to show. */
	record Letter(UUID id, UUID eventId, String subscriber, String url, String type, String subject,
			@Nullable String gemeente, String event, int attempts, @Nullable String lastError, Instant createdAt) {
	}

	long nextSequence() {
		return jdbc.sql("select nextval('notification.event_sequence')").query(Long.class).single();
	}

	/** Adds the event for a subscriber once: a redelivered domain event adds nothing. */
	void add(CloudEvent event, String json, NotificationSettings.Subscriber subscriber, @Nullable String gemeente,
			Instant now) {
		jdbc.sql("""
				insert into notification.outbox (id, event_id, subscriber, url, type, subject, gemeente, event,
				                                 next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id, subscriber) do nothing""")
			.params(UUID.randomUUID(), event.id(), subscriber.name(), subscriber.url().toString(), event.type(),
					event.subject(), gemeente, json, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due rows for {@code node} until {@code leaseUntil}: rows
	 * another node holds are skipped, so that each is sent by one node at a time.
	 */
	List<Letter> claimDue(UUID node, Instant now, Instant leaseUntil, int limit) {
		return jdbc.sql("""
				update notification.outbox o set claimed_by = ?, claimed_until = ?
				where o.id in (select id from notification.outbox
				               where status = 'PENDING' and next_attempt_at <= ?
				                 and (claimed_until is null or claimed_until < ?)
				               order by next_attempt_at limit ? for update skip locked)
				returning o.*""")
			.params(node, Timestamp.from(leaseUntil), Timestamp.from(now), Timestamp.from(now), limit)
			.query(Outbox::letter)
			.list();
	}

	void delivered(UUID id, UUID node, Instant now) {
		jdbc.sql("""
				update notification.outbox set status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?,
				       last_error = null, claimed_by = null, claimed_until = null
				where id = ? and claimed_by = ?""").params(Timestamp.from(now), id, node).update();
	}

	/**
	 * Records a failed attempt: tried again at {@code retryAt}, or dead when it was the
	 * last.
	 */
	void failed(UUID id, UUID node, String error, boolean dead, Instant retryAt) {
		jdbc.sql("""
				update notification.outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
				       status = case when ? then 'DEAD' else 'PENDING' end, claimed_by = null, claimed_until = null
				where id = ? and claimed_by = ?""")
			.params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(retryAt), dead, id, node)
			.update();
	}

	/** The dead letters of these municipalities and of the whole region, newest first. */
	List<Letter> deadLetters(Collection<String> gemeenten) {
		return jdbc.sql("""
				select * from notification.outbox
				where status = 'DEAD' and (gemeente is null or gemeente = any (?))
				order by created_at desc limit 200""")
			.param(gemeenten.toArray(String[]::new))
			.query(Outbox::letter)
			.list();
	}

	/** Puts a dead letter back in line with a fresh count of attempts. */
	boolean sendAgain(UUID id, Collection<String> gemeenten, Instant now) {
		return jdbc.sql("""
				update notification.outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?,
				       claimed_by = null, claimed_until = null
				where id = ? and status = 'DEAD' and (gemeente is null or gemeente = any (?))""")
			.params(Timestamp.from(now), id, gemeenten.toArray(String[]::new))
			.update() == 1;
	}

	private static Letter letter(ResultSet rs, int n) throws SQLException {
		return new Letter(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("subscriber"), rs.getString("url"), rs.getString("type"), rs.getString("subject"),
				rs.getString("gemeente"), rs.getString("event"), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant());
	}

}
