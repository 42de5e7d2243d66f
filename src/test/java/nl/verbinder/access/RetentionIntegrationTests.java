package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention run destroys exactly what expired on the day it runs for (a day before
 * the boundary is kept, on and after it destroyed), keeps a destruction record that
 * cannot be changed or removed, runs once per day, and leaves the processing log's chain
 * verifiable after whole seal batches of it went. Emergency-access grants go after the
 * register's period, only by the run.
 */
@VerbinderIntegrationTest
class RetentionIntegrationTests {

	/** Kept for one day, so that a test can let its records expire tomorrow. */
	private static final ProcessingActivity SHORT = new ProcessingActivity("test.retention-short", "Kort bewaarde test",
			"Test")
		.concerning(DataCategory.IDENTIFICATION)
		.keptFor(Period.ofDays(1));

	@Autowired
	RetentionRun retention;

	@Autowired
	ProcessingLog log;

	@Autowired
	ProcessingLogChecks checks;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessingActors actors;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void destroysExactlyTheHouseholdFilesWhoseObligationEndedFiveYearsBefore() throws Exception {
		LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(30);
		// The end of the term plus five years is the boundary.
		UUID before = household("Voorgrens", day.minusYears(5).plusDays(1));
		UUID on = household("Opgrens", day.minusYears(5));
		UUID after = household("Nagrens", day.minusYears(5).minusDays(1));
		// Past the boundary too, but a partner who joined later must still integrate and
		// has no plan yet: the file stays.
		UUID joinedLater = household("Nareis", day.minusYears(5).minusDays(1));
		background.runAs("consulent.berkelland", () -> inburgering.addMember(new HouseholdId(joinedLater),
				inburgering.household(new HouseholdId(joinedLater)).version(),
				new Inburgering.NewMember("Later", "Nareiziger", LocalDate.of(1987, 7, 7), Gezinsrol.NAREIZIGER),
				true));
		assertThat(rowsOf(on)).isPositive();

		UUID run = retention.runOn(day).orElseThrow();

		assertThat(rowsOf(before)).isPositive();
		assertThat(rowsOf(on)).isZero();
		assertThat(rowsOf(after)).isZero();
		assertThat(rowsOf(joinedLater)).as("a member still to integrate keeps the file").isPositive();
		// Its plan back to the end its start gives, as the other tests of the shared
		// context expect of every plan.
		new TransactionTemplate(transactions).executeWithoutResult(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM1859', true)").query().singleValue();
			jdbc.sql("update inburgering.pip set termijn_einde = cast(termijn_start + interval '3 years' as date) "
					+ "where household_id = ?")
				.param(joinedLater)
				.update();
		});
		assertThat(retention.runOn(day)).as("one run per day").isEmpty();
		List<Destructions.Record> records = records(run);
		assertThat(records).filteredOn(r -> r.what().equals("inburgering.household-file"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.gemeente()).isEqualTo("GM1859");
				assertThat(r.activity()).isEqualTo("inburgering.regie");
				assertThat(r.retention()).isEqualTo(Period.ofYears(5));
				assertThat(r.dataCategories()).contains(DataCategory.IDENTIFICATION, DataCategory.INTEGRATION);
				assertThat(r.count()).isGreaterThanOrEqualTo(2);
			});
		// Each destroyed household's destruction is logged (the other modules' reactions
		// to the destruction log theirs under the same activity, after the commit).
		assertThat(jdbc.sql("""
				select count(distinct subject_id) from access.processing_log
				where activity = 'access.vernietiging' and operation = 'DELETE' and subject_type = 'household'
				  and subject_id in (?, ?, ?)""")
			.params(on.toString(), after.toString(), before.toString())
			.query(Long.class)
			.single()).as("the destruction itself is logged, for the two destroyed households only").isEqualTo(2);

		// The next day the household a day before the boundary has reached it.
		retention.runOn(day.plusDays(1)).orElseThrow();
		assertThat(rowsOf(before)).isZero();

		assertThatThrownBy(() -> jdbc.sql("delete from access.destruction where run_id = ?").param(run).update())
			.as("the destruction record remains")
			.hasMessageContaining("append-only");
		assertThat(records(run)).isNotEmpty();
		assertThat(background.callAs("beheerder", checks::verifyIntegrityFully).intact()).isTrue();
	}

	@Test
	void destroysExpiredLogRecordsByWholeSealedBatchesAndTheChainStaysVerifiable() {
		LocalDate today = LocalDate.now(DutchTime.ZONE);
		List<DataSubject> subjects = List.of(DataSubject.person(UUID.randomUUID()),
				DataSubject.person(UUID.randomUUID()), DataSubject.person(UUID.randomUUID()));
		checks.seal();
		background.runAs("consulent.doetinchem", () -> log.record(SHORT, Operation.READ, subjects));
		checks.seal();
		String[] ids = subjects.stream().map(DataSubject::id).toArray(String[]::new);
		long batch = jdbc.sql("""
				select s.batch from access.processing_log_seal s join access.processing_log l
				  on l.seq between s.first_seq and s.last_seq
				where l.subject_id = any (?) limit 1""").param(ids).query(Long.class).single();
		assertThatThrownBy(
				() -> jdbc.sql("delete from access.processing_log where subject_id = any (?)").param(ids).update())
			.as("no record goes outside a destroyed batch")
			.hasMessageContaining("append-only");

		UUID trace = jdbc.sql("select distinct trace_id from access.processing_log where subject_id = any (?)")
			.param(ids)
			.query(UUID.class)
			.single();
		// Another processing, of an activity kept for years, whose actor stays.
		background.runAs("consulent.doetinchem",
				() -> log.record(ProcessingLog.ACCOUNTABILITY, Operation.READ, DataSubject.person(UUID.randomUUID())));
		UUID kept = jdbc.sql("select trace_id from access.processing_log order by seq desc limit 1")
			.query(UUID.class)
			.single();

		// Kept for one day: still there on the day itself.
		retention.runOn(today).orElseThrow();
		assertThat(recordsOf(ids)).isEqualTo(3);

		UUID run = retention.runOn(today.plusDays(1)).orElseThrow();

		assertThat(recordsOf(ids)).isZero();
		assertThat(jdbc.sql("select count(*) from access.processing_log_seal where batch = ?")
			.param(batch)
			.query(Long.class)
			.single()).as("the batch itself stays").isEqualTo(1);
		assertThat(jdbc.sql("select record_count from access.processing_log_destruction where batch = ?")
			.param(batch)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(records(run)).filteredOn(r -> r.activity().equals(SHORT.id())).singleElement().satisfies(r -> {
			assertThat(r.what()).isEqualTo("access.processing-log-record");
			assertThat(r.count()).isEqualTo(3);
			assertThat(r.gemeente()).isNull();
		});
		assertThat(background.callAs("beheerder", checks::verifyIntegrity).intact()).isTrue();
		assertThat(background.callAs("beheerder", checks::verifyIntegrityFully).intact()).isTrue();
		assertThat(jdbc.sql("select count(*) from access.processing_log where activity <> ?")
			.param(SHORT.id())
			.query(Long.class)
			.single()).as("the rest of the log is kept").isPositive();

		// The audit store's row of the destroyed records' trace goes with them, once it
		// is
		// old enough that no append of the same trace can still come; a run two days on
		// takes it, and keeps the row of a trace whose records remain.
		assertThat(actorRowsOf(trace)).as("a recent row stays").isEqualTo(1);
		new TransactionTemplate(transactions).executeWithoutResult(status -> actors
			.removeWithoutRecords(Instant.now().plus(ProcessingActors.KEEP_AT_LEAST).plusSeconds(60)));
		assertThat(actorRowsOf(trace)).isZero();
		assertThat(actorRowsOf(kept)).isEqualTo(1);
		assertThat(background.callAs("beheerder", checks::verifyIntegrityFully).intact()).isTrue();
	}

	private long actorRowsOf(UUID trace) {
		return jdbc.sql("select count(*) from access.processing_actor where trace_id = ?")
			.param(trace)
			.query(Long.class)
			.single();
	}

	@Test
	void theAdministratorSeesTheReportInDutchAndEnglishAndNobodyElse() throws Exception {
		// A day long past: nothing had expired yet, the run is shown with nothing
		// destroyed.
		retention.runOn(LocalDate.of(2001, 1, 1));
		var session = Logins.session(mvc, "beheerder");
		mvc.perform(get("/beheer/vernietigingen").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vernietigingen")))
			.andExpect(content().string(Matchers.containsString("Run van 1-1-2001")));
		mvc.perform(get("/beheer/vernietigingen?lang=en").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Nothing had expired.")));
		mvc.perform(get("/beheer/vernietigingen").session(Logins.session(mvc, "consulent.doetinchem")))
			.andExpect(status().isForbidden());
	}

	@Test
	void destroysEmergencyAccessGrantsOnlyAfterTheRegistersPeriodAndOnlyByTheRun() {
		// The run's day, which no other test claims; grants made old in the database.
		LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(90);
		UUID past = grant(day.minusYears(6));
		UUID within = grant(day.minusYears(4));
		assertThatThrownBy(() -> jdbc.sql("delete from access.emergency_access where id = ?").param(past).update())
			.as("a plain delete is refused, even of an expired grant")
			.hasMessageContaining("keeps its grants");
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
			jdbc.sql("select set_config('verbinder.destroying', 'on', true)").query().singleValue();
			jdbc.sql("delete from access.emergency_access where id = ?").param(within).update();
		})).as("nor does a grant go within its period, however marked").hasMessageContaining("keeps its grants");

		UUID run = retention.runOn(day).orElseThrow();

		assertThat(grants(past)).as("past the register's period: gone").isZero();
		assertThat(grants(within)).as("within it: kept").isEqualTo(1);
		assertThat(records(run)).filteredOn(r -> r.what().equals("access.emergency-access-grant"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.activity()).isEqualTo(EmergencyAccess.ACTIVITY.id());
				assertThat(r.retention()).isEqualTo(EmergencyAccess.ACTIVITY.retention());
				assertThat(r.gemeente()).isEqualTo("GM1859");
				assertThat(r.count()).isEqualTo(1);
			});
		assertThatThrownBy(() -> jdbc.sql("delete from access.destruction where run_id = ?").param(run).update())
			.as("the destruction record remains")
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from access.emergency_access where id = ?").param(within).update())
			.as("a plain delete is still refused")
			.hasMessageContaining("keeps its grants");
	}

	/**
	 * A grant of Aalten's case manager for a household of Berkelland, for a day from
	 * {@code day}, made old in the database; its holder read nothing under it then.
	 */
	private UUID grant(LocalDate day) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into access.emergency_access (id, account_id, actor, actor_gemeente, household_id, gemeente, reason,
						  granted_at, expires_at)
						select ?, a.id, a.username, 'GM0197', ?, 'GM1859', 'Een oude noodsituatie, ver voorbij de termijn',
						  cast(? as date) + time '10:00', cast(? as date) + time '10:00' + interval '1 day'
						from access.account a where a.username = 'consulent.aalten'""")
			.params(id, UUID.randomUUID(), day, day)
			.update();
		return id;
	}

	private long grants(UUID id) {
		return jdbc.sql("select count(*) from access.emergency_access where id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long recordsOf(String[] ids) {
		return jdbc.sql("select count(*) from access.processing_log where subject_id = any (?)")
			.param(ids)
			.query(Long.class)
			.single();
	}

	private List<Destructions.Record> records(UUID run) {
		return background.callAs("beheerder", () -> destructionsOf(run));
	}

	@Autowired
	Destructions destructions;

	private List<Destructions.Record> destructionsOf(UUID run) {
		return destructions.latest(1000).stream().filter(r -> r.id().equals(run)).findFirst().orElseThrow().records();
	}

	/**
	 * The rows about the household in every table of the inburgering schema that refers
	 * to a household (walked from the catalogue, so a new table is not forgotten).
	 */
	private long rowsOf(UUID household) {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.columns
				where table_schema = 'inburgering' and column_name = 'household_id'""").query(String.class).list();
		assertThat(tables).contains("household_member", "pip", "intake", "contact_moment", "uitstroom");
		return nl.verbinder.RegionQueries.count(jdbc, transactions,
				"select (select count(*) from inburgering.household where id = ?)" + tables.stream()
					.map(t -> " + (select count(*) from inburgering." + t + " where household_id = ?)")
					.reduce("", String::concat),
				java.util.stream.Stream.generate(() -> household).limit(tables.size() + 1).toArray());
	}

	/**
	 * A household in Berkelland whose one member's plan was established; the end of its
	 * term is then set to {@code termEnd} (a plan of today's law cannot start years ago:
	 * the file is made old in the database).
	 */
	private UUID household(String voornaam, LocalDate termEnd) throws Exception {
		LocalDate termStart = LocalDate.now().minusMonths(1);
		HouseholdView household = background
			.callAs("consulent.berkelland",
					() -> inburgering.register(new GemeenteCode("GM1859"), "Bewaarstraat 1", "7271 AB",
							termStart.minusDays(10),
							List.of(new Inburgering.NewMember(voornaam, "Bewaartermijn", LocalDate.of(1985, 5, 5),
									Gezinsrol.INBURGERAAR, null, "SY", "SY", termStart.minusMonths(2), null, null)),
							true));
		UUID person = household.members().getFirst().personId();
		pip(person, "", """
				{"leerroute":"B1","termijnStart":"%s","doelen":[{"domein":"WERK","omschrijving":"Werk vinden",
				 "streefdatum":"%s","stappen":[]}],"activiteiten":[]}""".formatted(termStart, termStart.plusYears(1)));
		pip(person, "/bespreking", "{\"versie\":0,\"datum\":\"%s\",\"visieNieuwkomer\":\"Goed\"}".formatted(termStart));
		pip(person, "/vaststelling", "{\"versie\":1,\"datum\":\"%s\"}".formatted(termStart));
		UUID id = household.id().value();
		new TransactionTemplate(transactions).executeWithoutResult(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM1859', true)").query().singleValue();
			jdbc.sql("update inburgering.pip set termijn_einde = ? where household_id = ?")
				.params(termEnd, id)
				.update();
		});
		return id;
	}

	private void pip(UUID person, String path, String body) throws Exception {
		mvc.perform(post("/api/v1/personen/" + person + "/pip" + path).with(Logins.basic("consulent.berkelland"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is2xxSuccessful());
	}

}
