package nl.verbinder;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadEntry;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A case manager of one municipality can neither read nor change another municipality's
 * data through any endpoint, page or API; anonymous requests are sent to login (pages) or
 * get 401 (API). The endpoints are taken from the application itself, so a new endpoint
 * is covered without editing this.
 */
@VerbinderIntegrationTest
class MunicipalityScopeIntegrationTests {

	private static final Set<String> PUBLIC = Set.of("/login", "/over", "/error", "/api/v1/openapi.json", "/api/v1",
			"/api/v1/", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/v3/api-docs/{group}",
			"/portaal", "/portaal/taal", "/portaal/inloggen", "/portaal/activeren");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	private CaseloadEntry winterswijkHousehold;

	private String winterswijkPerson;

	@BeforeEach
	void findAHouseholdInWinterswijk() {
		winterswijkHousehold = background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 1))
			.getFirst();
		winterswijkPerson = background
			.callAs("consulent.winterswijk", () -> inburgering.household(winterswijkHousehold.id()))
			.members()
			.getFirst()
			.personId()
			.toString();
	}

	record Endpoint(HttpMethod method, String path) {
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replace("{id}", winterswijkHousehold.id().toString())
					.replace("{personId}", winterswijkPerson)
					.replace("{contactId}", UUID.randomUUID().toString())
					.replace("{nummer}", "0")
					.replace("{basis}", UUID.randomUUID().toString())
					.replace("{grondslag}", UUID.randomUUID().toString())
					.replace("{referral}", UUID.randomUUID().toString())
					.replace("{person}", winterswijkPerson)
					.replace("{kans}", UUID.randomUUID().toString())
					.replace("{invitation}", UUID.randomUUID().toString())
					.replace("{appointment}", UUID.randomUUID().toString())
					.replace("{doorverwijzingId}", UUID.randomUUID().toString())
					.replace("{key}", "B1_ROUTE")
					.replace("{activiteit}", "B1_ROUTE")
					.replace("{onderdeel}", "PVT")
					.replace("{household}", "H1")
					.replace("{van}", "GM0294")
					.replace("{naar}", "GM0197");
				// Required query parameters, so that only the scope can refuse the
				// request.
				String full = path.endsWith("/vergelijking")
						? path + "?van=" + UUID.randomUUID() + "&tot=" + UUID.randomUUID() : path;
				methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), full)));
			}
		});
		assertThat(endpoints).hasSizeGreaterThan(10);
		return endpoints;
	}

	@Test
	void anonymousRequestsGet401FromTheApiAndAreSentToLoginFromPages() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			if (PUBLIC.contains(endpoint.path())) {
				continue;
			}
			MockHttpServletRequestBuilder request = request(endpoint).with(csrf());
			if (endpoint.path().startsWith("/api/")) {
				mvc.perform(request)
					.andExpect(status().isUnauthorized())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			}
			else {
				var response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(302);
				// The portal has its own login page, in the newcomer's language.
				assertThat(response.getRedirectedUrl()).as(endpoint.toString())
					.endsWith(endpoint.path().startsWith("/portaal") ? "/portaal/inloggen" : "/login");
			}
		}
	}

	@Test
	void aCaseManagerCannotReachAnotherMunicipalitysHouseholdThroughAnyEndpoint() throws Exception {
		MockHttpSession aalten = Logins.session(mvc, "consulent.aalten");
		String id = winterswijkHousehold.id().toString();
		for (Endpoint endpoint : endpoints()) {
			if (!endpoint.path().contains(id) && !endpoint.path().contains(winterswijkPerson)) {
				continue;
			}
			if (!endpoint.path().startsWith("/api/")) {
				// With the parameters the forms send, so that only the scope can refuse
				// the request.
				var page = mvc
					.perform(request(endpoint).session(aalten)
						.with(csrf())
						.param("versie", "0")
						.param("maanden", "3")
						.param("reden", "ziekte")
						.param("visieNieuwkomer", "akkoord"))
					.andReturn()
					.getResponse();
				assertThat(page.getStatus()).as("page " + endpoint).isIn(403, 404);
				assertThat(page.getContentAsString()).doesNotContain(winterswijkHousehold.adres());
				continue;
			}
			var api = mvc
				.perform(request(endpoint).with(Logins.basic("consulent.aalten"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(validBodyFor(endpoint.path())))
				.andReturn()
				.getResponse();
			assertThat(api.getStatus()).as("api " + endpoint).isIn(403, 404);
			assertThat(api.getContentAsString()).doesNotContain(winterswijkHousehold.adres());
		}
		// Its own caseload never lists Winterswijk, by page or API.
		String caseload = ApiPages.allAsText(mvc, "/api/v1/huishoudens", Logins.basic("consulent.aalten"));
		assertThat(caseload).contains("GM0197").doesNotContain("GM0294").doesNotContain(id);
		String page = Http.ok(mvc.perform(get("/huishoudens").session(aalten)));
		assertThat(page).doesNotContain(id);
	}

	@Test
	void aCaseManagerCannotRegisterAHouseholdInAnotherMunicipality() throws Exception {
		String body = """
				{"gemeente":"GM0294","adres":"Markt 1","postcode":"7101 AA","aankomstdatum":"2026-01-05",
				 "leden":[{"voornaam":"Sara","achternaam":"Amini","geboortedatum":"1990-02-03","gezinsrol":"INBURGERAAR"}]}""";
		mvc.perform(postJson("/api/v1/huishoudens", body).with(Logins.basic("consulent.aalten")))
			.andExpect(status().isForbidden());
		MockHttpSession aalten = Logins.session(mvc, "consulent.aalten");
		var response = mvc
			.perform(PageForms.registration(aalten, "GM0294", "Markt 1", "7101 AA", "2026-01-05", "Sara", "Amini",
					"1990-02-03"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void rolesWithoutAccessToPersonsAreRefusedEvenInTheirRegion() throws Exception {
		String path = "/api/v1/huishoudens/" + winterswijkHousehold.id();
		for (String username : List.of("beleid", "coordinator", "sleutelpersoon", "partner", "beheerder")) {
			mvc.perform(get(path).with(Logins.basic(username))).andExpect(status().isForbidden());
			mvc.perform(get("/huishoudens").session(Logins.session(mvc, username))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/cijfers/huishoudens-per-gemeente").with(Logins.basic("beleid")))
			.andExpect(status().isOk());
	}

	/**
	 * A body that would be accepted if the caller were allowed, so that only the scope
	 * can refuse it.
	 */
	private static String validBodyFor(String path) {
		if (path.endsWith("/leden")) {
			return """
					{"versie":0,"lid":{"voornaam":"X","achternaam":"Y","geboortedatum":"2000-01-01","gezinsrol":"KIND"}}""";
		}
		String inhoud = """
				{"leerroute":"B1","termijnStart":"2025-03-01","doelen":[{"domein":"WERK","omschrijving":"Werk",
				 "streefdatum":"2026-01-01","stappen":[]}],"activiteiten":[]}""";
		if (path.endsWith("/pip")) {
			return inhoud;
		}
		if (path.endsWith("/pip/concept") || path.endsWith("/pip/herziening")) {
			return "{\"versie\":0,\"inhoud\":" + inhoud + "}";
		}
		if (path.endsWith("/pip/bespreking")) {
			return "{\"versie\":0,\"datum\":\"2025-03-01\",\"visieNieuwkomer\":\"akkoord\"}";
		}
		if (path.endsWith("/ontzorging")) {
			return "{\"vanaf\":\"2025-03-01\",\"tot\":\"2025-09-01\",\"vervolgAfgesproken\":true}";
		}
		if (path.endsWith("/pip/vaststelling")) {
			return "{\"versie\":0,\"datum\":\"2025-03-01\"}";
		}
		if (path.endsWith("/pip/verlenging")) {
			return "{\"versie\":0,\"maanden\":3,\"reden\":\"ziek\",\"datum\":\"2025-06-01\"}";
		}
		if (path.endsWith("/contactmomenten")) {
			return """
					{"datum":"2025-01-01","kanaal":"HUISBEZOEK","vertolking":"GEEN","samenvatting":"Kennismaking"}""";
		}
		if (path.endsWith("/afspraken")) {
			return """
					{"persoon":"%s","soort":"GESPREK","datum":"%s","tijd":"10:00","minuten":45,
					 "plaats":{"soort":"TELEFOON"},"tolk":false,"sleutelpersoon":false}""".formatted(UUID.randomUUID(),
					LocalDate.now().plusDays(3));
		}
		if (path.endsWith("/verzetting")) {
			return "{\"datum\":\"%s\",\"tijd\":\"10:00\",\"minuten\":45,\"versie\":0}"
				.formatted(LocalDate.now().plusDays(3));
		}
		if (path.contains("/afspraken/") && path.endsWith("/annulering")) {
			return "{\"reden\":\"ziek\",\"versie\":0}";
		}
		if (path.endsWith("/afgerond") || path.endsWith("/annulering") || path.endsWith("/intrekking")) {
			return "{\"versie\":0}";
		}
		String club = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes()).toString();
		if (path.endsWith("/grondslagen")) {
			return """
					{"organisatieId":"%s","soort":"TOESTEMMING","doel":"Kennismaken","categorieen":["TALEN"],
					 "wijze":"ONDERTEKEND","gegevenOp":"2025-01-01"}""".formatted(club);
		}
		if (path.endsWith("/doorverwijzingen")) {
			return """
					{"persoonId":"%s","organisatieId":"%s","reden":"Sporten","gedeeld":["TALEN"]}"""
				.formatted(UUID.randomUUID(), club);
		}
		if (path.contains("/doorverwijzingen/") && path.endsWith("/status")) {
			return "{\"versie\":0,\"status\":\"GESTOPT\",\"reden\":\"verhuisd\"}";
		}
		if (path.endsWith("/talent")) {
			return "{\"versie\":0,\"interesses\":[\"sport\"],\"urenPerWeek\":16,\"reisafstandKm\":10}";
		}
		if (path.endsWith("/betrokkenheid")) {
			return "{\"naam\":\"Dokter Jansen\",\"rol\":\"huisarts\",\"sinds\":\"2025-01-01\"}";
		}
		if (path.endsWith("/profiel")) {
			return "{\"versie\":0,\"talen\":[{\"taal\":\"ar\",\"niveau\":\"NATIVE\"}],\"talenten\":\"koken\"}";
		}
		if (path.contains("/afrondingen/")) {
			return "{\"wijze\":\"BEHAALD\",\"datum\":\"2025-01-01\"}";
		}
		if (path.endsWith("/intakes")) {
			return """
					{"datum":"2025-01-01","domeinen":[{"domein":"WERK","score":3}]}""";
		}
		return "{}";
	}

	private static MockHttpServletRequestBuilder request(Endpoint endpoint) {
		return MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
	}

}
