package nl.verbinder.sleutelpersoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Advice reaches the coordinator, and what became of it reaches its author. */
@VerbinderIntegrationTest
class AdviceIntegrationTests {

	private static final RequestPostProcessor KEY_PERSON = Logins.basic("sleutelpersoon");

	private static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	private static final RequestPostProcessor CASE_MANAGER = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor POLICY = Logins.basic("beleid");

	private static final String SPREEKUUR = """
			{"tekst":"Eritrese moeders kwamen niet naar het spreekuur: voor hen betekent dat woord een doktersbezoek met een ziek kind. Noem het liever een inloopochtend.",
			 "domein":"SOCIALE_VERBINDINGEN","gemeente":"GM0294","gemeenschap":"ER"}""";

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private ResultActions postJson(String path, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(Http.postJson(path, body).with(who));
	}

	@Test
	void aKeyPersonsAdviceIsTriagedAndTheResponseReachesThem() throws Exception {
		String id = json
			.readTree(postJson("/api/v1/adviezen", KEY_PERSON, SPREEKUUR).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("NIEUW"))
				.andExpect(jsonPath("$.auteur").value("Yonas Tekle"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		assertThat(
				mvc.perform(get("/api/v1/adviezen").with(COORDINATOR)).andReturn().getResponse().getContentAsString())
			.contains(id);
		mvc.perform(get("/api/v1/adviezen").with(KEY_PERSON)).andExpect(status().isForbidden());

		String path = "/api/v1/adviezen/" + id + "/beoordeling";
		postJson(path, COORDINATOR, "{\"versie\":0,\"status\":\"IN_BEHANDELING\"}").andExpect(status().isOk());
		// Acting on advice comes with a response; a stale version is a conflict.
		postJson(path, COORDINATOR, "{\"versie\":1,\"status\":\"OPGEPAKT\"}").andExpect(status().isBadRequest());
		postJson(path, COORDINATOR, "{\"versie\":0,\"status\":\"OPGEPAKT\",\"reactie\":\"x\"}")
			.andExpect(status().isConflict());
		postJson(path, COORDINATOR,
				"{\"versie\":1,\"status\":\"OPGEPAKT\",\"reactie\":\"In Winterswijk heet het voortaan inloopochtend.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versie").value(2));
		mvc.perform(get("/api/v1/mijn-adviezen?pageSize=100").with(KEY_PERSON))
			.andExpect(jsonPath("$._embedded.adviezen[?(@.id == '" + id + "')].status").value("OPGEPAKT"))
			.andExpect(jsonPath("$._embedded.adviezen[?(@.id == '" + id + "')].reactie")
				.value("In Winterswijk heet het voortaan inloopochtend."));
	}

	/**
	 * Policy reads the advice and what became of it on the advice page, without who wrote
	 * it, and cannot triage it.
	 */
	@Test
	void thePolicyReaderReadsAdviceAndItsResponseButNotItsAuthor() throws Exception {
		String id = json
			.readTree(postJson("/api/v1/adviezen", KEY_PERSON, SPREEKUUR.replace("Noem het", "Beleid: noem het"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		postJson("/api/v1/adviezen/" + id + "/beoordeling", COORDINATOR,
				"{\"versie\":0,\"status\":\"OPGEPAKT\",\"reactie\":\"Het heet nu inloopochtend (beleid).\"}")
			.andExpect(status().isOk());
		var session = Logins.session(mvc, "beleid");
		String page = Http.ok(mvc.perform(get("/adviezen").session(session)));
		assertThat(page).contains("Beleid: noem het")
			.contains("Het heet nu inloopochtend (beleid).")
			.contains("opgepakt")
			.doesNotContain("Yonas")
			.doesNotContain("Tekle")
			.doesNotContain("/adviezen/" + id);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/adviezen/" + id + "/beoordeling")
			.session(session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("versie", "1")
			.param("status", "NIET_OPGEPAKT")
			.param("reactie", "nee")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/adviezen").with(POLICY)).andExpect(status().isForbidden());
	}

	@Test
	void professionalsGiveAdviceTooButFiguresOnlyRolesDoNotAndBadInputIsRefused() throws Exception {
		postJson("/api/v1/adviezen", CASE_MANAGER, SPREEKUUR.replace("GM0294", "GM0197"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.auteurRol").value("CASE_MANAGER"));
		postJson("/api/v1/adviezen", POLICY, SPREEKUUR).andExpect(status().isForbidden());
		postJson("/api/v1/adviezen", KEY_PERSON, "{\"tekst\":\"kort\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("tekst"));
		postJson("/api/v1/adviezen", KEY_PERSON, SPREEKUUR.replace("GM0294", "GM0363"))
			.andExpect(status().isBadRequest());
		postJson("/api/v1/adviezen", KEY_PERSON, SPREEKUUR.replace("\"ER\"", "\"QQ\""))
			.andExpect(status().isBadRequest());
	}

}
