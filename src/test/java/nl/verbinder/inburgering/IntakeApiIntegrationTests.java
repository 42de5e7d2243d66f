package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import org.hamcrest.Matchers;

@VerbinderIntegrationTest
class IntakeApiIntegrationTests {

	private static final RequestPostProcessor BERKELLAND = Logins.basic("consulent.berkelland");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	private UUID personInBerkelland() {
		var entry = background.callAs("consulent.berkelland", () -> caseload.list(CaseloadFilter.ALL, 1)).getFirst();
		return background.callAs("consulent.berkelland", () -> inburgering.household(entry.id()))
			.members()
			.getFirst()
			.personId();
	}

	private String record(UUID person, String date, int work, int language) throws Exception {
		return mvc.perform(post("/api/v1/personen/" + person + "/intakes").with(BERKELLAND)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"datum":"%s","domeinen":[{"domein":"WERK","score":%d,"eigenVisie":"Ik wil weer als lasser werken"},
					  {"domein":"TAAL_EN_COMMUNICATIE","score":%d}]}""".formatted(date, work, language)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void recordsIntakesAndMeasuresTheChange() throws Exception {
		UUID person = personInBerkelland();
		String first = json.readTree(record(person, "2025-03-01", 1, 2)).get("id").asString();
		String second = json.readTree(record(person, "2026-03-01", 3, 4)).get("id").asString();
		mvc.perform(get("/api/v1/personen/" + person + "/intakes").with(BERKELLAND))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$._embedded.intakes[?(@.id == '" + second + "')].domeinen[0].eigenVisie")
				.value(Matchers.contains("Ik wil weer als lasser werken")));
		mvc.perform(get("/api/v1/personen/" + person + "/intakes/vergelijking?van=" + first + "&tot=" + second)
			.with(BERKELLAND))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.wijzigingen[?(@.domein == 'WERK')].delta").value(Matchers.contains(2)))
			.andExpect(
					jsonPath("$.wijzigingen[?(@.domein == 'TAAL_EN_COMMUNICATIE')].delta").value(Matchers.contains(2)));
	}

	@Test
	void rejectsScoresOffTheScaleAndUnknownDomains() throws Exception {
		UUID person = personInBerkelland();
		mvc.perform(post("/api/v1/personen/" + person + "/intakes").with(BERKELLAND)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"datum\":\"2999-01-01\",\"domeinen\":[{\"domein\":\"WERK\",\"score\":7}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name")
				.value(Matchers.containsInAnyOrder("datum", "domeinen[0].score")));
		mvc.perform(post("/api/v1/personen/" + person + "/intakes").with(BERKELLAND)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"datum\":\"2025-01-01\",\"domeinen\":[{\"domein\":\"GELUK\",\"score\":3}]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherMunicipalityCannotSeeOrAddIntakes() throws Exception {
		UUID person = personInBerkelland();
		mvc.perform(get("/api/v1/personen/" + person + "/intakes").with(Logins.basic("consulent.aalten")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/personen/" + person + "/intakes").with(Logins.basic("consulent.aalten"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"datum\":\"2025-01-01\",\"domeinen\":[{\"domein\":\"WERK\",\"score\":3}]}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDatabaseRefusesToChangeARecordedIntake() throws Exception {
		UUID person = personInBerkelland();
		record(person, "2025-05-05", 2, 2);
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM1859', true)").query().singleValue();
			jdbc.sql("update inburgering.intake_domain set score = 5").update();
		})).hasStackTraceContaining("never changed");
		assertThat(person).isNotNull();
	}

}
