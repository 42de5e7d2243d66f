package nl.verbinder.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.verbinder.Logins;
import nl.verbinder.MockSessionBridge;
import nl.verbinder.TestTokens;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.partner.PartnerInbox;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A provider's attendance file of a few thousand rows publishes as many
 * {@link AttendanceReported} events at once, and one {@link HouseholdAttendanceReported}
 * per household of the file; every reaction to them (the signals of each household
 * re-evaluated once, the figures marked changed) completes, and none is left incomplete
 * in the event publication registry for want of a database connection.
 * <p>
 * In the context (and database) of the load generator's test, not the shared one, so that
 * the registry holds only what this file and that generator caused. The pool waits two
 * seconds for a connection here rather than thirty: a file of 3,000 rows then shows on
 * any machine what one of 4,000 rows showed on a loaded one (reactions that all ask for a
 * connection at once, and fail).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "verbinder.demo.generator-context=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MockSessionBridge.class, TestTokens.Keys.class })
class AttendanceFileReactionsIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(AttendanceFileReactionsIntegrationTests.class);

	private static final int ROWS = 3000;

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	PartnerInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Test
	void everyReactionToALargeAttendanceFileCompletesAndReEvaluatesTheHouseholds() throws Exception {
		List<PartnerInbox.Participant> participants = background.callAs("partner", inbox::participants)
			.stream()
			.limit(40)
			.toList();
		assertThat(participants).isNotEmpty();
		List<UUID> products = contract();
		String csv = file(participants, products.get(0), products.get(1));
		long seqBefore = jdbc.sql("select coalesce(max(seq), 0) from access.processing_record")
			.query(Long.class)
			.single();
		var pool = dataSource.unwrap(HikariDataSource.class).getHikariConfigMXBean();
		long timeout = pool.getConnectionTimeout();
		pool.setConnectionTimeout(2000);
		try {
			long started = System.nanoTime();
			mvc.perform(post("/api/v1/aanwezigheid").with(Logins.basic("partner")).contentType("text/csv").content(csv))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.rijen").value(ROWS));
			long imported = System.nanoTime();
			List<String> deelnames = deelnames(products);
			String[] patterns = deelnames.stream().map(id -> "%" + id + "%").toArray(String[]::new);
			// Waits until every reaction to the file's events completed, or nothing moved
			// for five minutes (a failed reaction stays failed until something delivers
			// it
			// again).
			long open = incomplete(patterns);
			long lastChange = System.nanoTime();
			while (open > 0 && System.nanoTime() - lastChange < Duration.ofMinutes(5).toNanos()) {
				Thread.sleep(500);
				long now = incomplete(patterns);
				if (now != open) {
					open = now;
					lastChange = System.nanoTime();
				}
			}
			long done = System.nanoTime();
			log.info(
					"Imported {} attendance rows of {} participants in {} ms; reactions done {} ms later"
							+ " ({} left incomplete)",
					ROWS, participants.size(), (imported - started) / 1_000_000, (done - imported) / 1_000_000, open);

			assertThat(statuses(patterns)).as("incomplete publications of the file's events by status").isEmpty();
			// One re-evaluation of the signals per household of the file, not one per
			// row.
			long households = participants.stream().map(PartnerInbox.Participant::householdId).distinct().count();
			assertThat(jdbc.sql("""
					select count(*) from event_publication
					where listener_id like '%SignalReactions%' and serialized_event like any(?)""")
				.param(patterns)
				.query(Long.class)
				.single()).as("the signals' reactions to the file").isEqualTo(households);
			for (PartnerInbox.Participant p : participants) {
				assertThat(jdbc.sql("""
						select count(*) from access.processing_record
						where actor = 'verbinder.signalering' and subject_id = ? and seq > ?""")
					.params(p.personId().toString(), seqBefore)
					.query(Long.class)
					.single()).as("signals of the household of %s re-evaluated after the file", p.personId())
					.isPositive();
			}
		}
		finally {
			pool.setConnectionTimeout(timeout);
		}
	}

	/**
	 * A regional contract of the partner's organisation with a route (for lessons) and
	 * workshops, running since a year ago; returns the two products' ids.
	 */
	private List<UUID> contract() throws Exception {
		String name = "Reacties " + UUID.randomUUID().toString().substring(0, 8);
		return RegionalContracts.contract(mvc, name, LocalDate.now().minusYears(1),
				RegionalContracts.product("B1_ROUTE", "Route " + name, "TRAJECT", "9000"),
				RegionalContracts.product("WORKSHOP", "Workshops " + name, "UUR", "45"));
	}

	/**
	 * {@value #ROWS} rows: a lesson a day for every participant, going back from today,
	 * then workshops of each theme, until the file is full.
	 */
	private static String file(List<PartnerInbox.Participant> participants, UUID route, UUID workshops) {
		StringBuilder csv = new StringBuilder("verwijzing,product,datum,soort,thema,aanwezig,afwezig,uren\n");
		List<String> kinds = new ArrayList<>(List.of("LES,"));
		for (Aanwezigheid.Workshopthema theme : Aanwezigheid.Workshopthema.values()) {
			kinds.add("WORKSHOP," + theme.name());
		}
		LocalDate today = LocalDate.now();
		int rows = 0;
		for (String kind : kinds) {
			UUID product = kind.startsWith("LES") ? route : workshops;
			for (int day = 0; day < 300; day++) {
				for (PartnerInbox.Participant p : participants) {
					csv.append(p.doorverwijzingId())
						.append(',')
						.append(product)
						.append(',')
						.append(today.minusDays(day))
						.append(',')
						.append(kind)
						.append(",1,0,2\n");
					if (++rows == ROWS) {
						return csv.toString();
					}
				}
			}
		}
		throw new IllegalStateException("Too few participants for " + ROWS + " rows");
	}

	private List<String> deelnames(List<UUID> products) {
		return new TransactionTemplate(transactions).execute(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', ?, true)")
				.param(RegionalContracts.REGION)
				.query()
				.singleValue();
			return jdbc.sql("select cast(id as text) from inkoop.deelname where product_id = any(?)")
				.param(products.toArray(UUID[]::new))
				.query(String.class)
				.list();
		});
	}

	private long incomplete(String[] patterns) {
		return jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and serialized_event like any(?)""")
			.param(patterns)
			.query(Long.class)
			.single();
	}

	private List<String> statuses(String[] patterns) {
		return jdbc.sql("""
				select coalesce(status, 'none') || ': ' || count(*) from event_publication
				where completion_date is null and serialized_event like any(?)
				group by status""").param(patterns).query(String.class).list();
	}

}
