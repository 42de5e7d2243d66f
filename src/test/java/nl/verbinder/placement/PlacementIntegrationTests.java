package nl.verbinder.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.UUID;
import nl.verbinder.RegionQueries;
import org.hamcrest.Matchers;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A planner builds a run, solves it in the background, reads an explanation and
 * publishes: the households placed in this region are registered there for intake, and a
 * new run keeps every published placement.
 */
@VerbinderIntegrationTest
class PlacementIntegrationTests {

	private static final RequestPostProcessor PLANNER = Logins.basic("planner");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private JsonNode solve(String run) throws Exception {
		mvc.perform(post("/api/v1/plaatsing/runs/" + run + "/start").with(PLANNER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"seed\":7}")).andExpect(status().isAccepted());
		for (int i = 0; i < 600; i++) {
			JsonNode progress = read(mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/voortgang").with(PLANNER)));
			if (progress.get("procent").asInt() >= 100) {
				break;
			}
			Thread.sleep(200);
		}
		return read(mvc.perform(get("/api/v1/plaatsing/runs/" + run).with(PLANNER)).andExpect(status().isOk()));
	}

	@Test
	void aPlannerSolvesExplainsAndPublishesAndANewRunKeepsWhatWasPublished() throws Exception {
		JsonNode created = read(mvc
			.perform(post("/api/v1/plaatsing/runs").with(PLANNER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"huishoudens\":400,\"seed\":3,\"gewichten\":{\"WISH\":30,\"WORK\":30}}"))
			.andExpect(status().isCreated()));
		String run = created.get("id").asString();
		assertThat(created.get("status").asString()).isEqualTo("CONCEPT");
		JsonNode solved = solve(run);
		assertThat(solved.get("status").asString()).isEqualTo("KLAAR");
		JsonNode result = solved.get("resultaat");
		assertThat(result.get("placedPersons").asLong()).isEqualTo(solved.get("personen").asLong());
		assertThat(result.get("bound").asDouble()).isGreaterThanOrEqualTo(result.get("objective").asDouble());
		assertThat(result.get("objective").asDouble()).isGreaterThanOrEqualTo(result.get("greedyObjective").asDouble());

		// Every household's explanation: where the plan puts it and its three best, part
		// by part.
		String household = result.get("assignments").get(0).get("household").asString();
		JsonNode explanation = read(
				mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/huishoudens/" + household).with(PLANNER))
					.andExpect(status().isOk()));
		assertThat(explanation.get("top").size()).isEqualTo(3);
		assertThat(explanation.get("daar").get("points").size()).isEqualTo(6);
		assertThat(explanation.get("top").get(0).get("score").asDouble())
			.isGreaterThanOrEqualTo(explanation.get("daar").get("score").asDouble());
		assertThat(jdbc.sql(
				"select count(*) from access.processing_log where subject_type = 'plaatsingskandidaat' and subject_id = ?")
			.param(run + "/" + household)
			.query(Long.class)
			.single()).isPositive();

		// For every municipality that scores higher than where the plan puts a household:
		// why not there,
		// computed from the plan and the quotas (full, no room for the whole household,
		// told earlier...).
		int explained = 0;
		int improvable = 0;
		long started = System.nanoTime();
		for (int i = 0; i < 40; i++) {
			String id = result.get("assignments").get(i).get("household").asString();
			JsonNode e = read(mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/huishoudens/" + id).with(PLANNER)));
			double here = e.get("daar").get("score").asDouble();
			JsonNode better = e.get("beter");
			if (e.get("top").get(0).get("score").asDouble() > here + 0.0001) {
				assertThat(better.size()).as(id).isPositive();
				assertThat(better.get(0).get("gemeente").asString())
					.isEqualTo(e.get("top").get(0).get("gemeente").asString());
			}
			for (JsonNode b : better) {
				assertThat(b.get("score").asDouble()).isGreaterThan(here);
				assertThat(b.get("reason").asString()).isIn("PUBLISHED", "EXCLUDED", "FULL",
						"TOO_SMALL_FOR_WHOLE_HOUSEHOLD", "ROOM_LEFT");
				if (b.get("reason").asString().equals("FULL") || b.get("reason").asString().startsWith("TOO_SMALL")) {
					assertThat(b.get("room").asLong()).isLessThan(e.get("kandidaat").get("leden").size());
				}
				explained++;
				boolean gains = b.hasNonNull("exchange") && b.get("exchange").get("gain").asDouble() > 0;
				improvable += b.get("reason").asString().equals("ROOM_LEFT") || gains ? 1 : 0;
			}
		}
		System.out.printf(
				"placement explanations: 40 households, %d better-scoring municipalities explained, %d improvable, %d ms%n",
				explained, improvable, (System.nanoTime() - started) / 1_000_000);
		assertThat(explained).isPositive();
		String page = Http.ok(mvc
			.perform(get("/plaatsing/" + run + "/huishoudens/" + household).session(Logins.session(mvc, "planner"))));
		assertThat(page).contains("data-testid=\"why-not\"").contains("Gemeenten die beter passen");

		// Publishing registers the households placed in this region for intake, once.
		Map<String, String> published = new HashMap<>();
		result.get("assignments")
			.forEach(a -> published.put(a.get("household").asString(), a.get("gemeente").asString()));
		long inRegion = published.values()
			.stream()
			.filter(g -> List.of("GM0197", "GM1859", "GM1876", "GM0222", "GM1955", "GM1586", "GM1509", "GM0294")
				.contains(g))
			.count();
		long before = households("(nog te huisvesten)");
		mvc.perform(post("/api/v1/plaatsing/runs/" + run + "/publicatie").with(PLANNER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.geregistreerd").value((int) inRegion));
		// Registering is the inburgering module's reaction after the commit: waited for,
		// at most 30 seconds.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(households("(nog te huisvesten)")).isEqualTo(before + inRegion));
		// Each has a case manager of its new municipality, not the planner.
		assertThat(RegionQueries.count(jdbc, transactions,
				"""
						select count(*) from inburgering.household h join access.account a on a.id = h.case_manager_id
						where h.adres like '%(nog te huisvesten)' and (a.role <> 'CASE_MANAGER' or a.gemeente <> h.gemeente)"""))
			.isZero();
		mvc.perform(post("/api/v1/plaatsing/runs/" + run + "/publicatie").with(PLANNER))
			.andExpect(status().isBadRequest());

		// A new run with other weights keeps every published household where it was told
		// it would go.
		JsonNode again = read(mvc
			.perform(post("/api/v1/plaatsing/runs/" + run + "/herhaling").with(PLANNER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"gewichten\":{\"WORK\":90,\"WISH\":5}}"))
			.andExpect(status().isCreated()));
		assertThat(again.get("vast").asInt()).isEqualTo(published.size());
		JsonNode resolved = solve(again.get("id").asString());
		resolved.get("resultaat").get("assignments").forEach(a -> {
			assertThat(a.get("gemeente").asString()).isEqualTo(published.get(a.get("household").asString()));
			assertThat(a.get("published").asBoolean()).isTrue();
		});
	}

	@Test
	void aRunsInstanceAndPlanAreExportedInTheCommandLinesFormatAndCheckOut() throws Exception {
		String run = read(mvc
			.perform(post("/api/v1/plaatsing/runs").with(PLANNER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"huishoudens\":60,\"seed\":11}"))
			.andExpect(status().isCreated())).get("id").asString();
		mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/plan").with(PLANNER))
			.andExpect(status().isNotFound())
			.andExpect(MockMvcResultMatchers.content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		JsonNode solved = solve(run);
		String instance = mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/instantie").with(PLANNER))
			.andExpect(status().isOk())
			.andExpect(
					MockMvcResultMatchers.header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var session = Logins.session(mvc, "planner");
		String plan = Http.ok(mvc.perform(get("/plaatsing/" + run + "/plan.json").session(session)));
		var parsed = nl.verbinder.placement.optimiser.InstanceFormat.parse(instance);
		assertThat(parsed.huishoudens()).hasSize(60);
		var report = nl.verbinder.placement.optimiser.PlanChecker.check(parsed, plan);
		assertThat(report.problems()).isEmpty();
		assertThat(report.fit()).isCloseTo(solved.get("resultaat").get("objective").asDouble(),
				org.assertj.core.data.Offset.offset(1e-6));
		mvc.perform(get("/plaatsing/" + run).session(session))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("/instantie.json")));
	}

	@Test
	void onlyPlannersPlanAndBadInputIsRefused() throws Exception {
		mvc.perform(get("/api/v1/plaatsing/runs").with(Logins.basic("consulent.aalten")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plaatsing").session(Logins.session(mvc, "coordinator"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/plaatsing/runs").with(PLANNER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"huishoudens\":0,\"seed\":1}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/plaatsing/runs").with(PLANNER)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"huishoudens\":10,\"seed\":1,\"gewichten\":{\"WISH\":0,\"WORK\":0,\"COMMUNITY\":0,\"KEY_PERSONS\":0,\"TIES\":0,\"NEEDS\":0}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("weight")));
		mvc.perform(get("/api/v1/plaatsing/runs/" + UUID.randomUUID()).with(PLANNER)).andExpect(status().isNotFound());
		// Quotas from a national total too small for the run's persons: solving reports
		// it, nobody is placed silently.
		JsonNode small = read(mvc
			.perform(post("/api/v1/plaatsing/runs").with(PLANNER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"huishoudens\":50,\"seed\":1,\"landelijkTotaal\":20,\"marge\":0}"))
			.andExpect(status().isCreated()));
		// A planner enters one municipality's quota before solving; a negative one is
		// refused.
		var session = Logins.session(mvc, "planner");
		var entered = mvc
			.perform(post("/plaatsing/" + small.get("id").asString() + "/taakstelling").session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("gemeente", "GM0363")
				.param("quota", "-4")
				.param("filled", "0")
				.param("tolerance", "0"))
			.andReturn()
			.getResponse();
		assertThat(entered.getStatus()).isEqualTo(302);
		assertThat(read(mvc.perform(get("/api/v1/plaatsing/runs/" + small.get("id").asString()).with(PLANNER)))
			.get("taakstellingen")
			.toString()).doesNotContain("\"quota\":-4");
		mvc.perform(post("/plaatsing/" + small.get("id").asString() + "/taakstelling").session(session)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("gemeente", "GM0363")
			.param("quota", "7")
			.param("filled", "2")
			.param("tolerance", "1"));
		assertThat(read(mvc.perform(get("/api/v1/plaatsing/runs/" + small.get("id").asString()).with(PLANNER)))
			.get("taakstellingen")
			.toString()).contains("{\"code\":\"GM0363\",\"quota\":7,\"filled\":2,\"tolerance\":1,\"carryOver\":0}");
		JsonNode failed = solve(small.get("id").asString());
		assertThat(failed.get("status").asString()).isEqualTo("MISLUKT");
		// Why, as a message key said in the reader's language: Dutch by default, English
		// when asked, on the page too.
		assertThat(failed.get("berichtCode").asString()).isEqualTo("rule.placement.run-capacity");
		assertThat(failed.get("bericht").asString()).contains("totale capaciteit");
		assertThat(read(mvc.perform(get("/api/v1/plaatsing/runs/" + small.get("id").asString()).with(PLANNER)
			.header("Accept-Language", "en"))).get("bericht").asString()).contains("capacity");
		assertThat(Http.ok(mvc.perform(get("/plaatsing/" + small.get("id").asString()).session(session))))
			.contains("totale capaciteit")
			.doesNotContain("cannot hold");
	}

	@Test
	void aRunOnThePlannersOwnFiguresIsCheckedAndSolved() throws Exception {
		String household = """
				{"id":"A-%d","azc":"GM0222","arrival":"2026-08-01","wishes":"","preferred":["AM19"],"avoided":[],"ties":[],
				 "careNeed":false,"leden":[{"voornaam":"Selam","achternaam":"Ghebre","geboortedatum":"1990-04-02","geslacht":"VROUW",
				 "land":"ER","talen":["ti"],"isced":6,"beroepen":["http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50"]}]}""";
		String body = """
				{"periode":"2027-H1","huishoudens":[%s,%s],"context":{"tightness":{"AM19":[%s]},"communities":{},"keyPersons":{},
				 "hospitals":[],"secondarySchools":[]},"taakstellingen":[]}""";
		mvc.perform(post("/api/v1/plaatsing/runs/import").with(PLANNER)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(household.formatted(1), household.formatted(2),
					"0.5,0.5,0.9,0.5,0.5,0.5,0.5,0.5,0.5")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("10 values")));
		mvc.perform(post("/api/v1/plaatsing/runs/import").with(PLANNER)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(household.formatted(1), household.formatted(1),
					"0.5,0.5,0.9,0.5,0.5,0.5,0.5,0.5,0.5,0.3")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("twice")));
		// The same from the planner's page, as a file: a broken one is refused with the
		// reason, on the page.
		var session = Logins.session(mvc, "planner");
		var refused = mvc
			.perform(MockMvcRequestBuilders.multipart("/plaatsing/import")
				.file(new MockMultipartFile("bestand", "run.json", "application/json", "{\"periode\":".getBytes()))
				.session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("geen JSON in de beschreven vorm")
			.doesNotContain("Unexpected");
		var loaded = mvc
			.perform(MockMvcRequestBuilders.multipart("/plaatsing/import")
				.file(new MockMultipartFile("bestand", "run.json", "application/json",
						body.formatted(household.formatted(1), household.formatted(2),
								"0.5,0.5,0.9,0.5,0.5,0.5,0.5,0.5,0.5,0.3")
							.getBytes()))
				.session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn()
			.getResponse();
		assertThat(loaded.getStatus()).isEqualTo(302);
		JsonNode run = read(mvc
			.perform(post("/api/v1/plaatsing/runs/import").with(PLANNER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(household.formatted(1), household.formatted(2),
						"0.5,0.5,0.9,0.5,0.5,0.5,0.5,0.5,0.5,0.3")))
			.andExpect(status().isCreated()));
		JsonNode solved = solve(run.get("id").asString());
		assertThat(solved.get("resultaat").get("placedPersons").asInt()).isEqualTo(2);
		// The region they wished for, with work for professionals, is where the plan puts
		// them.
		JsonNode explanation = read(mvc
			.perform(get("/api/v1/plaatsing/runs/" + run.get("id").asString() + "/huishoudens/A-1").with(PLANNER)));
		assertThat(explanation.get("daar").get("noData").toString()).contains("COMMUNITY");
		assertThat(explanation.get("top").get(0).get("points").get("WISH").asDouble()).isGreaterThan(0);
	}

	private long households(String addressPart) {
		return RegionQueries.count(jdbc, transactions, "select count(*) from inburgering.household where adres like ?",
				"%" + addressPart);
	}

	@Autowired
	PlatformTransactionManager transactions;

}
