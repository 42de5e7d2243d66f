package nl.verbinder;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused rule reaches the reader in their own language: problem details of the API in
 * the language the caller asks for (Dutch unless {@code Accept-Language} asks for
 * English), pages in the page's language (Arabic too on the key person's page). Each
 * sample is checked word for word in both languages, so no English text reaches a Dutch
 * reader.
 */
@VerbinderIntegrationTest
class RuleViolationLanguageIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor PLANNER = Logins.basic("planner");

	private static final RequestPostProcessor BELEID = Logins.basic("beleid");

	private static final UUID BAKERY = UUID.nameUUIDFromBytes("organisatie-Bakkerij Achterhoek".getBytes());

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The problem of one call, asked in Dutch (no header: the default) or in another
	 * language.
	 */
	private JsonNode problem(MockHttpServletRequestBuilder call, int status, String... language) throws Exception {
		if (language.length > 0) {
			call.header("Accept-Language", language[0]);
		}
		MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return json.readTree(response.getContentAsString());
	}

	private record Sample(String name, Supplier<MockHttpServletRequestBuilder> call, int status, String code,
			String dutch, String english) {
	}

	private List<Sample> apiSamples() {
		HouseholdView winterswijk = background.callAs("consulent.winterswijk",
				() -> inburgering.household(caseload.list(CaseloadFilter.ALL, 40).get(25).id()));
		return List.of(new Sample("a municipality code that is none",
				() -> get("/api/v1/referentie/afstanden/Aalten/GM0294").with(BELEID), 400, "rule.gemeente-code.format",
				"Aalten is geen gemeentecode. Een gemeentecode is GM met vier cijfers, zoals GM0197.",
				"Aalten is not a municipality code: GM followed by four digits, such as GM0197."),
				new Sample("an unknown nationality", () -> postJson("/api/v1/huishoudens", """
						{"gemeente":"GM0197","adres":"Markt 5","postcode":"7121AB","aankomstdatum":"2026-10-01",
						 "leden":[{"voornaam":"Saba","achternaam":"Tesfamariam","geboortedatum":"1991-04-04",
						           "gezinsrol":"INBURGERAAR","nationaliteit":"QQ"}]}""").with(AALTEN), 400,
						"rule.country.unknown", "Land QQ bestaat niet.", "Unknown country code QQ."),
				new Sample("a request in a language nobody knows", () -> postJson("/api/v1/verzoeken", """
						{"soort":"HUISBEZOEK","talen":["xx"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG",
						 "gemeente":"GM0197","wijk":"Centrum","van":"%s","tot":"%s","minuten":60,"urgentie":"NORMAAL",
						 "doel":"Kennismaken"}""".formatted(LocalDate.now().plusDays(1), LocalDate.now().plusDays(5)))
					.with(AALTEN), 400, "rule.language.unknown", "Taal xx kennen we niet.",
						"Unknown language code xx."),
				new Sample("weights that are all zero",
						() -> postJson("/api/v1/plaatsing/runs",
								"{\"huishoudens\":10,\"seed\":1,\"gewichten\":{\"WISH\":0,\"WORK\":0,\"COMMUNITY\":0,"
										+ "\"KEY_PERSONS\":0,\"TIES\":0,\"NEEDS\":0}}")
							.with(PLANNER),
						400, "rule.placement.no-weight", "Minstens één onderdeel heeft een gewicht boven 0.",
						"At least one component needs a weight above 0."),
				new Sample("a referral without a basis for sharing", () -> postJson(
						"/api/v1/huishoudens/" + winterswijk.id() + "/doorverwijzingen",
						"{\"persoonId\":\"%s\",\"organisatieId\":\"%s\",\"reden\":\"Wil graag bakken\",\"gedeeld\":[\"NAAM_EN_ADRES\"]}"
							.formatted(winterswijk.members().getFirst().personId(), BAKERY))
					.with(WINTERSWIJK), 403, "rule.referral.no-basis",
						"Er is vandaag geen toestemming of wettelijke taak om deze gegevens van %s te delen met Bakkerij Achterhoek. Leg eerst de grondslag vast."
							.formatted(winterswijk.members().getFirst().voornaam()),
						"No consent or legal task that holds today covers sharing this data of %s with Bakkerij Achterhoek. Record the basis first."
							.formatted(winterswijk.members().getFirst().voornaam())));
	}

	@Test
	void theApiStatesAViolatedRuleInDutchUnlessTheCallerAsksForEnglish() throws Exception {
		for (Sample sample : apiSamples()) {
			JsonNode dutch = problem(sample.call().get(), sample.status());
			JsonNode english = problem(sample.call().get(), sample.status(), "en-GB,en;q=0.9");
			assertThat(dutch.get("code").asString()).as(sample.name()).isEqualTo(sample.code());
			assertThat(dutch.get("detail").asString()).as(sample.name()).isEqualTo(sample.dutch());
			assertThat(english.get("code").asString()).as(sample.name()).isEqualTo(sample.code());
			assertThat(english.get("detail").asString()).as(sample.name()).isEqualTo(sample.english());
			// A language Verbinder does not offer reads as Dutch.
			assertThat(problem(sample.call().get(), sample.status(), "de").get("detail").asString()).as(sample.name())
				.isEqualTo(sample.dutch());
		}
	}

	@Test
	void theProblemHandlersOwnSentencesComeFromTheBundlesToo() throws Exception {
		var missing = (Supplier<MockHttpServletRequestBuilder>) () -> get("/api/v1/plaatsing/runs/" + UUID.randomUUID())
			.with(PLANNER);
		assertThat(problem(missing.get(), 404).get("detail").asString())
			.isEqualTo("Dit gegeven bestaat niet, of het valt buiten uw gemeente of uw rol.");
		assertThat(problem(missing.get(), 404, "en").get("detail").asString())
			.isEqualTo("The resource does not exist or is outside your scope.");
		var invalid = (Supplier<MockHttpServletRequestBuilder>) () -> postJson("/api/v1/huishoudens", "{\"leden\":[]}")
			.with(AALTEN);
		assertThat(problem(invalid.get(), 400).get("detail").asString()).isEqualTo("Een of meer velden kloppen niet.");
		assertThat(problem(invalid.get(), 400, "en").get("detail").asString())
			.isEqualTo("One or more fields are invalid.");
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return HtmlUtils
			.htmlUnescape(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aCaseManagersPageStatesAViolatedRuleInThePagesLanguage() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.aalten");
		String dutch = page(session, "/huishoudens?dagenZonderContact=5000&lang=nl");
		String english = page(session, "/huishoudens?dagenZonderContact=5000&lang=en");
		assertThat(dutch).contains("Dit filter kan zo niet: Het aantal dagen zonder contact is 0 tot 3.650.")
			.doesNotContain("Days without contact");
		assertThat(english).contains("Days without contact lie between 0 and 3,650.");
	}

	@Test
	void aReferralPageStatesWhatIsMissingInThePagesLanguage() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.winterswijk");
		UUID household = background.callAs("consulent.winterswijk",
				() -> caseload.list(CaseloadFilter.ALL, 40).get(26).id().value());
		for (String language : List.of("nl", "en")) {
			String html = HtmlUtils.htmlUnescape(
					mvc.perform(post("/huishoudens/" + household + "/samenwerking/doorverwijzing").session(session)
						.with(csrf())
						.param("lang", language)
						.param("reden", "Wil graag sporten")).andReturn().getResponse().getContentAsString());
			if (language.equals("nl")) {
				assertThat(html).contains("Niet gelukt: Kies wie u doorverwijst.")
					.doesNotContain("Choose who is referred");
			}
			else {
				assertThat(html).contains("Choose who is referred.").doesNotContain("Kies wie u doorverwijst");
			}
		}
	}

	@Test
	void theKeyPersonReadsARefusedAdviceInTheirOwnLanguage() throws Exception {
		MockHttpSession session = Logins.session(mvc, "sleutelpersoon");
		// The page tells the three advice forms apart by the servlet path, which MockMvc
		// leaves empty unless told.
		MvcResult refused = mvc
			.perform(post("/mijn-verzoeken/advies").servletPath("/mijn-verzoeken/advies")
				.session(session)
				.with(csrf())
				.param("tekst", "Te kort"))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/mijn-verzoeken");
		var flash = refused.getFlashMap();
		String dutch = HtmlUtils
			.htmlUnescape(mvc.perform(get("/mijn-verzoeken?lang=nl").session(session).flashAttrs(flash))
				.andReturn()
				.getResponse()
				.getContentAsString());
		String arabic = HtmlUtils
			.htmlUnescape(mvc.perform(get("/mijn-verzoeken?lang=ar").session(session).flashAttrs(flash))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(dutch).contains("Een advies is 10 tot 4.000 tekens.").doesNotContain("Advice is");
		assertThat(arabic).contains("النصيحة من").doesNotContain("Een advies is").doesNotContain("Advice is");
	}

}
