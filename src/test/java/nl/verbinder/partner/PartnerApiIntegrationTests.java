package nl.verbinder.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import nl.verbinder.RegionQueries;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import nl.verbinder.access.AccessControl;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import org.assertj.core.api.Assertions;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Sharing needs a basis that holds: a referral without one is refused, withdrawing
 * consent ends the partner's access at once, partners see only what was referred to their
 * own organisation, and every access is in the processing log.
 */
@VerbinderIntegrationTest
class PartnerApiIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor CLUB = Logins.basic("sportclub");

	private static final RequestPostProcessor VWN = Logins.basic("partner");

	private static final UUID SPORTCLUB = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes());

	private static final UUID BAKERY = UUID.nameUUIDFromBytes("organisatie-Bakkerij Achterhoek".getBytes());

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

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A Winterswijk household the demo gave no referral (the demo refers households 5 to
	 * 11).
	 */
	private HouseholdView household(int index) {
		return background.callAs("consulent.winterswijk", () -> {
			var id = caseload.list(CaseloadFilter.ALL, 40).get(index).id();
			return inburgering.household(id);
		});
	}

	private ResultActions consent(RequestPostProcessor who, HouseholdView h, UUID organisation, String categories,
			LocalDate until) throws Exception {
		return mvc.perform(post("/api/v1/huishoudens/" + h.id() + "/grondslagen").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisatieId":"%s","soort":"TOESTEMMING","doel":"Kennismaken met de sportclub",
					 "categorieen":[%s],"wijze":"ONDERTEKEND","gegevenOp":"%s","geldigTot":"%s"}"""
				.formatted(organisation, categories, LocalDate.now().minusDays(1), until)));
	}

	private ResultActions refer(RequestPostProcessor who, HouseholdView h, UUID organisation, String shared)
			throws Exception {
		return mvc.perform(post("/api/v1/huishoudens/" + h.id() + "/doorverwijzingen").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"persoonId":"%s","organisatieId":"%s","reden":"Wil graag voetballen","gedeeld":[%s]}"""
				.formatted(h.members().getFirst().personId(), organisation, shared)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	@Test
	void aReferralWithoutAValidBasisIsRefused() throws Exception {
		HouseholdView h = household(20);
		// No basis at all for the bakery.
		refer(WINTERSWIJK, h, BAKERY, "\"NAAM_EN_ADRES\"").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("No basis for sharing"));
		// Consent that does not cover what would be shared.
		consent(WINTERSWIJK, h, SPORTCLUB, "\"TALEN\"", LocalDate.now().plusMonths(6)).andExpect(status().isCreated());
		refer(WINTERSWIJK, h, SPORTCLUB, "\"NAAM_EN_ADRES\",\"TALEN\"").andExpect(status().isForbidden());
		// Consent that has ended.
		HouseholdView other = household(21);
		mvc.perform(post("/api/v1/huishoudens/" + other.id() + "/grondslagen").with(WINTERSWIJK)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisatieId":"%s","soort":"TOESTEMMING","doel":"Kennismaken","categorieen":["NAAM_EN_ADRES"],
					 "wijze":"ONDERTEKEND","gegevenOp":"%s","geldigTot":"%s"}""".formatted(SPORTCLUB,
					LocalDate.now().minusMonths(3), LocalDate.now().minusDays(1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.geldig").value(false));
		refer(WINTERSWIJK, other, SPORTCLUB, "\"NAAM_EN_ADRES\"").andExpect(status().isForbidden());
		// Verbal consent needs its witness; a legal task needs its name.
		mvc.perform(post("/api/v1/huishoudens/" + h.id() + "/grondslagen").with(WINTERSWIJK)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisatieId":"%s","soort":"TOESTEMMING","doel":"Kennismaken","categorieen":["TALEN"],
					 "wijze":"MONDELING_MET_GETUIGE","gegevenOp":"%s"}""".formatted(SPORTCLUB, LocalDate.now())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("getuige")));
		// Nothing was sent.
		assertThat(countInRegion("select count(*) from partner.doorverwijzing where household_id in (?, ?)",
				h.id().value(), other.id().value()))
			.isZero();
		assertThat(countInRegion("select count(*) from partner.grondslag where household_id in (?, ?)", h.id().value(),
				other.id().value()))
			.isEqualTo(2);
		// A legal task is a basis too.
		mvc.perform(post("/api/v1/huishoudens/" + h.id() + "/grondslagen").with(WINTERSWIJK)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"organisatieId":"%s","soort":"WETTELIJKE_TAAK","doel":"Ontzorgen bij de start",
							 "categorieen":["NAAM_EN_ADRES"],"wettelijkeTaak":"Wet inburgering 2021, art. 16","gegevenOp":"%s"}"""
						.formatted(BAKERY, LocalDate.now())))
			.andExpect(status().isCreated());
		refer(WINTERSWIJK, h, BAKERY, "\"NAAM_EN_ADRES\"").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("VERSTUURD"));
	}

	@Test
	void withdrawingConsentEndsThePartnersAccessAtOnceInApiAndPages() throws Exception {
		HouseholdView h = household(22);
		JsonNode basis = read(
				consent(WINTERSWIJK, h, SPORTCLUB, "\"NAAM_EN_ADRES\",\"TALEN\"", LocalDate.now().plusYears(1))
					.andExpect(status().isCreated()));
		String referral = read(refer(WINTERSWIJK, h, SPORTCLUB, "\"NAAM_EN_ADRES\"").andExpect(status().isCreated()))
			.get("id")
			.asString();
		var session = Logins.session(mvc, "sportclub");
		mvc.perform(get("/api/v1/doorverwijzingen/" + referral).with(CLUB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.gedeeld.NAAM_EN_ADRES[0]")
				.value(h.members().getFirst().voornaam() + " " + h.members().getFirst().achternaam()))
			.andExpect(jsonPath("$.consulent").isNotEmpty());
		assertThat(mvc.perform(get("/doorverwijzingen/" + referral).session(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(ApiPages.allAsText(mvc, "/api/v1/doorverwijzingen", CLUB)).contains(referral);

		mvc.perform(post("/api/v1/huishoudens/" + h.id() + "/grondslagen/" + basis.get("id").asString() + "/intrekking")
			.with(WINTERSWIJK)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0}")).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/doorverwijzingen/" + referral).with(CLUB)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/doorverwijzingen/" + referral + "/status").with(CLUB)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0,\"status\":\"GEACCEPTEERD\"}")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/doorverwijzingen/" + referral).session(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		String inbox = mvc.perform(get("/doorverwijzingen").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inbox).doesNotContain(referral).doesNotContain(h.members().getFirst().achternaam());
		assertThat(ApiPages.allAsText(mvc, "/api/v1/doorverwijzingen", CLUB)).doesNotContain(referral);
		// The case manager sees the referral stopped, with the reason (a reaction after
		// the commit: waited for).
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> mvc.perform(get("/api/v1/huishoudens/" + h.id() + "/samenwerking").with(WINTERSWIJK))
				.andExpect(jsonPath("$.doorverwijzingen[0].status").value("GESTOPT"))
				.andExpect(jsonPath("$.doorverwijzingen[0].statusReden").value("Toestemming ingetrokken"))
				.andExpect(jsonPath("$.grondslagen[0].geldig").value(false)));
		// The reason is stored as a key and said in the reader's language, in the history
		// too.
		mvc.perform(get("/api/v1/huishoudens/" + h.id() + "/samenwerking").with(WINTERSWIJK)
			.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.doorverwijzingen[0].statusReden").value("Consent withdrawn"))
			.andExpect(jsonPath("$.doorverwijzingen[0].stappen[-1].tekst").value("Consent withdrawn"));
		assertThat(countInRegion("select count(*) from partner.doorverwijzing where id = ? and status_reden = ?",
				UUID.fromString(referral), "referral.stop-reason.consent-withdrawn"))
			.isEqualTo(1);
		assertThat(Http.page(mvc, Logins.session(mvc, "consulent.winterswijk"),
				"/huishoudens/" + h.id() + "/samenwerking"))
			.contains("Toestemming ingetrokken")
			.doesNotContain("referral.stop-reason");
	}

	@Test
	void partnersSeeOnlyWhatWasReferredToTheirOwnOrganisationAndEveryAccessIsLogged() throws Exception {
		HouseholdView h = household(23);
		consent(WINTERSWIJK, h, SPORTCLUB, "\"NAAM_EN_ADRES\"", LocalDate.now().plusYears(1))
			.andExpect(status().isCreated());
		String referral = read(refer(WINTERSWIJK, h, SPORTCLUB, "\"NAAM_EN_ADRES\"")).get("id").asString();
		// VluchtelingenWerk's worker does not see the sports club's referral, nor any
		// household.
		mvc.perform(get("/api/v1/doorverwijzingen/" + referral).with(VWN)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/huishoudens/" + h.id()).with(VWN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/huishoudens/" + h.id() + "/samenwerking").with(VWN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/huishoudens").with(CLUB)).andExpect(status().isForbidden());
		JsonNode vwnInbox = ApiPages.all(mvc, "/api/v1/doorverwijzingen", VWN);
		assertThat(vwnInbox.size()).isPositive();
		vwnInbox.forEach(r -> assertThat(r.get("organisatie").asString()).isEqualTo("VluchtelingenWerk Achterhoek"));
		assertThat(vwnInbox.toString()).doesNotContain(referral);
		// A case manager of another municipality does not see it either.
		mvc.perform(get("/api/v1/huishoudens/" + h.id() + "/samenwerking").with(AALTEN))
			.andExpect(status().isNotFound());

		// The club reads, accepts, starts, writes a note: each is logged for the person.
		UUID person = h.members().getFirst().personId();
		long before = logged(person, "READ");
		mvc.perform(get("/api/v1/doorverwijzingen/" + referral).with(CLUB)).andExpect(status().isOk());
		assertThat(logged(person, "READ")).isEqualTo(before + 1);
		step(referral, 0, "GEACCEPTEERD").andExpect(status().isOk());
		step(referral, 1, "GESTART").andExpect(jsonPath("$.status").value("GESTART"));
		mvc.perform(post("/api/v1/doorverwijzingen/" + referral + "/notities").with(CLUB)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tekst\":\"Eerste training gedaan, komt volgende week weer.\"}")).andExpect(status().isOk());
		assertThat(logged(person, "UPDATE")).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from access.processing_record where subject_id = ? and actor = 'sportclub'
				and activity = 'partner.samenwerking'""").param(person.toString()).query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
		// A step out of order is refused and changes nothing.
		step(referral, 2, "AFGEWEZEN").andExpect(status().isBadRequest());

		// The case manager sees the club as involved, and the steps and note in the
		// household's timeline.
		JsonNode collaboration = read(
				mvc.perform(get("/api/v1/huishoudens/" + h.id() + "/samenwerking").with(WINTERSWIJK)));
		assertThat(collaboration.get("betrokkenheden").toString()).contains("Sportclub Winterswijk");
		String timeline = ApiPages.allAsText(mvc, "/api/v1/huishoudens/" + h.id() + "/tijdlijn", WINTERSWIJK);
		assertThat(timeline).contains("REFERRAL").contains("Eerste training gedaan").contains("Sportclub Winterswijk");
	}

	@Autowired
	SocialMap socialMap;

	@Autowired
	Sleutelpersonen sleutelpersonen;

	@Autowired
	AccessControl access;

	@Test
	void onlyAPartnerWorkersAccountWorksForAnOrganisationAndOnlyAKeyPersonsAccountIsAKeyPerson() throws Exception {
		UUID caseManager = background.callAs("consulent.winterswijk", () -> access.currentActor().id().value());
		Assertions
			.assertThatThrownBy(
					() -> background.runAs("coordinator", () -> socialMap.linkWorker(caseManager, SPORTCLUB)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rule.organisation.worker-role");
		UUID keyPerson = background.callAs("coordinator", () -> sleutelpersonen.pool().getFirst().id());
		Assertions
			.assertThatThrownBy(
					() -> background.runAs("coordinator", () -> sleutelpersonen.linkAccount(keyPerson, caseManager)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("rule.key-person.account-role");
		// Registering an organisation outside the region, or an employer without an
		// account manager, is refused.
		mvc.perform(post("/api/v1/organisaties").with(WINTERSWIJK).contentType(MediaType.APPLICATION_JSON).content("""
				{"naam":"Bouwbedrijf Oost","soort":"WERKGEVER","formeel":true,"gemeenten":["GM0294"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("accountmanager")));
		mvc.perform(post("/api/v1/organisaties").with(WINTERSWIJK).contentType(MediaType.APPLICATION_JSON).content("""
				{"naam":"Club Amsterdam","soort":"SPORTCLUB","formeel":true,"gemeenten":["GM0363"]}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/organisaties").with(CLUB).contentType(MediaType.APPLICATION_JSON).content("""
				{"naam":"Club Eigen","soort":"SPORTCLUB","formeel":true,"gemeenten":["GM0294"]}"""))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisaties").with(WINTERSWIJK).contentType(MediaType.APPLICATION_JSON).content("""
				{"naam":"Schaakclub Winterswijk","soort":"SPORTCLUB","formeel":true,"gemeenten":["GM0294"],
				 "aanbod":[{"omschrijving":"Schaakavond op dinsdag","gebieden":["ONTMOETEN"]}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.aanbod[0].gebieden[0]").value("ONTMOETEN"));
	}

	@Test
	void aCaseManagerAddsAnOrganisationOnThePageAndARefusalKeepsWhatWasTyped() throws Exception {
		var session = Logins.session(mvc, "consulent.winterswijk");
		var refused = mvc
			.perform(post("/organisaties").session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("naam", "Moestuin De Kievit")
				.param("soort", "BUURTINITIATIEF")
				.param("informeel", "on")
				.param("aanbod", "Samen tuinieren op zaterdag"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Een organisatie werkt in minstens")
			.contains("value=\"Moestuin De Kievit\"");
		var saved = mvc
			.perform(post("/organisaties").session(session)
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.param("naam", "Moestuin De Kievit")
				.param("soort", "BUURTINITIATIEF")
				.param("informeel", "on")
				.param("gemeente", "GM0294")
				.param("aanbod", "Samen tuinieren op zaterdag")
				.param("gebied", "ONTMOETEN")
				.param("talen", "nl, ar")
				.param("contactNaam", "Jan Klein Gunnewiek"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		List<Boolean> formal = new ArrayList<>();
		ApiPages.all(mvc, "/api/v1/organisaties", VWN).forEach(o -> {
			if (o.get("naam").asString().equals("Moestuin De Kievit")) {
				formal.add(o.get("formeel").asBoolean());
			}
		});
		assertThat(formal).containsExactly(false);
	}

	@Test
	void aReferralNotAcceptedInTimeIsOverdue() throws Exception {
		// The demo recorded, per municipality, one referral sent weeks ago and never
		// answered.
		long overdue = countInRegion(
				"""
						select count(*) from partner.doorverwijzing where status = 'VERSTUURD' and reageren_voor < current_date""");
		assertThat(overdue).isPositive();
		JsonNode inbox = ApiPages.all(mvc, "/api/v1/doorverwijzingen", VWN);
		boolean anyOverdue = false;
		for (JsonNode r : inbox) {
			anyOverdue |= r.get("achterstallig").asBoolean();
		}
		assertThat(anyOverdue).isTrue();
	}

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * Counts rows of tables under row-level security, as a transaction scoped to the
	 * whole region.
	 */
	private long countInRegion(String sql, Object... params) {
		return RegionQueries.count(jdbc, transactions, sql, params);
	}

	private ResultActions step(String referral, long version, String next) throws Exception {
		return mvc.perform(post("/api/v1/doorverwijzingen/" + referral + "/status").with(CLUB)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":%d,\"status\":\"%s\"}".formatted(version, next)));
	}

	private long logged(UUID person, String operation) {
		return jdbc.sql("select count(*) from access.processing_record where subject_id = ? and operation = ?")
			.params(person.toString(), operation)
			.query(Long.class)
			.single();
	}

}
