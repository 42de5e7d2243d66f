package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inkoop.RegionalContracts;
import nl.verbinder.partner.PartnerInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reaction that failed, and one whose node died while it ran (still {@code PROCESSING}
 * after the stale age), are delivered again by {@link EventReactions} while the
 * application runs, without a restart: the signals of the participant's household are
 * re-evaluated again and both publications complete. In the load generator's context (and
 * database), like the large file's test, so that the registry holds no one else's
 * reactions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "verbinder.demo.generator-context=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MockSessionBridge.class, TestTokens.Keys.class })
class EventReactionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	PartnerInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventReactions reactions;

	@Test
	void aFailedReactionAndOneWhoseNodeDiedAreDeliveredAgainWithoutARestart() throws Exception {
		PartnerInbox.Participant participant = background.callAs("partner", inbox::participants).getFirst();
		UUID product = route();
		// Two files of a row each: two reactions of the signals (a file re-evaluates a
		// household once).
		for (LocalDate day : List.of(LocalDate.now(), LocalDate.now().minusDays(1))) {
			String csv = "verwijzing,product,datum,soort,thema,aanwezig,afwezig,uren\n" + participant.doorverwijzingId()
					+ "," + product + "," + day + ",LES,,1,0,2\n";
			mvc.perform(post("/api/v1/aanwezigheid").with(Logins.basic("partner")).contentType("text/csv").content(csv))
				.andExpect(status().isCreated());
		}
		String pattern = "%\"householdId\":\"" + participant.householdId() + "\"%";
		awaitCompleted(pattern);
		List<UUID> signalReactions = jdbc.sql("""
				select id from event_publication
				where serialized_event like ? and listener_id like '%SignalReactions%'
				  and publication_date > now() - interval '10 minutes'
				order by publication_date desc limit 2""").param(pattern).query(UUID.class).list();
		assertThat(signalReactions).hasSize(2);

		// One failed; the other was taken by a node that died two hours ago.
		jdbc.sql("update event_publication set status = 'FAILED', completion_date = null where id = ?")
			.param(signalReactions.get(0))
			.update();
		jdbc.sql("""
				update event_publication set status = 'PROCESSING', completion_date = null,
				  publication_date = publication_date - interval '2 hours',
				  last_resubmission_date = last_resubmission_date - interval '2 hours'
				where id = ?""").param(signalReactions.get(1)).update();
		long seqBefore = jdbc.sql("select coalesce(max(seq), 0) from access.processing_record")
			.query(Long.class)
			.single();

		reactions.deliverAgain();
		awaitCompleted(pattern);

		assertThat(jdbc.sql("select status from event_publication where id = any(?)")
			.param(signalReactions.toArray(UUID[]::new))
			.query(String.class)
			.list()).containsOnly("COMPLETED");
		assertThat(jdbc.sql("""
				select count(*) from access.processing_record
				where actor = 'verbinder.signalering' and subject_id = ? and seq > ?""")
			.params(participant.personId().toString(), seqBefore)
			.query(Long.class)
			.single()).as("the household's signals re-evaluated again").isPositive();
	}

	private void awaitCompleted(String pattern) throws InterruptedException {
		for (int i = 0; i < 1200 && jdbc.sql("""
				select count(*) from event_publication where completion_date is null and serialized_event like ?""")
			.param(pattern)
			.query(Long.class)
			.single() > 0; i++) {
			Thread.sleep(100);
		}
	}

	/**
	 * A regional contract of the partner's organisation with a route; its product's id.
	 */
	private UUID route() throws Exception {
		String name = "Opnieuw " + UUID.randomUUID().toString().substring(0, 8);
		return RegionalContracts
			.contract(mvc, name, LocalDate.now().minusMonths(1),
					RegionalContracts.product("B1_ROUTE", "Route " + name, "TRAJECT", "9000"))
			.getFirst();
	}

}
