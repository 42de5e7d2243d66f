package nl.verbinder.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.placement.optimiser.InstanceFormat;
import nl.verbinder.placement.optimiser.PlanChecker;
import org.assertj.core.data.Offset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * A planner imports a run: an instance in the command line's format (an exported run
 * comes back the same, and its plan has the same fit on it), or a CSV file of households
 * from the planner's own records; a file with problems is refused as a whole with every
 * problem and its row, in the reader's language; only planners import.
 */
@VerbinderIntegrationTest
class PlacementImportIntegrationTests {

	private static final RequestPostProcessor PLANNER = Logins.basic("planner");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private JsonNode solve(String run) throws Exception {
		mvc.perform(post("/api/v1/plaatsing/runs/" + run + "/start").with(PLANNER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"seed\":7}")).andExpect(status().isAccepted());
		for (int i = 0; i < 600; i++) {
			JsonNode progress = Http
				.read(mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/voortgang").with(PLANNER)));
			if (progress.get("procent").asInt() >= 100) {
				break;
			}
			Thread.sleep(200);
		}
		return Http.read(mvc.perform(get("/api/v1/plaatsing/runs/" + run).with(PLANNER)).andExpect(status().isOk()));
	}

	private String exported(String run) throws Exception {
		return mvc.perform(get("/api/v1/plaatsing/runs/" + run + "/instantie").with(PLANNER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long runs() {
		return jdbc.sql("select count(*) from placement.run").query(Long.class).single();
	}

	@Test
	void anExportedRunImportedAgainIsTheSameInstanceAndItsPlanHasTheSameFit() throws Exception {
		String original = Http
			.read(mvc.perform(Http.postJson("/api/v1/plaatsing/runs", "{\"huishoudens\":60,\"seed\":23}").with(PLANNER))
				.andExpect(status().isCreated()))
			.get("id")
			.asString();
		JsonNode solved = solve(original);
		String instance = exported(original);
		String plan = mvc.perform(get("/api/v1/plaatsing/runs/" + original + "/plan").with(PLANNER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode imported = Http
			.read(mvc.perform(Http.postJson("/api/v1/plaatsing/runs/instantie", instance).with(PLANNER))
				.andExpect(status().isCreated()));
		assertThat(imported.get("instantie").asBoolean()).isTrue();
		assertThat(imported.get("huishoudens").asInt()).isEqualTo(60);
		String copy = imported.get("id").asString();
		// the same instance, field for field, and the original plan has the same fit on
		// it
		assertThat(exported(copy)).isEqualTo(instance);
		var report = PlanChecker.check(InstanceFormat.parse(exported(copy)), plan);
		assertThat(report.problems()).isEmpty();
		assertThat(report.fit()).isCloseTo(solved.get("resultaat").get("objective").asDouble(), Offset.offset(1e-6));
		// solved again, the copy's plan checks out on the original's instance (how good
		// it
		// is within the time limit depends on the machine's load, as for any run)
		JsonNode again = solve(copy);
		assertThat(again.get("status").asString()).isEqualTo("KLAAR");
		String copysPlan = mvc.perform(get("/api/v1/plaatsing/runs/" + copy + "/plan").with(PLANNER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PlanChecker.check(InstanceFormat.parse(instance), copysPlan).problems()).isEmpty();
		// it is not published: it holds no persons' data for an intake
		mvc.perform(post("/api/v1/plaatsing/runs/" + copy + "/publicatie").with(PLANNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.placement.publish-instance"));
		var session = Logins.session(mvc, "planner");
		assertThat(Http.page(mvc, session, "/plaatsing/" + copy)).contains("ingelezen instantie")
			.doesNotContain("/huishoudens/");
	}

	@Test
	void aCsvOfHouseholdsBecomesARunAndABrokenOneIsRefusedWithEveryRow() throws Exception {
		String csv = """
				huishouden;personen;score;scores;uitgesloten;gepubliceerd
				AZC-1;4;40;GM0363=75,5|GM0344=60;;
				AZC-2;1;55,25;;GM0344;
				"AZC;3";3;50;;;GM0344
				""";
		JsonNode run = Http.read(mvc.perform(post("/api/v1/plaatsing/runs/huishoudens").with(PLANNER)
			.param("periode", "2027-H1")
			.contentType("text/csv")
			.content(csv)).andExpect(status().isCreated()));
		assertThat(run.get("huishoudens").asInt()).isEqualTo(3);
		assertThat(run.get("personen").asInt()).isEqualTo(8);
		assertThat(run.get("periode").asString()).isEqualTo("2027-H1");
		// A period that is no half year is refused in words, and nothing is stored.
		mvc.perform(post("/api/v1/plaatsing/runs/huishoudens").with(PLANNER)
			.param("periode", "volgend jaar, graag")
			.contentType("text/csv")
			.content(csv))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("volgend jaar, graag")));
		assertThat(run.get("vast").asInt()).isEqualTo(1);
		assertThat(run.get("taakstellingen")).hasSize(342);
		var parsed = InstanceFormat.parse(exported(run.get("id").asString()));
		assertThat(parsed.huishoudens().get(0).score("GM0363")).isEqualTo(75.5);
		assertThat(parsed.huishoudens().get(1).defaultScore()).isEqualTo(55.25);
		assertThat(parsed.huishoudens().get(1).excluded()).containsExactly("GM0344");
		assertThat(parsed.huishoudens().get(2).id()).isEqualTo("AZC;3");
		assertThat(parsed.huishoudens().get(2).published()).isEqualTo("GM0344");
		JsonNode solved = solve(run.get("id").asString());
		assertThat(solved.get("resultaat").get("placedPersons").asInt()).isEqualTo(8);

		String broken = """
				huishouden,personen,score,scores,uitgesloten
				B-1,2,40,GM0363=75,
				B-2,twee,40,,
				B-3,1,140,GM9999=20,
				B-1,1,40,,GM0344|XX
				""";
		long before = runs();
		mvc.perform(post("/api/v1/plaatsing/runs/huishoudens").with(PLANNER)
			.header("Accept-Language", "en")
			.contentType("text/csv")
			.content(broken))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("rule.placement.import-refused"))
			.andExpect(jsonPath("$.invalidParams[0].name").value("rij 3"))
			.andExpect(jsonPath("$.invalidParams[0].code").value("rule.placement.import.whole-number"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString("whole number")));
		// the rows that parse are checked together: every problem, none of it kept
		JsonNode refused = Http.read(mvc.perform(post("/api/v1/plaatsing/runs/huishoudens").with(PLANNER)
			.contentType("text/csv")
			.content(broken.replace("twee", "2"))));
		assertThat(refused.get("invalidParams").toString()).contains("rij 4", "rij 5", "GM9999", "XX")
			.contains("staat er al eerder in (Rij 2)");
		assertThat(refused.get("detail").asString()).contains("4 problemen");
		assertThat(runs()).isEqualTo(before);

		// the same on the page, in Dutch, with the rows
		var session = Logins.session(mvc, "planner");
		String page = mvc
			.perform(MockMvcRequestBuilders.multipart("/plaatsing/import")
				.file(new MockMultipartFile("bestand", "huishoudens.csv", "text/csv",
						broken.getBytes(StandardCharsets.UTF_8)))
				.param("vorm", "CSV")
				.session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Rij 3: personen moet een geheel getal zijn").contains("er is niets van overgenomen");
		assertThat(runs()).isEqualTo(before);
		var loaded = mvc
			.perform(MockMvcRequestBuilders.multipart("/plaatsing/import")
				.file(new MockMultipartFile("bestand", "huishoudens.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.param("vorm", "CSV")
				.session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn()
			.getResponse();
		assertThat(loaded.getStatus()).isEqualTo(302);
	}

	@Test
	void aBrokenInstanceIsRefusedWithWhereEachProblemIs() throws Exception {
		String instance = """
				{"period":"2027-H1","municipalities":[{"code":"GM0363","quota":4},{"code":"GM0363","quota":-1}],
				 "households":[{"id":"H1","size":2},{"id":"H2"},{"id":"H3","size":1,"scores":{"GM0344":50}}]}""";
		mvc.perform(Http.postJson("/api/v1/plaatsing/runs/instantie", instance).with(PLANNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("municipalities[1]"))
			.andExpect(jsonPath("$.invalidParams[0].code").value("rule.placement.import.code-twice"))
			.andExpect(jsonPath("$.invalidParams[1].code").value("rule.placement.import.negative"))
			.andExpect(jsonPath("$.invalidParams[2].name").value("households[1]"))
			.andExpect(jsonPath("$.invalidParams[2].reason").value("size ontbreekt"));
		mvc.perform(Http.postJson("/api/v1/plaatsing/runs/instantie", "{\"period\":").with(PLANNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.placement.import-json-at"));
		// A household whose id is only spaces has no id, said with its number.
		mvc.perform(Http.postJson("/api/v1/plaatsing/runs/instantie", """
				{"period":"2027-H1","municipalities":[{"code":"GM0363","quota":4}],
				 "households":[{"id":"H1","size":2},{"id":"   ","size":1}]}""").with(PLANNER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("households[1]"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value("id ontbreekt"));
	}

	@Test
	void aCsvWhoseHeaderLeavesAQuoteOpenIsRefusedInWordsAndOnThePage() throws Exception {
		long before = runs();
		String csv = "\"huishouden;personen\nH1;2\n";
		mvc.perform(post("/api/v1/plaatsing/runs/huishoudens").with(PLANNER).contentType("text/csv").content(csv))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[0].name").value("rij 1"))
			.andExpect(jsonPath("$.invalidParams[0].code").value("rule.placement.import.quotes"));
		String page = mvc
			.perform(MockMvcRequestBuilders.multipart("/plaatsing/import")
				.file(new MockMultipartFile("bestand", "huishoudens.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.param("vorm", "CSV")
				.session(Logins.session(mvc, "planner"))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Rij 1: een aanhalingsteken wordt niet gesloten");
		assertThat(runs()).isEqualTo(before);
	}

	@Test
	void onlyPlannersImport() throws Exception {
		mvc.perform(post("/api/v1/plaatsing/runs/huishoudens").with(Logins.basic("consulent.aalten"))
			.contentType("text/csv")
			.content("huishouden;personen\nX;1\n")).andExpect(status().isForbidden());
		mvc.perform(Http.postJson("/api/v1/plaatsing/runs/instantie", "{}").with(Logins.basic("coordinator")))
			.andExpect(status().isForbidden());
		mvc.perform(MockMvcRequestBuilders.multipart("/plaatsing/import")
			.file(new MockMultipartFile("bestand", "h.csv", "text/csv", "huishouden;personen\nX;1\n".getBytes()))
			.param("vorm", "CSV")
			.session(Logins.session(mvc, "coordinator"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isForbidden());
	}

}
