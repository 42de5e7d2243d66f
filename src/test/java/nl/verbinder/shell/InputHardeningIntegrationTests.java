package nl.verbinder.shell;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.PageForms;
import nl.verbinder.RegionQueries;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Each kind of bad input that once slipped through or crashed, refused with 400
 * problem+json that names the field, in the caller's language, and nothing stored.
 */
@VerbinderIntegrationTest
class InputHardeningIntegrationTests {

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	private static final String MEMBER = """
			{"voornaam":%s,"achternaam":"Habte","geboortedatum":"1991-04-04","gezinsrol":"INBURGERAAR"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	@LocalServerPort
	int port;

	private long households() {
		return RegionQueries.count(jdbc, transactions, "select count(*) from inburgering.household");
	}

	private String register(String aankomstdatum, String voornaamJson, String extra) {
		return """
				{"gemeente":"GM0197","adres":"Markt 3","postcode":"7121 AB","aankomstdatum":%s,
				 "leden":[%s]%s}""".formatted(aankomstdatum, MEMBER.formatted(voornaamJson), extra);
	}

	/**
	 * Posts a registration, expects it refused for {@code field}, and checks that no
	 * household was added.
	 */
	private ResultActions refusedRegistration(String body, String field) throws Exception {
		long before = households();
		ResultActions result = mvc.perform(postJson("/api/v1/huishoudens", body).with(AALTEN));
		refused(result, field);
		assertThat(households()).isEqualTo(before);
		return result;
	}

	private static ResultActions refused(ResultActions result, String field) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[*].name").value(hasItem(field)));
	}

	private HouseholdView aaltenHousehold() {
		return background.callAs("consulent.aalten",
				() -> inburgering.household(caseload.list(CaseloadFilter.ALL, 1).getFirst().id()));
	}

	@Test
	void refusesNulInTextAndInQueryParameters() throws Exception {
		refusedRegistration(register("\"2026-10-01\"", "\"Ra\\u0000hel\"", ""), "leden[0].voornaam")
			.andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString("stuurteken")));
		refused(mvc.perform(get("/api/v1/huishoudens").param("naam", "a\u0000b").with(AALTEN)), "naam");
	}

	@Test
	void refusesBidirectionalOverridesInNames() throws Exception {
		refusedRegistration(register("\"2026-10-01\"", "\"Rahel\\u202Eetneh\"", ""), "leden[0].voornaam");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"0000-01-01\"", "\"-2024-01-01\"", "123", "\"1999-12-31\"", "\"+999999999-12-31\"",
			"\"2026-02-30\"", "\"01-10-2026\"" })
	void refusesArrivalDatesThatCannotBeTrue(String date) throws Exception {
		refusedRegistration(register(date, "\"Rahel\"", ""), "aankomstdatum");
	}

	@Test
	void refusesCoercedScalars() throws Exception {
		refusedRegistration(register("\"2026-10-01\"", "5", ""), "leden[0].voornaam");
		refusedRegistration(register("\"2026-10-01\"", "\"Rahel\"", ",\"bevestigNieuwePersonen\":\"2\""),
				"bevestigNieuwePersonen");
	}

	@Test
	void refusesNullInsideLists() throws Exception {
		long before = households();
		refused(mvc.perform(postJson("/api/v1/huishoudens",
				"""
						{"gemeente":"GM0197","adres":"Markt 3","postcode":"7121 AB","aankomstdatum":"2026-10-01","leden":[null]}""")
			.with(AALTEN)), "leden[0]");
		assertThat(households()).isEqualTo(before);

		HouseholdView household = aaltenHousehold();
		UUID person = household.members().getFirst().personId();
		refused(mvc.perform(
				postJson("/api/v1/personen/" + person + "/intakes", "{\"datum\":\"2026-10-01\",\"domeinen\":[null]}")
					.with(AALTEN)),
				"domeinen[0]");
		refused(mvc.perform(postJson("/api/v1/huishoudens/" + household.id() + "/contactmomenten",
				"""
						{"datum":"2026-10-01","kanaal":"KANTOOR","vertolking":"GEEN","samenvatting":"Gesprek","afspraken":[null]}""")
			.with(AALTEN)), "afspraken[0]");
		refused(mvc.perform(postJson("/api/v1/personen/" + person + "/talent",
				"{\"versie\":0,\"interesses\":[null],\"urenPerWeek\":20,\"dagen\":[],\"reisafstandKm\":10}")
			.with(AALTEN)), "interesses[0]");
		refused(mvc.perform(postJson("/api/v1/personen/" + person + "/pip/concept",
				"{\"versie\":0,\"inhoud\":{\"leerroute\":\"B1\",\"termijnStart\":\"2026-10-01\",\"doelen\":[null]}}")
			.with(AALTEN)), "inhoud.doelen[0]");
		refused(mvc.perform(postJson("/api/v1/personen/" + person + "/pip/concept",
				"{\"versie\":0,\"inhoud\":{\"leerroute\":\"B1\",\"termijnStart\":\"2026-10-01\",\"activiteiten\":[null]}}")
			.with(AALTEN)), "inhoud.activiteiten[0]");
	}

	@Test
	void refusesFractionalVersionsAndNamesMissingNumbers() throws Exception {
		HouseholdView household = aaltenHousehold();
		refused(mvc.perform(postJson("/api/v1/huishoudens/" + household.id() + "/leden",
				"{\"versie\":1.5,\"lid\":" + MEMBER.formatted("\"Rahel\"") + "}")
			.with(AALTEN)), "versie");
		refused(mvc.perform(postJson("/api/v1/verzoeken", """
				{"soort":"HUISBEZOEK","talen":["ti"],"rol":"VERTALER","gemeente":"GM0197","van":"2026-12-10",
				 "tot":"2026-12-20","urgentie":"NORMAAL","doel":"Uitleg over de brief van DUO"}""").with(COORDINATOR)),
				"minuten")
			.andExpect(jsonPath("$.invalidParams[0].code").value("required"));
	}

	@Test
	void refusesAnInvolvementThatLastsForever() throws Exception {
		HouseholdView household = aaltenHousehold();
		refused(mvc.perform(postJson("/api/v1/huishoudens/" + household.id() + "/betrokkenheid",
				"{\"naam\":\"Huisarts\",\"rol\":\"Huisarts\",\"sinds\":\"2026-01-01\",\"tot\":\"+999999999-12-31\"}")
			.with(AALTEN)), "tot");
		refused(mvc.perform(postJson("/api/v1/huishoudens/" + household.id() + "/contactmomenten",
				"{\"datum\":\"1900-01-01\",\"kanaal\":\"KANTOOR\",\"vertolking\":\"GEEN\",\"samenvatting\":\"Gesprek\"}")
			.with(AALTEN)), "datum");
	}

	@Test
	void explainsInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(register("\"0000-01-01\"", "\"Rahel\"", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("One or more fields are invalid."))
			.andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString("cannot be right")));
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.header("Accept-Language", "nl")
			.contentType(MediaType.APPLICATION_JSON)
			.content(register("\"0000-01-01\"", "\"Rahel\"", "")))
			.andExpect(jsonPath("$.detail").value("Een of meer velden kloppen niet."));
	}

	/**
	 * The same bounds on pages: a registration form with an arrival in year 1 says so and
	 * stores nothing.
	 */
	@Test
	void refusesImplausibleDatesOnPagesInThePagesLanguage() throws Exception {
		long before = households();
		String html = Http.ok(mvc.perform(PageForms.registration(Logins.session(mvc, "consulent.aalten"), "GM0197",
				"Markt 3", "7121 AB", "0001-01-01", "Rahel", "Habte", "1991-04-04")));
		assertThat(html).contains("kan niet kloppen");
		assertThat(households()).isEqualTo(before);
		mvc.perform(post("/huishoudens").session(Logins.session(mvc, "consulent.aalten"))
			.with(csrf())
			.param("gemeente", "GM0197")
			.param("adres", "Markt\u0000 3")).andExpect(status().isBadRequest());
		assertThat(households()).isEqualTo(before);
	}

	@Test
	void marksRequiredNumbersInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.components.schemas.VerzoekRequest.required").value(hasItem("minuten")))
			.andExpect(jsonPath("$.components.schemas.PreferenceRequest.required").value(hasItem("reisafstandKm")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/huishoudens/%00", "/api/v1/huishoudens/a%2Fb", "/api/v1/huishoudens/%E2%80%AE" })
	void answersEvenTheWebServersOwnRefusalsAsProblemJson(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		assertThat(response.headers().firstValue("API-Version")).contains(ApiConventions.API_VERSION);
		assertThat(response.body()).contains("\"status\":400").contains("\"title\":\"Ongeldige invoer\"");
	}

	@Test
	void answersAuthenticationFailuresInUtf8WithTheApiVersion() throws Exception {
		mvc.perform(get("/api/v1/huishoudens"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("API-Version", ApiConventions.API_VERSION))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Content-Type", Matchers.containsStringIgnoringCase("utf-8")));
	}

}
