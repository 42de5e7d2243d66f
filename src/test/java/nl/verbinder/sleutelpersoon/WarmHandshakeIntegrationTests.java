package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warm handshake: once a key person accepted a home visit, they see the household's
 * address and how to reach the case manager, for as long as the task lasts (and that read
 * is in the processing log); the case manager's request list says who accepted.
 */
@VerbinderIntegrationTest
class WarmHandshakeIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	private static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	private static final RequestPostProcessor KEY_PERSON = Logins.basic("sleutelpersoon");

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
		String id = json.readTree(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"HUISBEZOEK","talen":["ti"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG","gemeente":"GM0294",
							 "wijk":"Woold","van":"%s","tot":"%s","minuten":60,"urgentie":"NORMAAL","huishoudenId":"%s",
							 "doel":"Kennismaking en uitleg over de huisarts"}"""
						.formatted(from, from.plusDays(5), household.id()))
				.with(WINTERSWIJK))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(
				postJson("/api/v1/verzoeken/" + id + "/aanbod", "{\"sleutelpersoon\":\"" + YONAS + "\",\"versie\":0}")
					.with(COORDINATOR))
			.andExpect(status().isOk());

		MockHttpSession keyPerson = Logins.session(mvc, "sleutelpersoon");
		String offered = mvc.perform(get("/mijn-verzoeken?lang=nl").session(keyPerson))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(offered).doesNotContain(household.adres());

		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + id + "/acceptatie", "{\"versie\":1}").with(KEY_PERSON))
			.andExpect(status().isOk());
		long logged = jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'sleutelpersoon.inzet' and operation = 'READ' and actor = 'sleutelpersoon'
				  and subject_id = ?""").param(household.id().toString()).query(Long.class).single();
		String accepted = mvc.perform(get("/mijn-verzoeken?lang=nl").session(keyPerson))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(accepted).contains(household.adres()).contains(household.postcode());
		String caseManager = accounts.displayName(new AccountId(household.caseManagerId())).orElseThrow();
		assertThat(accepted).contains(caseManager).containsPattern("href=\"tel:[0-9+]+\"");
		assertThat(jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'sleutelpersoon.inzet' and operation = 'READ' and actor = 'sleutelpersoon'
				  and subject_id = ?""").param(household.id().toString()).query(Long.class).single())
			.isGreaterThan(logged);

		String requests = mvc.perform(get("/verzoeken").session(Logins.session(mvc, "consulent.winterswijk")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(requests).contains("Geaccepteerd door Yonas Tekle");

		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + id + "/verslag",
				"{\"versie\":2,\"datum\":\"%s\",\"minuten\":60,\"km\":8}".formatted(LocalDate.now()))
			.with(KEY_PERSON)).andExpect(status().isOk());
		String done = mvc.perform(get("/mijn-verzoeken?lang=nl").session(keyPerson))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).doesNotContain(household.adres());
	}

}
