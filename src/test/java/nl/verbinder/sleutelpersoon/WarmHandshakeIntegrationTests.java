package nl.verbinder.sleutelpersoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warm handshake: once a key person accepted a home visit, they see the household's address and how
 * to reach the case manager, for as long as the task lasts (and that read is in the processing log); the
 * case manager's request list says who accepted.
 */
@VerbinderIntegrationTest
class WarmHandshakeIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = httpBasic("consulent.winterswijk", Logins.DEMO_PASSWORD);
	private static final RequestPostProcessor COORDINATOR = httpBasic("coordinator", Logins.DEMO_PASSWORD);
	private static final RequestPostProcessor KEY_PERSON = httpBasic("sleutelpersoon", Logins.DEMO_PASSWORD);

	private static final UUID YONAS = UUID.nameUUIDFromBytes("sleutelpersoon-0".getBytes());

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
	AccountAdministration accounts;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void afterAcceptingAHomeVisitTheKeyPersonSeesTheAddressAndTheCaseManagerUntilItIsDone() throws Exception {
		HouseholdView household = background.callAs("consulent.winterswijk",
				() -> inburgering.household(caseload.list(CaseloadFilter.ALL, 40).get(24).id()));
		LocalDate from = LocalDate.now().minusDays(1);
		String id = json.readTree(mvc.perform(post("/api/v1/verzoeken").with(WINTERSWIJK)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"soort":"HUISBEZOEK","talen":["ti"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG","gemeente":"GM0294",
					 "wijk":"Woold","van":"%s","tot":"%s","minuten":60,"urgentie":"NORMAAL","householdId":"%s",
					 "doel":"Kennismaking en uitleg over de huisarts"}""".formatted(from, from.plusDays(5), household.id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(post("/api/v1/verzoeken/" + id + "/aanbod").with(COORDINATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sleutelpersoon\":\"" + YONAS + "\",\"versie\":0}")).andExpect(status().isOk());

		MockHttpSession keyPerson = Logins.session(mvc, "sleutelpersoon");
		String offered = mvc.perform(get("/mijn-verzoeken?lang=nl").session(keyPerson)).andReturn().getResponse().getContentAsString();
		assertThat(offered).doesNotContain(household.adres());

		mvc.perform(post("/api/v1/mijn-verzoeken/" + id + "/acceptatie").with(KEY_PERSON)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":1}")).andExpect(status().isOk());
		long logged = jdbc.sql("""
				select count(*) from access.processing_log
				where activity = 'sleutelpersoon.inzet' and operation = 'READ' and actor = 'sleutelpersoon'
				  and subject_id = ?""").param(household.id().toString()).query(Long.class).single();
		String accepted = mvc.perform(get("/mijn-verzoeken?lang=nl").session(keyPerson)).andReturn().getResponse().getContentAsString();
		assertThat(accepted).contains(household.adres()).contains(household.postcode());
		String caseManager = accounts.displayName(new AccountId(household.caseManagerId())).orElseThrow();
		assertThat(accepted).contains(caseManager).containsPattern("href=\"tel:[0-9+]+\"");
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where activity = 'sleutelpersoon.inzet' and operation = 'READ' and actor = 'sleutelpersoon'
				  and subject_id = ?""").param(household.id().toString()).query(Long.class).single())
			.isGreaterThan(logged);

		String requests = mvc.perform(get("/verzoeken").session(Logins.session(mvc, "consulent.winterswijk")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(requests).contains("Geaccepteerd door Yonas Tekle");

		mvc.perform(post("/api/v1/mijn-verzoeken/" + id + "/verslag").with(KEY_PERSON)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":2,\"datum\":\"%s\",\"minuten\":60,\"km\":8}".formatted(LocalDate.now())))
			.andExpect(status().isOk());
		String done = mvc.perform(get("/mijn-verzoeken?lang=nl").session(keyPerson)).andReturn().getResponse().getContentAsString();
		assertThat(done).doesNotContain(household.adres());
	}
}
