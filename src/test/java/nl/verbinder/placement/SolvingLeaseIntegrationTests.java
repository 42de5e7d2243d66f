package nl.verbinder.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.placement.optimiser.PlacementResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solving is a job any node can hold: a run whose node stopped (its lease ran out) is
 * taken over and finished exactly once, the stopped node's late result is refused, and a
 * run begun too often fails for the planner to look at. The stopped node is played by the
 * database rows it would have left.
 */
@VerbinderIntegrationTest
class SolvingLeaseIntegrationTests {

	private static final RequestPostProcessor PLANNER = Logins.basic("planner");

	private static final String STOPPED = "node-stopped";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BackgroundSolving solving;

	@Autowired
	PlacementStore store;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aRunLeftByAStoppedNodeIsTakenOverAndFinishedOnce() throws Exception {
		UUID run = concept();
		leftBy(STOPPED, run, 1);
		jdbc.sql("update placement.run set lease_until = now() + interval '10 minutes' where id = ?")
			.param(run)
			.update();
		// Any node shows how far the other one has come.
		assertThat(progress(run).get("procent").asInt()).isEqualTo(55);

		// That node stops: its lease runs out, and this node takes the run over.
		jdbc.sql("update placement.run set lease_until = now() - interval '1 second' where id = ?").param(run).update();
		solving.keepLeases();
		await().atMost(Duration.ofMinutes(5)).until(() -> progress(run).get("procent").asInt() >= 100);
		assertThat(statusOf(run)).isEqualTo("KLAAR");
		assertThat(jdbc.sql("select attempts from placement.run where id = ?").param(run).query(Integer.class).single())
			.isEqualTo(2);
		String kept = jdbc.sql("select resultaat::text from placement.run where id = ?")
			.param(run)
			.query(String.class)
			.single();

		// The stopped node comes back and finishes too: its result is not kept.
		PlacementResult late = store.find(run).orElseThrow().resultaat();
		assertThat(store.finish(run, STOPPED, late)).isFalse();
		assertThat(jdbc.sql("select resultaat::text from placement.run where id = ?")
			.param(run)
			.query(String.class)
			.single()).isEqualTo(kept);
		// Nor can it be started again while solved.
		mvc.perform(post("/api/v1/plaatsing/runs/" + run + "/start").with(PLANNER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"seed\":7}")).andExpect(status().isBadRequest());
	}

	@Test
	void aRunStillLeasedIsLeftToItsNodeAndOneBegunTooOftenFails() throws Exception {
		UUID leased = concept();
		leftBy(STOPPED, leased, 1);
		jdbc.sql("update placement.run set lease_until = now() + interval '10 minutes' where id = ?")
			.param(leased)
			.update();
		UUID exhausted = concept();
		leftBy(STOPPED, exhausted, BackgroundSolving.MAX_ATTEMPTS);

		solving.keepLeases();
		assertThat(statusOf(leased)).isEqualTo("BEZIG");
		assertThat(jdbc.sql("select solver from placement.run where id = ?").param(leased).query(String.class).single())
			.isEqualTo(STOPPED);
		assertThat(statusOf(exhausted)).isEqualTo("MISLUKT");
		JsonNode failed = ApiPages.all(mvc, "/api/v1/plaatsing/runs", PLANNER);
		for (JsonNode r : failed) {
			if (r.get("id").asString().equals(exhausted.toString())) {
				assertThat(r.get("bericht").asString()).contains("3");
			}
		}
		jdbc.sql("update placement.run set status = 'MISLUKT', solver = null where id = ?").param(leased).update();
	}

	private UUID concept() throws Exception {
		JsonNode created = json.readTree(mvc
			.perform(post("/api/v1/plaatsing/runs").with(PLANNER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"huishoudens\":120,\"seed\":11}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return UUID.fromString(created.get("id").asString());
	}

	/** The rows a node leaves that was solving {@code run} when it stopped. */
	private void leftBy(String node, UUID run, int attempts) {
		jdbc.sql("""
				update placement.run set status = 'BEZIG', solver = ?, lease_until = now() - interval '1 second',
				  attempts = ?, seed = 7, progress_phase = 'OPTIMALISEREN', progress_percent = 55
				where id = ?""").params(node, attempts, run).update();
	}

	private JsonNode progress(UUID run) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/voortgang").with(PLANNER))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String statusOf(UUID run) {
		return jdbc.sql("select status from placement.run where id = ?").param(run).query(String.class).single();
	}

}
