package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.TestHouseholds;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Collaboration;
import nl.verbinder.partner.Grondslagen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import nl.verbinder.inburgering.HouseholdId;
import org.hamcrest.Matchers;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newcomer's way in and what they may see: a case manager invites, the newcomer
 * activates with the code and logs in; a newcomer sees only their own file, gets 403 or
 * 404 on every staff page and API path and on other households' data; guessing codes is
 * throttled; and every portal read is in the processing log.
 */
@VerbinderIntegrationTest
class PortalIntegrationTests {

	private static final String PASSWORD = "een lange zin om te onthouden";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Grondslagen grondslagen;

	@Autowired
	Collaboration collaboration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * A new household in Aalten with a mother and a child, registered by the case
	 * manager.
	 */
	private HouseholdView newHousehold(String voornaam) {
		return TestHouseholds.motherAndChild(background, inburgering, voornaam);
	}

	private record Invited(String code, String username, UUID invitation) {
	}

	private Invited invite(HouseholdView household, UUID person) throws Exception {
		var json = Http.read(TestHouseholds.inviteInArabic(mvc, household, person));
		assertThat(json.get("activeringsUrl").asString()).contains("/portaal/activeren?code=");
		return new Invited(json.get("code").asString(), json.get("gebruikersnaam").asString(),
				UUID.fromString(json.get("id").asString()));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletResponse activate(String code, String address) throws Exception {
		return mvc
			.perform(post("/portaal/activeren").with(csrf())
				.with(from(address))
				.param("code", code)
				.param("wachtwoord", PASSWORD)
				.param("herhaling", PASSWORD))
			.andReturn()
			.getResponse();
	}

	private MockHttpSession portalSession(String username, String password) throws Exception {
		var result = mvc.perform(formLogin("/portaal/inloggen").user(username).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/portaal/welkom");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	@Test
	void aCaseManagerInvitesTheNewcomerActivatesWithTheCodeAndLogsIn() throws Exception {
		HouseholdView household = newHousehold("Rahel");
		UUID mother = household.members().getFirst().personId();
		// The letter from the household's portal page: the code once, a QR code, both
		// languages.
		MockHttpSession caseManager = Logins.session(mvc, "consulent.aalten");
		mvc.perform(get("/huishoudens/" + household.id() + "/portaal").session(caseManager))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Rahel")));
		String letter = Http.ok(mvc.perform(post("/huishoudens/" + household.id() + "/portaal").session(caseManager)
			.with(csrf())
			.param("persoon", mother.toString())
			.param("taal", "ti")));
		assertThat(letter).contains("data:image/svg+xml;base64,", "lang=\"ti\"", "lang=\"nl\"",
				"/portaal/activeren?code=");
		// A minor gets no invitation of their own.
		String refused = Http.ok(mvc.perform(post("/huishoudens/" + household.id() + "/portaal").session(caseManager)
			.with(csrf())
			.param("persoon", household.members().get(1).personId().toString())
			.param("taal", "ar")));
		assertThat(refused).contains("data-testid=\"invitation-error\"");

		// A new invitation through the API revokes the letter's.
		Invited invited = invite(household, mother);
		assertThat(jdbc.sql("select count(*) from portal.invitation where person_id = ? and revoked_at is null")
			.param(mother)
			.query(Long.class)
			.single()).isEqualTo(1);
		var response = activate(invited.code(), "10.1.0.1");
		assertThat(response.getRedirectedUrl()).endsWith("/portaal/inloggen");
		// The code is stored only as a hash, and works once.
		assertThat(jdbc.sql("select count(*) from portal.invitation where code_hash = ?")
			.param(invited.code())
			.query(Long.class)
			.single()).isZero();
		assertThat(activate(invited.code(), "10.1.0.1").getContentAsString())
			.contains("data-testid=\"activation-error\"");

		MockHttpSession newcomer = portalSession(invited.username(), PASSWORD);
		// Where login leads: the language kept with the person becomes the browser's.
		var language = mvc.perform(get("/portaal/welkom").session(newcomer))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("verbinder-lang");
		assertThat(language).isNotNull();
		String home = Http.ok(mvc.perform(get("/portaal/mijn").session(newcomer).cookie(language)));
		// The language of the letter is kept with the person: Arabic, right to left.
		assertThat(home).contains("Rahel", "KindRahel", "dir=\"rtl\"", "lang=\"ar\"");
		for (String page : List.of("/portaal/plan", "/portaal/contacten", "/portaal/toestemming", "/portaal")) {
			mvc.perform(get(page).session(newcomer)).andExpect(status().isOk());
		}
		// The chosen language is kept per person.
		mvc.perform(post("/portaal/taal").session(newcomer).with(csrf()).param("taal", "so"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select language from portal.newcomer where person_id = ?")
			.param(mother)
			.query(String.class)
			.single()).isEqualTo("so");
	}

	@Test
	void aRevokedInvitationsCodeNoLongerWorks() throws Exception {
		HouseholdView household = newHousehold("Hawa");
		Invited invited = invite(household, household.members().getFirst().personId());
		mvc.perform(post("/api/v1/portaaluitnodigingen/" + invited.invitation() + "/intrekking")
			.with(httpBasic("consulent.aalten", Logins.DEMO_PASSWORD))).andExpect(status().isNoContent());
		assertThat(activate(invited.code(), "10.1.0.2").getContentAsString())
			.contains("data-testid=\"activation-error\"");
		// Another municipality's case manager cannot revoke (or see) it.
		mvc.perform(post("/api/v1/portaaluitnodigingen/" + invited.invitation() + "/intrekking")
			.with(httpBasic("consulent.winterswijk", Logins.DEMO_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void guessingCodesIsThrottledPerAddress() throws Exception {
		HouseholdView household = newHousehold("Semira");
		Invited invited = invite(household, household.members().getFirst().personId());
		for (int i = 0; i < ActivationThrottle.FREE_ATTEMPTS + 1; i++) {
			assertThat(activate("AAAA-BBBB-CCC" + ALPHABET_CHAR(i), "10.66.0.1").getContentAsString())
				.contains("data-testid=\"activation-error\"");
		}
		// Now even the right code is refused from that address, without being used up.
		String throttled = activate(invited.code(), "10.66.0.1").getContentAsString();
		assertThat(throttled).contains("data-testid=\"activation-error\"");
		assertThat(jdbc.sql("select count(*) from portal.invitation where id = ? and activated_at is null")
			.param(invited.invitation())
			.query(Long.class)
			.single()).isEqualTo(1);
		// Another address is not held up by it.
		assertThat(activate(invited.code(), "10.67.0.1").getRedirectedUrl()).endsWith("/portaal/inloggen");
	}

	private static String ALPHABET_CHAR(int i) {
		return String.valueOf(ActivationCode.ALPHABET.charAt(i));
	}

	@Test
	void aNewcomerSeesOnlyTheirOwnFamilyAndEveryReadIsLogged() throws Exception {
		String amina = Http.ok(mvc.perform(get("/api/v1/portaal/mij").with(httpBasic("amina", Logins.DEMO_PASSWORD))));
		assertThat(amina).contains("Amina", "Omar", "Lina");
		String tesfay = Http
			.ok(mvc.perform(get("/api/v1/portaal/mij").with(httpBasic("tesfay", Logins.DEMO_PASSWORD))));
		assertThat(tesfay).contains("Tesfay").doesNotContain("Amina");
		String plan = Http.ok(mvc.perform(get("/api/v1/portaal/plan").with(httpBasic("tesfay", Logins.DEMO_PASSWORD))));
		assertThat(JSON.readTree(plan).get("teBespreken").asBoolean()).isTrue();
		assertThat(JSON.readTree(plan).get("geldend").get("leerroute").asString()).isEqualTo("ONDERWIJS");
		mvc.perform(get("/api/v1/portaal/contacten").with(httpBasic("amina", Logins.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("VluchtelingenWerk")));

		UUID aminaPerson = jdbc.sql(
				"select person_id from portal.newcomer n join access.account a on a.id = n.account_id where a.username = 'amina'")
			.query(UUID.class)
			.single();
		long reads = jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'portal.inzage' and actor = 'amina' and actor_role = 'NEWCOMER' and operation = 'READ'
				  and subject_type = 'person' and subject_id = ?""")
			.param(aminaPerson.toString())
			.query(Long.class)
			.single();
		assertThat(reads).isPositive();
	}

	@Test
	void aNewcomerWithdrawsTheirOwnConsentButNoOneElses() throws Exception {
		HouseholdView household = newHousehold("Meron");
		UUID mother = household.members().getFirst().personId();
		UUID club = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes());
		var basis = background.callAs("consulent.aalten",
				() -> grondslagen.recordBasis(household.id(),
						new Grondslagen.NewBasis(mother, club, Grondslag.Soort.TOESTEMMING, "Sporten bij de club",
								EnumSet.of(Gegevenscategorie.TALEN), Grondslag.Wijze.ONDERTEKEND, null, null,
								LocalDate.now(), null)));
		Invited invited = invite(household, mother);
		activate(invited.code(), "10.1.0.3");
		// Someone else's basis: not found for this newcomer, and unchanged.
		HouseholdView other = newHousehold("Selam");
		var othersBasis = background.callAs("consulent.aalten",
				() -> grondslagen.recordBasis(other.id(),
						new Grondslagen.NewBasis(null, club, Grondslag.Soort.TOESTEMMING, "Sporten bij de club",
								EnumSet.of(Gegevenscategorie.TALEN), Grondslag.Wijze.ONDERTEKEND, null, null,
								LocalDate.now(), null)));
		mvc.perform(post("/api/v1/portaal/toestemmingen/" + othersBasis.grondslag().id() + "/intrekking")
			.with(httpBasic(invited.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0}")).andExpect(status().isNotFound());
		String consents = Http
			.ok(mvc.perform(get("/api/v1/portaal/toestemmingen").with(httpBasic(invited.username(), PASSWORD))));
		assertThat(consents).contains(basis.grondslag().id().toString())
			.contains("\"gegevenOp\"")
			.doesNotContain(othersBasis.grondslag().id().toString());
		mvc.perform(post("/api/v1/portaal/toestemmingen/" + basis.grondslag().id() + "/intrekking")
			.with(httpBasic(invited.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0}")).andExpect(status().isNoContent());
		var after = background.callAs("consulent.aalten", () -> collaboration.household(household.id())).grondslagen();
		assertThat(after).singleElement().satisfies(b -> assertThat(b.geldig()).isFalse());
		var othersAfter = background.callAs("consulent.aalten", () -> collaboration.household(other.id()))
			.grondslagen();
		assertThat(othersAfter).singleElement().satisfies(b -> assertThat(b.geldig()).isTrue());
	}

	@Test
	void aNewcomerGets403Or404OnEveryStaffPageAndApiPath() throws Exception {
		MockHttpSession amina = portalSession("amina", Logins.DEMO_PASSWORD);
		Set<String> open = Set.of("/login", "/over", "/error", "/api/v1/openapi.json", "/api/v1", "/api/v1/",
				"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/v3/api-docs/{group}");
		List<String> checked = new ArrayList<>();
		for (var info : mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (open.contains(pattern) || pattern.startsWith("/portaal")
						|| pattern.startsWith("/api/v1/portaal/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				for (RequestMethod method : methods) {
					var request = method == RequestMethod.POST ? post(path) : get(path);
					int status = path.startsWith("/api/")
							? mvc
								.perform(request.with(httpBasic("amina", Logins.DEMO_PASSWORD))
									.contentType(MediaType.APPLICATION_JSON)
									.content("{}"))
								.andReturn()
								.getResponse()
								.getStatus()
							: mvc.perform(request.session(amina).with(csrf())).andReturn().getResponse().getStatus();
					assertThat(status).as(method + " " + pattern).isIn(403, 404);
					checked.add(method + " " + pattern);
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(50);
		// And staff do not reach the portal's own pages or API.
		mvc.perform(get("/portaal/mijn").session(Logins.session(mvc, "consulent.doetinchem")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/portaal/mij").with(httpBasic("consulent.doetinchem", Logins.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCaseManagerSeesTheNewcomersPortalPagesNeverWithoutAnAccount() throws Exception {
		mvc.perform(get("/portaal/mijn")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/portaal/mij")).andExpect(status().isUnauthorized());
		mvc.perform(get("/portaal")).andExpect(status().isOk());
		mvc.perform(get("/portaal/activeren")).andExpect(status().isOk());
		mvc.perform(get("/portaal/inloggen")).andExpect(status().isOk());
		var unused = HttpMethod.GET;
	}

	@Test
	void aNewcomerAsksTheCaseManagerAnswersFromTheInboxAndAttachmentsAreRefused() throws Exception {
		HouseholdView household = newHousehold("Saba");
		UUID mother = household.members().getFirst().personId();
		Invited invited = invite(household, mother);
		activate(invited.code(), "10.1.0.4");
		mvc.perform(post("/api/v1/portaal/vragen").with(httpBasic(invited.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tekst\":\"متى يبدأ درس اللغة؟\"}")).andExpect(status().isCreated());
		// A file is refused with the reason; nothing is stored.
		MockHttpSession newcomer = portalSession(invited.username(), PASSWORD);
		String refused = Http.ok(mvc.perform(MockMvcRequestBuilders.multipart("/portaal/vragen")
			.file(new MockMultipartFile("bijlage", "brief.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
			.param("vraag", "Zie de brief")
			.session(newcomer)
			.with(csrf())));
		assertThat(refused).contains("data-testid=\"question-error\"", "Zie de brief");
		assertThat(jdbc.sql("select count(*) from portal.message where person_id = ?")
			.param(mother)
			.query(Long.class)
			.single()).isEqualTo(1);

		// The household's case manager (the demo's case manager of Aalten) sees it in the
		// inbox and answers.
		MockHttpSession caseManager = Logins.session(mvc, "consulent.aalten");
		mvc.perform(get("/vragen").session(caseManager))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/vragen/" + mother)));
		mvc.perform(get("/vragen/" + mother).session(Logins.session(mvc, "consulent.winterswijk")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/vragen/" + mother).session(caseManager))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("متى يبدأ درس اللغة؟")));
		mvc.perform(post("/vragen/" + mother).session(caseManager).with(csrf()).param("antwoord", "Maandag om 9 uur."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/vragen").session(caseManager))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("/vragen/" + mother))));
		String thread = Http
			.ok(mvc.perform(get("/api/v1/portaal/vragen").with(httpBasic(invited.username(), PASSWORD))));
		assertThat(thread).contains("Maandag om 9 uur.");
	}

	@Test
	void aNewcomerSeesTheKeyPersonWhoAcceptedARequestForTheHousehold() throws Exception {
		var found = new TransactionTemplate(transactions).execute(t -> {
			jdbc.sql(
					"select set_config('verbinder.gemeenten', 'GM0197,GM1859,GM1876,GM0222,GM1955,GM1586,GM1509,GM0294', true)")
				.query()
				.singleValue();
			return jdbc.sql("""
					select v.household_id, s.gegevens ->> 'voornaam' as voornaam, a.username
					from sleutelpersoon.verzoek v
					join sleutelpersoon.sleutelpersoon s on s.id = v.toegewezen_aan
					join inburgering.household h on h.id = v.household_id
					join access.account a on a.id = h.case_manager_id
					where v.status = 'GEACCEPTEERD' and (v.tot is null or v.tot >= current_date)
					order by v.aangevraagd_op limit 1""").query().singleRow();
		});
		String caseManager = (String) found.get("username");
		var household = background.callAs(caseManager,
				() -> inburgering.household(new HouseholdId((UUID) found.get("household_id"))));
		UUID adult = household.members()
			.stream()
			.filter(m -> m.geboortedatum().isBefore(LocalDate.now().minusYears(18)))
			.findFirst()
			.orElseThrow()
			.personId();
		String body = mvc
			.perform(post("/api/v1/portaaluitnodigingen").with(httpBasic(caseManager, Logins.DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"huishoudenId\":\"%s\",\"persoonId\":\"%s\",\"taal\":\"fa\"}".formatted(household.id(),
						adult)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var json = JSON.readTree(body);
		activate(json.get("code").asString(), "10.1.0.5");
		String contacts = Http.ok(mvc.perform(
				get("/api/v1/portaal/contacten").with(httpBasic(json.get("gebruikersnaam").asString(), PASSWORD))));
		assertThat(JSON.readTree(contacts).get("sleutelpersonen").toString()).contains((String) found.get("voornaam"));
	}

}
