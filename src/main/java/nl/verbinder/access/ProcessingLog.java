package nl.verbinder.access;

import nl.verbinder.shared.TraceParent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The processing log (after the Logboek Dataverwerkingen standard): who processed whose
 * personal data, when, in which role and municipality, for which activity and purpose,
 * and how. A change of personal data is logged in the same transaction as the change
 * itself. A record refers to its activity in the {@link ProcessingRegister} by id, and to
 * its actor by its trace: who acted in a trace is written once, in the audit store
 * ({@link ProcessingActors}). Records are never updated: a sealer ({@link SealChain},
 * every few seconds and before every check) covers new records, with their actor, in a
 * signed, anchored seal batch, so a changed or removed record or actor, or a rewritten
 * chain, is found by {@link ProcessingLogChecks}. The database refuses any change of a
 * record.
 */
@Service
public class ProcessingLog {

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate joinTransaction;

	private final ProcessingRegister register;

	private final ProcessingActors actors;

	ProcessingLog(JdbcClient jdbc, AccessControl access, Clock clock, PlatformTransactionManager transactions,
			ProcessingRegister register, ProcessingActors actors) {
		this.jdbc = jdbc;
		this.register = register;
		this.actors = actors;
		this.access = access;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.joinTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Records that the current actor performed {@code operation} on the personal data of
	 * each subject. Inside a writing transaction the records commit or roll back with it;
	 * inside a read-only one (or none) they are written in a transaction of their own.
	 */
	public void record(ProcessingActivity activity, Operation operation, Collection<DataSubject> subjects) {
		record(access.currentActor(), activity, operation, subjects);
	}

	/**
	 * Records a processing by an actor who is not (yet) signed in: a newcomer whose
	 * account is opened by the activation of their invitation is the actor of that
	 * opening.
	 */
	void record(Actor actor, ProcessingActivity activity, Operation operation, Collection<DataSubject> subjects) {
		Set<String> readsThisRequest = readsThisRequest();
		Set<DataSubject> toRecord = new LinkedHashSet<>(subjects);
		if (operation == Operation.READ && readsThisRequest != null) {
			// One page view is one processing: a person shown by several parts of a page
			// is read once.
			toRecord.removeIf(subject -> readsThisRequest.contains(readKey(activity, subject)));
		}
		if (toRecord.isEmpty()) {
			return;
		}
		register.ensure(activity);
		boolean canJoin = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		(canJoin ? joinTransaction : ownTransaction).executeWithoutResult(status -> {
			// Held until the commit: the sealer seals only below a point no append is
			// before.
			jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(SealChain.APPEND_LOCK).query().singleValue();
			append(actor, activity, operation, toRecord);
		});
		if (operation == Operation.READ && readsThisRequest != null) {
			Runnable remember = () -> toRecord.forEach(subject -> readsThisRequest.add(readKey(activity, subject)));
			if (canJoin && TransactionSynchronizationManager.isSynchronizationActive()) {
				// Only what was committed counts as logged.
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						remember.run();
					}
				});
			}
			else {
				remember.run();
			}
		}
	}

	/** The reads logged during the current HTTP request, or null outside one. */
	@SuppressWarnings("unchecked")
	private static @Nullable Set<String> readsThisRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return null;
		}
		Object reads = request.getAttribute(READS_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (reads == null) {
			reads = new HashSet<String>();
			request.setAttribute(READS_ATTRIBUTE, reads, RequestAttributes.SCOPE_REQUEST);
		}
		return (Set<String>) reads;
	}

	private static String readKey(ProcessingActivity activity, DataSubject subject) {
		return activity.id() + '|' + subject.type() + '|' + subject.id();
	}

	private static final String READS_ATTRIBUTE = ProcessingLog.class.getName() + ".reads";

	public void record(ProcessingActivity activity, Operation operation, DataSubject subject) {
		record(activity, operation, List.of(subject));
	}

	private void append(Actor actor, ProcessingActivity activity, Operation operation,
			Collection<DataSubject> subjects) {
		// The request's W3C trace id (128 bits, as a UUID), so that a record links to the
		// logs and notifications of the same request; a new one for work outside a
		// request.
		UUID trace = TraceParent.current().map(TraceParent::traceUuid).orElseGet(UUID::randomUUID);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (!actors.record(trace, actor, now)) {
			// The trace (continued from a caller's traceparent) names this account in
			// another role, or is old: this processing gets a trace of its own.
			trace = UUID.randomUUID();
			actors.record(trace, actor, now);
		}
		String[] types = new String[subjects.size()];
		String[] ids = new String[subjects.size()];
		int i = 0;
		for (DataSubject subject : subjects) {
			types[i] = subject.type();
			ids[i++] = subject.id();
		}
		// One statement for all subjects of one processing (a caseload shows hundreds of
		// people): the records get their sequence numbers in the order of the subjects.
		// The activity is referred to by its id in the register, the actor by the trace
		// and
		// account.
		jdbc.sql("""
				insert into access.processing_log (trace_id, occurred_at, actor_id, activity, operation, subject_type,
				  subject_id)
				select ?, ?, ?, ?, ?, s.type, s.id
				from unnest(cast(? as text[]), cast(? as text[])) with ordinality as s(type, id, n)
				order by s.n""")
			.params(trace, Timestamp.from(now), actor.id().value(), activity.id(), operation.name(), types, ids)
			.update();
	}

	/**
	 * Every processing of one data subject's data, newest first. Reading the log is
	 * itself processing of that person's data, and is recorded as such. Needs
	 * {@link Permission#PROCESSING_LOG_READ}.
	 */
	public List<ProcessingRecord> forSubject(DataSubject subject) {
		return forSubject(subject, Paging.first(Integer.MAX_VALUE, "/beheer/verwerkingslog")).items();
	}

	/** The fields a subject's records can be sorted by, and their columns. */
	static final Map<String, String> SORTING = Map.of("tijdstip", "l.occurred_at", "activiteit", "l.activity");

	/**
	 * One page of the processing records of one data subject, newest first unless another
	 * order is asked, with how many there are; reading them is recorded once.
	 */
	public Paged<ProcessingRecord> forSubject(DataSubject subject, Paging paging) {
		access.scopeFor(Permission.PROCESSING_LOG_READ);
		// A record written before the register holds its own text; a later one reads its
		// activity's wording of the time from the register.
		List<ProcessingRecord> records = jdbc
			.sql("""
					select l.seq, l.trace_id, l.occurred_at, l.actor, l.actor_role, l.actor_gemeente, l.activity,
					       coalesce(l.purpose, h.purpose, a.purpose, l.activity) as purpose,
					       coalesce(l.legal_basis, h.legal_basis, a.legal_basis, '') as legal_basis,
					       l.operation, l.subject_type, l.subject_id
					from access.processing_record l
					left join access.processing_activity a on a.id = l.activity
					left join lateral (select h.purpose, h.legal_basis from access.processing_activity_history h
					                   where h.id = l.activity and l.occurred_at >= h.valid_from
					                     and l.occurred_at < h.valid_until
					                   order by h.valid_until limit 1) h on l.purpose is null
					where l.subject_type = ? and l.subject_id = ? order by %s limit ? offset ?"""
				.formatted(paging.orderBy(SORTING, "l.seq desc", "l.seq desc")))
			.params(subject.type(), subject.id(), paging.pageSize(), paging.offset())
			.query((rs, n) -> new ProcessingRecord(rs.getLong("seq"), rs.getObject("trace_id", UUID.class),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("actor_role"),
					rs.getString("actor_gemeente"), rs.getString("activity"), rs.getString("purpose"),
					rs.getString("legal_basis"), Operation.valueOf(rs.getString("operation")),
					new DataSubject(rs.getString("subject_type"), rs.getString("subject_id"))))
			.list();
		long total = paging.page() == 1 && records.size() < paging.pageSize() ? records.size()
				: jdbc.sql("select count(*) from access.processing_log l where l.subject_type = ? and l.subject_id = ?")
					.params(subject.type(), subject.id())
					.query(Long.class)
					.single();
		record(ACCOUNTABILITY, Operation.READ, subject);
		return paging.page("verwerkingen", records, total);
	}

	/** At most this many records are returned for one person's own view of the log. */
	static final int OWN_VIEW_LIMIT = 2000;

	/**
	 * What was done with the data of the given subjects from {@code from} (inclusive) to
	 * {@code to} (exclusive), newest first, for the people themselves to see: role and
	 * municipality of whoever did it, never their name. Needs
	 * {@link Permission#OWN_DATA}: the caller passes only subjects it established as the
	 * signed-in newcomer's own (themselves, their minor children, their household), and
	 * logs that read as its own. Uses the index on (subject_type, subject_id, seq).
	 */
	public List<SubjectProcessing> processingOf(Collection<DataSubject> subjects, Instant from, Instant to) {
		access.scopeFor(Permission.OWN_DATA);
		if (subjects.isEmpty() || !from.isBefore(to)) {
			return List.of();
		}
		UUID self = access.currentActor().id().value();
		String[] types = subjects.stream().map(DataSubject::type).toArray(String[]::new);
		String[] ids = subjects.stream().map(DataSubject::id).toArray(String[]::new);
		// Verbinder's own scheduled work (a nightly run reads everyone) comes one row per
		// month, so that it never pushes what people did out of the limit.
		return jdbc.sql("""
				(select l.occurred_at, l.operation, l.activity, l.actor_role, l.actor_gemeente, l.actor_id,
				        l.subject_type, l.subject_id, 1 as times
				 from unnest(cast(? as text[]), cast(? as text[])) as s(type, id)
				 join access.processing_record l on l.subject_type = s.type and l.subject_id = s.id
				 where l.occurred_at >= ? and l.occurred_at < ? and l.actor_role <> 'SYSTEM'
				 order by l.occurred_at desc, l.seq desc limit ?)
				union all
				(select max(l.occurred_at), l.operation, l.activity, l.actor_role, l.actor_gemeente, null,
				        l.subject_type, l.subject_id, count(distinct l.occurred_at)
				 from unnest(cast(? as text[]), cast(? as text[])) as s(type, id)
				 join access.processing_record l on l.subject_type = s.type and l.subject_id = s.id
				 where l.occurred_at >= ? and l.occurred_at < ? and l.actor_role = 'SYSTEM'
				 group by date_trunc('month', l.occurred_at at time zone 'Europe/Amsterdam'), l.operation,
				          l.activity, l.actor_role, l.actor_gemeente, l.subject_type, l.subject_id)
				order by occurred_at desc""")
			.params(types, ids, Timestamp.from(from), Timestamp.from(to), OWN_VIEW_LIMIT, types, ids,
					Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new SubjectProcessing(rs.getTimestamp("occurred_at").toInstant(),
					Operation.valueOf(rs.getString("operation")), rs.getString("activity"),
					Role.valueOf(rs.getString("actor_role")), rs.getString("actor_gemeente"),
					self.equals(rs.getObject("actor_id", UUID.class)),
					new DataSubject(rs.getString("subject_type"), rs.getString("subject_id")), rs.getInt("times")))
			.list();
	}

	/**
	 * Reading someone's processing log, to account for (or to show them) what was done
	 * with their data.
	 */
	static final ProcessingActivity ACCOUNTABILITY = new ProcessingActivity("access.verantwoording",
			"Verantwoording over verwerkingen (inzage, toezicht)", "AVG art. 5 lid 2 en art. 15")
		.concerning(DataCategory.IDENTIFICATION, DataCategory.PROCESSING_LOG)
		.keptFor(Period.ofYears(5));

}
