package nl.verbinder.matching;

import static nl.verbinder.Http.postJson;
import static nl.verbinder.Http.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The former dentist in the demo region: ranked toward dental work and recognition,
 * cleaning flagged as underemployment with a dual path; referring to an opportunity needs
 * a basis; candidates for an opportunity come only from the caller's municipality; every
 * read is logged.
 */
@VerbinderIntegrationTest
class MatchingIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor CLUB = Logins.basic("sportclub");

	private static final String DENTIST = "http://data.europa.eu/esco/occupation/e52b5707-7097-4dbc-ac61-054e917da241";

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

	private HouseholdView household(String caseManager, int index) {
		return background.callAs(caseManager,
				() -> inburgering.household(caseload.list(CaseloadFilter.ALL, 60).get(index).id()));
	}

	/**
	 * Makes the first member of a Winterswijk household a former dentist who wants 38
	 * hours in care, up to 50 km.
	 */
	private UUID dentist(int index) throws Exception {
		UUID person = household("consulent.winterswijk", index).members().getFirst().personId();
		long version = read(mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(WINTERSWIJK))).get("versie")
			.asLong();
		mvc.perform(postJson("/api/v1/personen/" + person + "/profiel", """
				{"versie":%d,"talen":[{"taal":"ar","niveau":"NATIVE"},{"taal":"nl","niveau":"A2"}],
				 "opleidingen":[{"niveau":"MASTER","richting":"Tandheelkunde","land":"SY","diploma":true}],
				 "werkervaring":[{"functie":"Tandarts","escoUri":"%s","land":"SY"}],"talenten":"","wensen":""}"""
			.formatted(version, DENTIST)).with(WINTERSWIJK)).andExpect(status().isOk());
		long preferences = read(mvc.perform(get("/api/v1/personen/" + person + "/talent").with(WINTERSWIJK)))
			.get("versie")
			.asLong();
		mvc.perform(postJson("/api/v1/personen/" + person + "/talent",
				"""
						{"versie":%d,"interesses":["zorg"],"urenPerWeek":38,"dagen":[],"reisafstandKm":50}"""
					.formatted(preferences))
			.with(WINTERSWIJK)).andExpect(status().isOk()).andExpect(jsonPath("$.voorkeur.urenPerWeek").value(38));
		return person;
	}

	@Test
	void theFormerDentistIsOfferedDentalWorkAndRecognitionAboveCleaningWhichIsFlagged() throws Exception {
		UUID person = dentist(25);
		JsonNode matches = ApiPages.all(mvc, "/api/v1/personen/" + person + "/kansen", WINTERSWIJK);
		int recognition = -1;
		int assistant = -1;
		int cleaning = -1;
		for (int i = 0; i < matches.size(); i++) {
			String title = matches.get(i).get("kans").get("titel").asString();
			if (recognition < 0 && title.startsWith("Route naar erkenning")) {
				recognition = i;
			}
			if (assistant < 0 && title.toLowerCase().contains("tandartsassistent")) {
				assistant = i;
			}
			if (cleaning < 0 && title.startsWith("Schoonmaker")) {
				cleaning = i;
				assertThat(matches.get(i).get("onderbenut").asBoolean()).isTrue();
				assertThat(matches.get(i).get("duaalTraject").get("titel").asString())
					.startsWith("Route naar erkenning");
				assertThat(matches.get(i).get("redenen").toString()).contains("UNDEREMPLOYMENT");
			}
		}
		assertThat(recognition).isNotNegative();
		assertThat(assistant).isNotNegative();
		assertThat(cleaning).as("cleaning work is offered, lower").isGreaterThan(Math.max(recognition, assistant));
		assertThat(matches.get(recognition).get("onderbenut").asBoolean()).isFalse();
		// The page says it in words.
		var page = mvc
			.perform(get("/huishoudens/" + household("consulent.winterswijk", 25).id() + "/leden/" + person + "/talent")
				.session(Logins.session(mvc, "consulent.winterswijk")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("is hetzelfde beroep als tandarts");
		// The page shows the best 20: the flag and the dual path exactly when one of
		// those has them.
		JsonNode top = read(mvc.perform(get("/api/v1/personen/" + person + "/kansen?pageSize=20").with(WINTERSWIJK)))
			.get("_embedded")
			.get("kansen");
		boolean flagged = false;
		boolean dual = false;
		for (JsonNode m : top) {
			flagged |= m.get("onderbenut").asBoolean();
			dual |= m.hasNonNull("duaalTraject");
		}
		assertThat(html.contains("Ver onder het eigen niveau")).isEqualTo(flagged);
		assertThat(html.contains("Duaal traject")).isEqualTo(dual);
	}

	@Test
	void referringToAnOpportunityNeedsABasisAndCarriesTheOpportunity() throws Exception {
		UUID person = dentist(26);
		HouseholdView h = household("consulent.winterswijk", 26);
		JsonNode kansen = ApiPages.all(mvc, "/api/v1/kansen", WINTERSWIJK);
		String kans = null;
		String organisation = null;
		for (JsonNode k : kansen) {
			if (k.get("titel").asString().startsWith("Route naar erkenning")
					&& k.get("gemeente").asString().equals("GM0294")) {
				kans = k.get("id").asString();
				organisation = k.get("organisatieId").asString();
			}
		}
		assertThat(kans).isNotNull();
		mvc.perform(post("/api/v1/personen/" + person + "/kansen/" + kans + "/doorverwijzing").with(WINTERSWIJK))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("No basis for sharing"));
		mvc.perform(postJson("/api/v1/huishoudens/" + h.id() + "/grondslagen",
				"""
						{"persoonId":"%s","organisatieId":"%s","soort":"TOESTEMMING","doel":"Aanmelden voor de erkenningsroute",
						 "categorieen":["NAAM_EN_ADRES","TALEN","OPLEIDING_EN_WERK"],"wijze":"ONDERTEKEND","gegevenOp":"%s"}"""
					.formatted(person, organisation, LocalDate.now()))
			.with(WINTERSWIJK)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/personen/" + person + "/kansen/" + kans + "/doorverwijzing").with(WINTERSWIJK))
			.andExpect(status().isCreated());
		JsonNode collaboration = read(
				mvc.perform(get("/api/v1/huishoudens/" + h.id() + "/samenwerking").with(WINTERSWIJK)));
		assertThat(collaboration.get("doorverwijzingen").get(0).get("kansId").asString()).isEqualTo(kans);
		assertThat(collaboration.get("doorverwijzingen").get(0).get("gedeeld").toString()).contains("Tandarts");
	}

	@Test
	void candidatesComeOnlyFromTheCallersMunicipalityAndAreLogged() throws Exception {
		JsonNode kansen = ApiPages.all(mvc, "/api/v1/kansen", AALTEN);
		String kans = kansen.get(0).get("id").asString();
		JsonNode candidates = read(
				mvc.perform(get("/api/v1/kansen/" + kans + "/kandidaten").with(AALTEN)).andExpect(status().isOk()))
			.get("_embedded")
			.get("kandidaten");
		assertThat(candidates.size()).isPositive();
		candidates.forEach(c -> assertThat(c.get("gemeente").asString()).isEqualTo("Aalten"));
		String first = candidates.get(0).get("persoonId").asString();
		assertThat(jdbc.sql("""
				select count(*) from access.processing_record where subject_id = ? and activity = 'matching.talent'
				and actor = 'consulent.aalten'""").param(first).query(Long.class).single()).isPositive();
		// Partner workers and key persons see opportunities, never candidates.
		mvc.perform(get("/api/v1/kansen/" + kans).with(CLUB)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/kansen/" + kans + "/kandidaten").with(CLUB)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/kansen/" + kans + "/kandidaten").with(Logins.basic("sleutelpersoon")))
			.andExpect(status().isForbidden());
		// Another municipality's person has no opportunities for Aalten's case manager.
		UUID winterswijker = household("consulent.winterswijk", 5).members().getFirst().personId();
		mvc.perform(get("/api/v1/personen/" + winterswijker + "/kansen").with(AALTEN)).andExpect(status().isNotFound());
	}

	@Test
	void anOpportunityIsCheckedWhenRegistered() throws Exception {
		String club = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes()).toString();
		String body = """
				{"soort":"VRIJWILLIGERSWERK","organisatieId":"%s","titel":"%s","gemeente":"%s","urenPerWeek":4,"plaatsen":2,
				 "nederlands":"A1","beroep":%s,"tags":["sport"]}""";
		mvc.perform(postJson("/api/v1/kansen", body.formatted(club, "Scheidsrechter jeugd", "GM0363", "null"))
			.with(WINTERSWIJK)).andExpect(status().isBadRequest());
		mvc.perform(postJson("/api/v1/kansen",
				body.formatted(club, "Scheidsrechter jeugd", "GM0294",
						"\"http://data.europa.eu/esco/occupation/nope\""))
			.with(WINTERSWIJK))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("ESCO")));
		mvc.perform(
				postJson("/api/v1/kansen", body.formatted(club, "Scheidsrechter jeugd", "GM0294", "null")).with(CLUB))
			.andExpect(status().isForbidden());
		mvc.perform(postJson("/api/v1/kansen", body.formatted(club, "Scheidsrechter jeugd", "GM0294", "null"))
			.with(WINTERSWIJK))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisatie").value("Sportclub Winterswijk"));
		assertThat(ApiPages.all(mvc, "/api/v1/kansen", CLUB).size()).isGreaterThan(140);
	}

}
