package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TraceParent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@VerbinderIntegrationTest
class ProcessingLogIntegrationTests {

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	ProcessingLog log;

	@Autowired
	ProcessingLogChecks checks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	private HouseholdView registerInDoetinchem() {
		return background.callAs("consulent.doetinchem", () -> inburgering.register(new GemeenteCode("GM0222"),
				"Grutbroek 12", "7001AB", LocalDate.of(2026, 9, 1),
				List.of(new Inburgering.NewMember("Aster", "Kidane", LocalDate.of(1994, 5, 6), Gezinsrol.INBURGERAAR),
						new Inburgering.NewMember("Selam", "Kidane", LocalDate.of(2019, 3, 2), Gezinsrol.KIND)),
				// Each test registers this family again; they are confirmed to be new
				// people each time.
				true));
	}

	@Test
	void aPageViewNamesItsActorOnceForAllTheRecordsOfItsTrace() throws Exception {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		UUID trace = UUID.fromString(traceId.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
		mvc.perform(get("/huishoudens").session(Logins.session(mvc, "consulent.doetinchem"))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from access.processing_log where trace_id = ? and actor is null")
			.param(trace)
			.query(Long.class)
			.single()).as("the caseload's records, none naming the actor itself").isGreaterThan(1);
		assertThat(jdbc.sql(
				"select actor || '|' || actor_role || '|' || actor_gemeente from access.processing_actor where trace_id = ?")
			.param(trace)
			.query(String.class)
			.list()).containsExactly("consulent.doetinchem|CASE_MANAGER|GM0222");
		assertThat(jdbc.sql("select distinct actor from access.processing_record where trace_id = ?")
			.param(trace)
			.query(String.class)
			.list()).containsExactly("consulent.doetinchem");

		// A caller may continue any trace, for another account too: that account's
		// records in it name that account, and nobody's records are ascribed to another.
		long before = jdbc.sql("select max(seq) from access.processing_log").query(Long.class).single();
		mvc.perform(get("/huishoudens").session(Logins.session(mvc, "consulent.aalten"))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b8-01")).andExpect(status().isOk());
		assertThat(jdbc.sql("select distinct actor from access.processing_record where trace_id = ? and seq > ?")
			.params(trace, before)
			.query(String.class)
			.list()).containsExactly("consulent.aalten");
		assertThat(jdbc.sql("select distinct actor from access.processing_record where trace_id = ? and seq <= ?")
			.params(trace, before)
			.query(String.class)
			.list()).containsExactly("consulent.doetinchem");
		assertThat(background.callAs("beheerder", checks::verifyIntegrity).intact()).isTrue();
	}

	@Test
	void twoAccountsAppendingInOneTraceAtTheSameMomentEachKeepTheirOwnRecords() throws Exception {
		TraceParent trace = TraceParent.start();
		DataSubject first = DataSubject.person(UUID.randomUUID());
		DataSubject second = DataSubject.person(UUID.randomUUID());
		CountDownLatch firstAppended = new CountDownLatch(1);
		CountDownLatch secondDone = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// The first append's transaction stays open (its actor row not yet visible to
			// others) while the second, by another account, appends in the same trace.
			Future<?> a = threads.submit(() -> inTrace(trace, () -> background.runAs("consulent.doetinchem",
					() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
						log.record(ProcessingLog.ACCOUNTABILITY, Operation.READ, first);
						firstAppended.countDown();
						await(secondDone);
					}))));
			assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> b = threads.submit(() -> inTrace(trace, () -> background.runAs("consulent.aalten",
					() -> log.record(ProcessingLog.ACCOUNTABILITY, Operation.READ, second))));
			b.get(30, TimeUnit.SECONDS);
			secondDone.countDown();
			a.get(30, TimeUnit.SECONDS);
		}
		finally {
			secondDone.countDown();
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("""
				select subject_id || '|' || actor || '|' || actor_gemeente from access.processing_record
				where trace_id = ? and subject_id in (?, ?) order by seq""")
			.params(trace.traceUuid(), first.id(), second.id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder(first.id() + "|consulent.doetinchem|GM0222",
					second.id() + "|consulent.aalten|GM0197");
		assertThat(background.callAs("beheerder", checks::verifyIntegrity).intact()).isTrue();
	}

	private static void inTrace(TraceParent trace, Runnable work) {
		trace.makeCurrent();
		try {
			work.run();
		}
		finally {
			TraceParent.clear();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void recordsWhoCreatedAndWhoReadEachPersonsData() {
		HouseholdView household = registerInDoetinchem();
		background.runAs("consulent.doetinchem", () -> inburgering.household(household.id()));
		var child = DataSubject.person(household.members().get(1).personId());

		List<ProcessingRecord> records = background.callAs("beheerder", () -> log.forSubject(child));

		assertThat(records).extracting(ProcessingRecord::operation).containsExactly(Operation.READ, Operation.CREATE);
		assertThat(records).allSatisfy(r -> {
			assertThat(r.actor()).isEqualTo("consulent.doetinchem");
			assertThat(r.actorRole()).isEqualTo("CASE_MANAGER");
			assertThat(r.actorGemeente()).isEqualTo("GM0222");
			assertThat(r.activity()).isEqualTo(Inburgering.REGIE.id());
			assertThat(r.legalBasis()).contains("Wet inburgering");
		});
		// Looking at someone's log is itself recorded, with the administrator as actor.
		assertThat(background.callAs("beheerder", () -> log.forSubject(child)).getFirst())
			.satisfies(r -> assertThat(r.activity()).isEqualTo("access.verantwoording"));
	}

	@Test
	void onePageViewIsOneReadPerPersonThoughSeveralPartsOfThePageReadThem() throws Exception {
		HouseholdView household = registerInDoetinchem();
		var child = DataSubject.person(household.members().get(1).personId());
		var session = Logins.session(mvc, "consulent.doetinchem");
		long before = reads(child);
		// The household page shows members, contacts and the timeline: three reads in the
		// code, one processing.
		mvc.perform(get("/huishoudens/" + household.id()).session(session)).andExpect(status().isOk());
		assertThat(reads(child)).isEqualTo(before + 1);
		mvc.perform(get("/huishoudens/" + household.id()).session(session)).andExpect(status().isOk());
		assertThat(reads(child)).isEqualTo(before + 2);
	}

	private long reads(DataSubject subject) {
		return jdbc.sql("select count(*) from access.processing_log where subject_id = ? and operation = 'READ'")
			.param(subject.id())
			.query(Long.class)
			.single();
	}

	@Test
	void refusesToChangeOrDeleteRecords() {
		registerInDoetinchem();
		assertThatThrownBy(() -> jdbc.sql("update access.processing_log set actor = 'someone else'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from access.processing_log").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void detectsATamperedRecord() {
		registerInDoetinchem();
		assertThat(background.callAs("beheerder", checks::verifyIntegrity).intact()).isTrue();
		long seq = jdbc.sql("select max(seq) from access.processing_log").query(Long.class).single();
		String original = jdbc.sql("select subject_id from access.processing_log where seq = ?")
			.param(seq)
			.query(String.class)
			.single();
		// An attacker with database rights switches off the guard and rewrites whose data
		// was processed. The record was checked already: the full check finds it.
		tamper(seq, UUID.randomUUID().toString());
		try {
			IntegrityReport report = background.callAs("beheerder", checks::verifyIntegrityFully);
			assertThat(report.intact()).isFalse();
			assertThat(report.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			tamper(seq, original);
		}
		assertThat(background.callAs("beheerder", checks::verifyIntegrityFully).intact()).isTrue();
	}

	@Test
	void sealsEveryRecordOnceIntoOneUnbrokenChain() {
		registerInDoetinchem();
		background.callAs("beheerder", checks::verifyIntegrity);
		long lastSealed = jdbc.sql("select max(last_seq) from access.processing_log_seal").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from access.processing_log where seq > ?")
			.param(lastSealed)
			.query(Long.class)
			.single()).isZero();
		// Every record lies in exactly one batch: the batches' counts add up to the
		// records and no two batches share a record. Counted up to the last record sealed
		// above, since reactions of earlier tests may still append (and seal) meanwhile,
		// and without the batches whose records passed their retention and were
		// destroyed.
		long records = jdbc.sql("select count(*) from access.processing_log where seq <= ?")
			.param(lastSealed)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("""
				select sum(record_count) from access.processing_log_seal s
				where s.last_seq <= ?
				  and not exists (select 1 from access.processing_log_destruction d where d.batch = s.batch)""")
			.param(lastSealed)
			.query(Long.class)
			.single()).isEqualTo(records);
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log l
				where l.seq <= ? and (select count(*) from access.processing_log_seal s where s.seqs @> l.seq) <> 1""")
			.param(lastSealed)
			.query(Long.class)
			.single()).isZero();
		// The batches form one chain.
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log_seal s
				join access.processing_log_seal p on p.batch = s.batch - 1
				where s.prev_hash <> p.hash""").query(Long.class).single()).isZero();
		// Sealing changed no record: no record carries a seal of its own, and neither a
		// record nor a seal can be changed.
		assertThat(jdbc.sql("select count(*) from access.processing_log where hash is null and sealed_seq is not null")
			.query(Long.class)
			.single()).isZero();
		assertThatThrownBy(() -> jdbc.sql("""
				update access.processing_log set hash = 'x', sealed_seq = -1
				where seq = (select max(seq) from access.processing_log)""").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update access.processing_log_seal set hash = hash").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from access.processing_log_seal").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void administratorsCheckTheChainThroughTheApi() throws Exception {
		registerInDoetinchem();
		mvc.perform(get("/api/v1/verwerkingen/integriteit").with(Logins.basic("beheerder")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(get("/api/v1/verwerkingen/integriteit").with(Logins.basic("consulent.aalten")))
			.andExpect(status().isForbidden());
	}

	private void tamper(long seq, String subjectId) {
		jdbc.sql("alter table access.processing_log disable trigger processing_log_append_only").update();
		try {
			jdbc.sql("update access.processing_log set subject_id = ? where seq = ?").params(subjectId, seq).update();
		}
		finally {
			jdbc.sql("alter table access.processing_log enable trigger processing_log_append_only").update();
		}
	}

}
