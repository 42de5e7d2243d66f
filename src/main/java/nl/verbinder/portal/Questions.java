package nl.verbinder.portal;

import nl.verbinder.access.DataCategory;
import java.time.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.sql.Timestamp;
import java.util.Comparator;
import nl.verbinder.shared.GemeenteCode;

/**
 * Questions from a newcomer to their case manager, one thread per newcomer, in any
 * language; the case manager answers from an inbox of the unanswered threads on their
 * caseload, marked overdue after three working days. Attachments are refused for now:
 * papers with data of the newcomer or others would enter Verbinder without a purpose that
 * needs them, and a file cannot be checked for what it holds; the case manager sees
 * papers in person.
 */
@Service
public class Questions {

	/** Questions and answers between a newcomer and their case manager. */
	public static final ProcessingActivity QUESTIONS = new ProcessingActivity("portal.vragen",
			"Vragen van de nieuwkomer aan de consulent en de antwoorden",
			"Wet inburgering 2021, art. 6 en 14-16 (wettelijke taak, AVG art. 6 lid 1 sub e)")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.INTEGRATION)
		.keptFor(Period.ofYears(5));

	static final int MAX_LENGTH = 2000;
	static final int ANSWER_WITHIN_WORKING_DAYS = 3;

	public record Message(UUID id, boolean fromNewcomer, String author, String body, Instant sentAt) {
	}

	/** A thread as the case manager's inbox lists it. */
	public record Waiting(UUID personId, UUID householdId, String voornaam, String lastQuestion, Instant askedAt,
			boolean overdue) {
	}

	/** A thread with the person it is with, for the case manager's page. */
	public record Thread(UUID personId, HouseholdId household, String naam, List<Message> messages) {
	}

	private final JdbcClient jdbc;

	private final Newcomers newcomers;

	private final OwnFile ownFile;

	private final Inburgering inburgering;

	private final AccessControl access;

	private final ProcessingLog log;

	private final Clock clock;

	Questions(JdbcClient jdbc, Newcomers newcomers, OwnFile ownFile, Inburgering inburgering, AccessControl access,
			ProcessingLog log, Clock clock) {
		this.jdbc = jdbc;
		this.newcomers = newcomers;
		this.ownFile = ownFile;
		this.inburgering = inburgering;
		this.access = access;
		this.log = log;
		this.clock = clock;
	}

	/** The signed-in newcomer's thread. */
	@Transactional
	public List<Message> mine() {
		Newcomers.Newcomer me = newcomers.current();
		ownFile.family(me.personId(), Portal.OWN_ACCESS);
		return messages(me.personId());
	}

	/**
	 * One page of the signed-in newcomer's thread, oldest first unless another order is
	 * asked.
	 */
	@Transactional
	public Paged<Message> mine(Paging paging) {
		Newcomers.Newcomer me = newcomers.current();
		ownFile.family(me.personId(), Portal.OWN_ACCESS);
		List<Message> page = jdbc.sql(
				"select id, from_newcomer, author_name, body, sent_at from portal.message where person_id = ? order by %s limit ? offset ?"
					.formatted(paging.orderBy(Map.of("verstuurdOp", "sent_at"), "sent_at", "id")))
			.params(me.personId(), paging.pageSize(), paging.offset())
			.query((rs, n) -> new Message(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
		long total = jdbc.sql("select count(*) from portal.message where person_id = ?")
			.param(me.personId())
			.query(Long.class)
			.single();
		return paging.page("vragen", page, total);
	}

	/**
	 * The signed-in newcomer asks a question; it goes to the household's case manager.
	 */
	@Transactional
	public Message ask(String text) {
		Newcomers.Newcomer me = newcomers.current();
		OwnFile.Family family = ownFile.family(me.personId(), Portal.OWN_ACCESS);
		String body = checked(text, "rule.question.length");
		var author = access.currentActor();
		Message message = new Message(UUID.randomUUID(), true, family.self().voornaam(), body, clock.instant());
		insert(message, me.personId(), family.household().value(), family.gemeente(), family.caseManagerId(),
				author.id().value());
		log.record(QUESTIONS, Operation.CREATE, List.of(DataSubject.person(me.personId())));
		return message;
	}

	/**
	 * The unanswered threads of the current case manager's households, overdue first,
	 * then oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Waiting> inbox() {
		AccessScope scope = access.scopeFor(Permission.HOUSEHOLD_READ);
		LocalDate today = LocalDate.now(clock);
		ZoneId zone = clock.getZone();
		List<Waiting> waiting = jdbc.sql("""
				select m.person_id, m.household_id, m.author_name, m.body, m.sent_at
				from portal.message m
				where m.case_manager_id = ? and m.gemeente = any(?) and m.from_newcomer
				  and m.sent_at = (select max(l.sent_at) from portal.message l where l.person_id = m.person_id)
				order by m.sent_at""").params(scope.actor().id().value(), scope.gemeenteCodes()).query((rs, n) -> {
			Instant asked = rs.getTimestamp(5).toInstant();
			return new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), asked,
					WorkingDays.overdue(LocalDate.ofInstant(asked, zone), today, ANSWER_WITHIN_WORKING_DAYS));
		}).list();
		if (!waiting.isEmpty()) {
			log.record(QUESTIONS, Operation.READ, waiting.stream().map(w -> DataSubject.person(w.personId())).toList());
		}
		return waiting.stream().sorted(Comparator.comparing((Waiting w) -> !w.overdue())).toList();
	}

	/**
	 * A newcomer's thread, for a case manager whose scope covers the household; "not
	 * found" for others.
	 */
	@Transactional
	public Thread thread(UUID personId) {
		HouseholdView household = householdOf(personId);
		var member = household.member(personId);
		log.record(QUESTIONS, Operation.READ, List.of(DataSubject.person(personId)));
		return new Thread(personId, household.id(), member.voornaam() + " " + member.achternaam(), messages(personId));
	}

	/** The case manager answers a newcomer's thread. */
	@Transactional
	public Message answer(UUID personId, String text) {
		HouseholdView household = householdOf(personId);
		AccessScope scope = access.scopeFor(Permission.HOUSEHOLD_WRITE);
		scope.require(new GemeenteCode(household.gemeente()));
		String body = checked(text, "rule.answer.length");
		Message message = new Message(UUID.randomUUID(), false, scope.actor().displayName(), body, clock.instant());
		insert(message, personId, household.id().value(), household.gemeente(), household.caseManagerId(),
				scope.actor().id().value());
		log.record(QUESTIONS, Operation.CREATE, List.of(DataSubject.person(personId)));
		return message;
	}

	private HouseholdView householdOf(UUID personId) {
		UUID household = jdbc.sql("select household_id from portal.message where person_id = ? limit 1")
			.param(personId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No questions of " + personId));
		return inburgering.household(new HouseholdId(household));
	}

	/** Refuses an attachment, with the reason the newcomer reads. */
	public static RuleViolation attachmentRefused() {
		return new RuleViolation("rule.question.no-attachments");
	}

	private static String checked(String text, String rule) {
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() || body.length() > MAX_LENGTH) {
			throw new RuleViolation(rule, MAX_LENGTH);
		}
		return body;
	}

	private List<Message> messages(UUID personId) {
		return jdbc.sql(
				"select id, from_newcomer, author_name, body, sent_at from portal.message where person_id = ? order by sent_at")
			.param(personId)
			.query((rs, n) -> new Message(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	private void insert(Message m, UUID personId, UUID householdId, String gemeente, UUID caseManagerId,
			UUID authorId) {
		jdbc.sql(
				"""
						insert into portal.message (id, person_id, household_id, gemeente, case_manager_id, from_newcomer, author_id,
						  author_name, body, sent_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), personId, householdId, gemeente, caseManagerId, m.fromNewcomer(), authorId, m.author(),
					m.body(), Timestamp.from(m.sentAt()))
			.update();
	}

}
