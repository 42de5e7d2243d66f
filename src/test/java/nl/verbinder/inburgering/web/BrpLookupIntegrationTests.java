package nl.verbinder.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.InteropIntegrationTest;
import nl.verbinder.Logins;
import nl.verbinder.brp.BrpStub;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.shared.TraceParent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looking a person up in the BRP at registration, against {@link BrpStub}: a real HTTP
 * server that checks each request against the Haal Centraal specification and answers
 * with its examples.
 */
class BrpLookupIntegrationTests extends InteropIntegrationTest {

	static final String KNOWN = "999993653";

	static final String UNKNOWN = "999990007";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private MockHttpServletRequestBuilder lookUp(MockHttpSession session, String bsn, TraceParent trace) {
		return post("/huishoudens/nieuw/brp").session(session)
			.with(csrf())
			.header("traceparent", trace.header())
			.param("gemeente", "GM0222")
			.param("adres", "")
			.param("postcode", "")
			.param("aankomstdatum", "2026-11-02")
			.param("voornaam", "Getypt")
			.param("achternaam", "")
			.param("bsn", bsn);
	}

	private List<String> loggedTraces(String bsn) {
		return jdbc.sql("""
				select trace_id::text from access.processing_log
				where activity = 'brp.raadpleging' and subject_type = 'bsn' and subject_id = ?""")
			.param(bsn)
			.query(String.class)
			.list();
	}

	/**
	 * The processing records of a BSN that are not in {@code before}: other classes in
	 * the shared context (the browser journey) look the same example persons up.
	 */
	private List<String> loggedTracesSince(String bsn, List<String> before) {
		return loggedTraces(bsn).stream().filter(trace -> !before.contains(trace)).toList();
	}

	private static List<BrpStub.Request> received(String bsn) {
		return BrpStub.RECEIVED.stream().filter(r -> r.body().contains(bsn)).toList();
	}

	private static RegistrationForm form(MvcResult result) {
		return (RegistrationForm) result.getModelAndView().getModel().get("form");
	}

	@Test
	void theLookupFillsTheRegistrationFormAndTheFamilyIsRegisteredWithIt() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.doetinchem");
		List<String> before = loggedTraces(KNOWN);
		TraceParent trace = TraceParent.start();
		MvcResult result = mvc.perform(lookUp(session, KNOWN, trace))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"brp-filled\"")))
			.andReturn();
		RegistrationForm form = form(result);
		assertThat(form.getVoornaam()).isEqualTo("Pieter Jan");
		assertThat(form.getAchternaam()).isEqualTo("de Vries");
		assertThat(form.getGeboortedatum()).isEqualTo(LocalDate.of(1964, 9, 24));
		assertThat(form.getGeslacht()).hasToString("MAN");
		assertThat(form.getGeboorteland()).isEqualTo("NL");
		assertThat(form.getNationaliteit()).isEqualTo("NL");
		assertThat(form.getAdres()).isEqualTo("Tulpstraat 14a-bis");
		assertThat(form.getPostcode()).isEqualTo("2341SX");
		assertThat(form.getGemeente()).as("registered in The Hague, outside the caller's scope: kept")
			.isEqualTo("GM0222");
		assertThat(form.getAankomstdatum()).as("what the BRP does not know stays as typed")
			.isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(form.getGezinsleden()).extracting(HouseholdMemberRow::getVoornaam, HouseholdMemberRow::getGezinsrol)
			.as("the child of whom only the year of birth is known is left to the case manager")
			.containsExactly(tuple("Anna", Gezinsrol.INBURGERAAR), tuple("Sanne", Gezinsrol.KIND));
		assertThat(result.getResponse().getContentAsString()).contains("Anna Bakker, geboren 02-03-1966")
			.contains("Sanne de Vries, geboren 30-11-2012");

		assertThat(loggedTracesSince(KNOWN, before)).as("one processing record, with the request's trace id")
			.containsExactly(trace.traceUuid().toString());
		List<BrpStub.Request> requests = received(KNOWN).stream()
			.filter(r -> r.header("traceparent").contains(trace.traceId()))
			.toList();
		assertThat(requests).as("one request of this trace").hasSize(1);
		BrpStub.Request request = requests.getFirst();
		assertThat(request.header("X-API-KEY")).isEqualTo(BrpStub.API_KEY);
		assertThat(request.header("traceparent")).startsWith("00-" + trace.traceId() + "-")
			.isNotEqualTo(trace.header());
		JsonNode query = json.readTree(request.body());
		assertThat(query.get("type").asString()).isEqualTo("RaadpleegMetBurgerservicenummer");
		assertThat(query.get("burgerservicenummer").get(0).asString()).isEqualTo(KNOWN);

		String location = mvc
			.perform(post("/huishoudens").session(session)
				.with(csrf())
				.param("gemeente", form.getGemeente())
				.param("adres", form.getAdres())
				.param("postcode", form.getPostcode())
				.param("aankomstdatum", "2026-11-02")
				.param("voornaam", form.getVoornaam())
				.param("achternaam", form.getAchternaam())
				.param("geboortedatum", "1964-09-24")
				.param("nationaliteit", "NL")
				.param("bsn", KNOWN)
				.param("bevestigd", "true")
				.param("gezinsleden[0].meenemen", "true")
				.param("gezinsleden[0].voornaam", "Anna")
				.param("gezinsleden[0].achternaam", "Bakker")
				.param("gezinsleden[0].geboortedatum", "1966-03-02")
				.param("gezinsleden[0].gezinsrol", "INBURGERAAR")
				.param("gezinsleden[0].bsn", "999990032")
				.param("_gezinsleden[1].meenemen", "on")
				.param("gezinsleden[1].voornaam", "Sanne")
				.param("gezinsleden[1].achternaam", "de Vries")
				.param("gezinsleden[1].geboortedatum", "2012-11-30")
				.param("gezinsleden[1].gezinsrol", "KIND")
				.param("gezinsleden[1].bsn", "999990044"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String household = mvc.perform(get(location).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(household).as("the child left unticked is not registered")
			.contains("Pieter Jan de Vries", "Anna Bakker")
			.doesNotContain("Sanne de Vries");
	}

	@Test
	void anUnknownBsnSaysSoAndChangesNothing() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.doetinchem");
		List<String> before = loggedTraces(UNKNOWN);
		MvcResult result = mvc.perform(lookUp(session, UNKNOWN, TraceParent.start()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De BRP kent het BSN ******007 niet")))
			.andReturn();
		assertThat(form(result).getVoornaam()).isEqualTo("Getypt");
		assertThat(form(result).getGezinsleden()).isEmpty();
		assertThat(loggedTracesSince(UNKNOWN, before)).hasSize(1);
	}

	@Test
	void aBrpThatIsDownOrTooSlowGivesAMessageNotAnError() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.doetinchem");
		for (String bsn : List.of(BrpStub.DOWN, BrpStub.SLOW)) {
			MvcResult result = mvc.perform(lookUp(session, bsn, TraceParent.start()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("De BRP geeft nu geen antwoord")))
				.andReturn();
			assertThat(form(result).getVoornaam()).as(bsn).isEqualTo("Getypt");
			assertThat(loggedTraces(bsn)).as("the BSN left Verbinder: %s", bsn).hasSize(1);
		}
	}

	@Test
	void anInvalidBsnIsNotSentToTheBrp() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.doetinchem");
		mvc.perform(lookUp(session, "123456789", TraceParent.start()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"form-errors\"")));
		assertThat(received("123456789")).isEmpty();
		assertThat(loggedTraces("123456789")).isEmpty();
	}

	@Test
	void theApiGivesThePersonInTheShapeOfARegistration() throws Exception {
		mvc.perform(post("/api/v1/personen/brp-raadplegingen").with(Logins.basic("consulent.doetinchem"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bsn\":\"" + KNOWN + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voornaam").value("Pieter Jan"))
			.andExpect(jsonPath("$.achternaam").value("de Vries"))
			.andExpect(jsonPath("$.geboortedatum").value("1964-09-24"))
			.andExpect(jsonPath("$.geslacht").value("MAN"))
			.andExpect(jsonPath("$.nationaliteit").value("NL"))
			.andExpect(jsonPath("$.adres").value("Tulpstraat 14a-bis"))
			.andExpect(jsonPath("$.gezinsleden.length()").value(2))
			.andExpect(jsonPath("$.gezinsleden[1].gezinsrol").value("KIND"));
		mvc.perform(post("/api/v1/personen/brp-raadplegingen").with(Logins.basic("consulent.doetinchem"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bsn\":\"" + UNKNOWN + "\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("rule.brp.unknown-bsn"));
		mvc.perform(post("/api/v1/personen/brp-raadplegingen").with(Logins.basic("consulent.doetinchem"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bsn\":\"" + BrpStub.DOWN + "\"}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("rule.brp.unavailable"));
		mvc.perform(post("/api/v1/personen/brp-raadplegingen").with(Logins.basic("consulent.doetinchem"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bsn\":\"12345\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void onlyWhoMayRegisterHouseholdsMayLookUp() throws Exception {
		String bsn = "999990068";
		mvc.perform(
				post("/huishoudens/nieuw/brp").session(Logins.session(mvc, "beleid")).with(csrf()).param("bsn", bsn))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/personen/brp-raadplegingen").with(Logins.basic("beleid"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bsn\":\"" + bsn + "\"}")).andExpect(status().isForbidden());
		assertThat(received(bsn)).isEmpty();
		assertThat(loggedTraces(bsn)).isEmpty();
	}

}
