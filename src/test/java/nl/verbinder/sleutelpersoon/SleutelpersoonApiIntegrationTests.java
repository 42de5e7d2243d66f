package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.postJson;
import static nl.verbinder.Http.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.inburgering.Inburgering;
import org.assertj.core.data.Offset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case manager asks for a Tigrinya-speaking key person for a home visit; the
 * coordinator ranks the candidates and assigns one. Who may do what, what conflicts, and
 * what is refused.
 */
@VerbinderIntegrationTest
class SleutelpersoonApiIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final RequestPostProcessor MONTFERLAND = Logins.basic("consulent.montferland");

	private static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	private static final RequestPostProcessor KEY_PERSON = Logins.basic("sleutelpersoon");

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

	private String requestBody(String gemeente, String language, String household, int minutes) {
		LocalDate from = LocalDate.now().plusDays(2);
		return """
				{"soort":"HUISBEZOEK","talen":["%s"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG","gemeente":"%s",
				 "wijk":"Woold","van":"%s","tot":"%s","minuten":%d,"urgentie":"HOOG",%s
				 "doel":"Kennismaking; uitleg over de huisarts"}""".formatted(language, gemeente, from,
				from.plusDays(4), minutes, household == null ? "" : "\"huishoudenId\":\"" + household + "\",");
	}

	private ResultActions ask(RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(postJson("/api/v1/verzoeken", body).with(who));
	}

	private static int minutesIn(JsonNode hours, String month) {
		for (JsonNode m : hours.get("_embedded").get("maanden")) {
			if (m.get("maand").asString().equals(month)) {
				return m.get("minuten").asInt();
			}
		}
		return 0;
	}

	@Test
	void aCaseManagerAsksTheCoordinatorRanksAndAssignsATigrinyaSpeaker() throws Exception {
		String household = background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 1))
			.getFirst()
			.id()
			.toString();
		JsonNode created = read(
				ask(WINTERSWIJK, requestBody("GM0294", "ti", household, 90)).andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("OPEN"))
					.andExpect(jsonPath("$.versie").value(0)));
		String id = created.get("id").asString();

		// The case manager asks; only the coordinator sees the pool and the candidates.
		mvc.perform(get("/api/v1/verzoeken/" + id + "/kandidaten").with(WINTERSWIJK)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/sleutelpersonen").with(KEY_PERSON)).andExpect(status().isForbidden());
		JsonNode ranking = read(mvc.perform(get("/api/v1/verzoeken/" + id + "/kandidaten").with(COORDINATOR))
			.andExpect(status().isOk()));
		JsonNode best = ranking.get("kandidaten").get(0);
		assertThat(best.get("taal").asString()).isEqualTo("ti");
		assertThat(best.get("naam").asString()).isEqualTo("Yonas Tekle"); // lives in
																			// Winterswijk,
																			// mother
																			// tongue
		double parts = 0;
		for (JsonNode part : best.get("onderdelen")) {
			parts += part.asDouble();
		}
		assertThat(parts).isCloseTo(best.get("score").asDouble(), Offset.offset(0.1));
		assertThat(ranking.get("uitgesloten").toString()).contains("LANGUAGE")
			.contains("\"naam\":\"Selam Ghebre\",\"reden\":\"TOO_FAR\"");

		mvc.perform(postJson("/api/v1/verzoeken/" + id + "/aanbod",
				"{\"sleutelpersoon\":\"" + best.get("sleutelpersoon").asString() + "\",\"versie\":0}")
			.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AANGEBODEN"))
			.andExpect(jsonPath("$.versie").value(1));
		// A second coordinator who still had version 0 open: conflict, not a silent
		// reassignment.
		mvc.perform(postJson("/api/v1/verzoeken/" + id + "/aanbod", "{\"sleutelpersoon\":\""
				+ ranking.get("kandidaten").get(1).get("sleutelpersoon").asString() + "\",\"versie\":0}")
			.with(COORDINATOR)).andExpect(status().isConflict());

		// Aalten does not see Winterswijk's request; Winterswijk does.
		assertThat(mvc.perform(get("/api/v1/verzoeken").with(AALTEN)).andReturn().getResponse().getContentAsString())
			.doesNotContain(id);
		assertThat(
				mvc.perform(get("/api/v1/verzoeken").with(WINTERSWIJK)).andReturn().getResponse().getContentAsString())
			.contains(id);
		// Reading the candidates is processing of the key persons' data, and the request
		// concerns the household.
		assertThat(jdbc
			.sql("select count(*) from access.processing_log where subject_type = 'sleutelpersoon' and subject_id = ?")
			.param(best.get("sleutelpersoon").asString())
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc
			.sql("select count(*) from access.processing_log where subject_type = 'household' and subject_id = ?")
			.param(household)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theKeyPersonAcceptsReportsAndSeesTheirHoursAndOnlyTheirOwnRequests() throws Exception {
		UUID yonas = UUID.nameUUIDFromBytes("sleutelpersoon-0".getBytes()); // the demo
																			// account
																			// "sleutelpersoon"
		String household = background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 3))
			.get(2)
			.id()
			.toString();
		String id = read(ask(WINTERSWIJK, requestBody("GM0294", "ti", household, 60))).get("id").asString();
		mvc.perform(
				postJson("/api/v1/verzoeken/" + id + "/aanbod", "{\"sleutelpersoon\":\"" + yonas + "\",\"versie\":0}")
					.with(COORDINATOR))
			.andExpect(status().isOk());

		// The key person sees the offer with only what the task needs: a first name, the
		// neighbourhood, the purpose.
		JsonNode mine = ApiPages.all(mvc, "/api/v1/mijn-verzoeken", KEY_PERSON);
		JsonNode offer = null;
		for (JsonNode r : mine) {
			if (r.get("id").asString().equals(id)) {
				offer = r;
			}
		}
		assertThat(offer).isNotNull();
		assertThat(offer.get("status").asString()).isEqualTo("AANGEBODEN");
		assertThat(offer.get("contactVoornaam").asString()).isNotBlank();
		assertThat(offer.has("huishoudenId")).isFalse();
		assertThat(mine.toString()).doesNotContain("aangevraagdDoor");

		String path = "/api/v1/mijn-verzoeken/" + id;
		mvc.perform(postJson(path + "/verslag",
				"{\"versie\":1,\"datum\":\"%s\",\"minuten\":70,\"km\":12}".formatted(LocalDate.now()))
			.with(KEY_PERSON)).andExpect(status().isBadRequest()); // not accepted yet
		mvc.perform(postJson(path + "/acceptatie", "{\"versie\":1}").with(KEY_PERSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GEACCEPTEERD"));
		mvc.perform(postJson(path + "/acceptatie", "{\"versie\":1}").with(KEY_PERSON)).andExpect(status().isConflict());
		// The visit is in the future; a report is about work done.
		mvc.perform(postJson(path + "/verslag",
				"{\"versie\":2,\"datum\":\"%s\",\"minuten\":70,\"km\":12}".formatted(LocalDate.now().plusDays(3)))
			.with(KEY_PERSON)).andExpect(status().isBadRequest());
		// Other requests are not the key person's: not found.
		String other = read(ask(WINTERSWIJK, requestBody("GM0294", "ar", null, 60))).get("id").asString();
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + other + "/acceptatie", "{\"versie\":0}").with(KEY_PERSON))
			.andExpect(status().isNotFound());
		// Nor may a key person reach households or the pool.
		mvc.perform(get("/api/v1/huishoudens/" + household).with(KEY_PERSON)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/verzoeken").with(KEY_PERSON)).andExpect(status().isForbidden());
		// A visit earlier this week: accepted, then reported; the contact's first name is
		// no longer shown.
		LocalDate today = LocalDate.now();
		String past = read(ask(WINTERSWIJK, requestBody("GM0294", "ti", household, 60)
			.replace("\"van\":\"" + today.plusDays(2), "\"van\":\"" + today.minusDays(3)))).get("id").asString();
		mvc.perform(
				postJson("/api/v1/verzoeken/" + past + "/aanbod", "{\"sleutelpersoon\":\"" + yonas + "\",\"versie\":0}")
					.with(COORDINATOR))
			.andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + past + "/acceptatie", "{\"versie\":1}").with(KEY_PERSON))
			.andExpect(status().isOk());
		JsonNode before = read(
				mvc.perform(get("/api/v1/mijn-uren?pageSize=100").with(KEY_PERSON)).andExpect(status().isOk()));
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + past + "/verslag",
				"{\"versie\":2,\"datum\":\"%s\",\"minuten\":70,\"km\":12,\"tekst\":\"Uitleg over de huisarts\"}"
					.formatted(today))
			.with(KEY_PERSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AFGEROND"))
			.andExpect(jsonPath("$.contactVoornaam").doesNotExist());
		JsonNode after = read(
				mvc.perform(get("/api/v1/mijn-uren?pageSize=100").with(KEY_PERSON)).andExpect(status().isOk()));
		String month = today.withDayOfMonth(1).toString();
		assertThat(minutesIn(after, month) - minutesIn(before, month)).isEqualTo(70);
	}

	@Test
	void aDeclinedOfferIsOpenAgainAndNotOfferedToTheSameKeyPerson() throws Exception {
		UUID yonas = UUID.nameUUIDFromBytes("sleutelpersoon-0".getBytes());
		String id = read(ask(WINTERSWIJK, requestBody("GM0294", "ti", null, 45))).get("id").asString();
		mvc.perform(
				postJson("/api/v1/verzoeken/" + id + "/aanbod", "{\"sleutelpersoon\":\"" + yonas + "\",\"versie\":0}")
					.with(COORDINATOR))
			.andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + id + "/weigering", "{\"versie\":1}").with(KEY_PERSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		JsonNode ranking = read(mvc.perform(get("/api/v1/verzoeken/" + id + "/kandidaten").with(COORDINATOR)));
		assertThat(ranking.get("uitgesloten").toString()).contains("\"naam\":\"Yonas Tekle\",\"reden\":\"DECLINED\"");
		assertThat(ranking.get("kandidaten").toString()).doesNotContain("Yonas Tekle");
	}

	@Test
	void theCoordinatorSeesDemandSupplyLoadAndVogsToRenew() throws Exception {
		ask(MONTFERLAND, requestBody("GM1955", "am", null, 60)).andExpect(status().isCreated());
		JsonNode overview = read(
				mvc.perform(get("/api/v1/sleutelpersonen/overzicht").with(COORDINATOR)).andExpect(status().isOk()));
		JsonNode amharic = null;
		for (JsonNode d : overview.get("aanbod")) {
			if (d.get("gemeente").asString().equals("GM1955") && d.get("taal").asString().equals("am")) {
				amharic = d;
			}
		}
		assertThat(amharic).isNotNull();
		assertThat(amharic.get("sleutelpersonen").asInt()).isZero(); // recruitment needed
		assertThat(overview.get("vogVerlooptBinnenkort").toString()).contains("Farid Karimi"); // the
																								// expired
																								// VOG
		assertThat(overview.get("belasting").size()).isGreaterThan(15);
		mvc.perform(get("/api/v1/sleutelpersonen/overzicht").with(WINTERSWIJK)).andExpect(status().isForbidden());
	}

	@Test
	void theCoordinatorGetsAnOptimalWeekProposalAndAppliesIt() throws Exception {
		LocalDate monday = LocalDate.now().plusWeeks(8).with(DayOfWeek.MONDAY); // a week
																				// with no
																				// demo
																				// requests
		for (String language : new String[] { "ti", "ar", "fa-AF", "hy" }) {
			String body = requestBody("GM0222", language, null, 60)
				.replace("\"van\":\"" + LocalDate.now().plusDays(2), "\"van\":\"" + monday)
				.replace("\"tot\":\"" + LocalDate.now().plusDays(6), "\"tot\":\"" + monday.plusDays(4));
			ask(COORDINATOR, body).andExpect(status().isCreated());
		}
		mvc.perform(get("/api/v1/verzoeken/weekvoorstel?dag=" + monday).with(WINTERSWIJK))
			.andExpect(status().isForbidden());
		JsonNode proposal = read(mvc.perform(get("/api/v1/verzoeken/weekvoorstel?dag=" + monday).with(COORDINATOR))
			.andExpect(status().isOk()));
		assertThat(proposal.get("bewezenOptimaal").asBoolean()).isTrue();
		assertThat(proposal.get("doelwaarde").asDouble())
			.isGreaterThanOrEqualTo(proposal.get("doelwaardeGretig").asDouble());
		assertThat(proposal.get("toewijzingen").size()).isEqualTo(3); // nobody in the
																		// pool speaks
																		// Armenian
		assertThat(proposal.get("nietToegewezen").toString()).contains("LANGUAGE");
		mvc.perform(post("/api/v1/verzoeken/weekvoorstel?dag=" + monday).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aangeboden").value(3));
		assertThat(read(mvc.perform(get("/api/v1/verzoeken/weekvoorstel?dag=" + monday).with(COORDINATOR)))
			.get("toewijzingen")
			.size()).isZero();
	}

	@Test
	void aKeyPersonReachesNoHouseholdPoolRequestOrAdvicePageAndNoOtherKeyPersonsData() throws Exception {
		var session = Logins.session(mvc, "sleutelpersoon");
		String household = background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 1))
			.getFirst()
			.id()
			.toString();
		for (String page : new String[] { "/huishoudens", "/huishoudens/" + household, "/verzoeken", "/verzoeken/nieuw",
				"/verzoeken/weekvoorstel", "/sleutelpersonen/overzicht", "/adviezen", "/cijfers" }) {
			var response = mvc.perform(get(page).session(session)).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(403);
			assertThat(response.getContentAsString()).as(page).doesNotContain("Tekle").doesNotContain("Ghebre");
		}
		mvc.perform(get("/mijn-verzoeken").session(session)).andExpect(status().isOk());
		// Their own page names no other key person.
		String own = mvc.perform(get("/mijn-verzoeken").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).doesNotContain("Selam").doesNotContain("Rania Al-Khatib");
	}

	@Test
	void theAskingMunicipalityCancelsARequestAndTheOfferLapses() throws Exception {
		UUID yonas = UUID.nameUUIDFromBytes("sleutelpersoon-0".getBytes());
		String id = read(ask(WINTERSWIJK, requestBody("GM0294", "ti", null, 30))).get("id").asString();
		mvc.perform(
				postJson("/api/v1/verzoeken/" + id + "/aanbod", "{\"sleutelpersoon\":\"" + yonas + "\",\"versie\":0}")
					.with(COORDINATOR))
			.andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/verzoeken/" + id + "/annulering", "{\"versie\":1}").with(AALTEN))
			.andExpect(status().isNotFound());
		mvc.perform(postJson("/api/v1/verzoeken/" + id + "/annulering", "{\"versie\":1}").with(WINTERSWIJK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GEANNULEERD"))
			.andExpect(jsonPath("$.toegewezenAan").doesNotExist());
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + id + "/acceptatie", "{\"versie\":2}").with(KEY_PERSON))
			.andExpect(status().isNotFound());
		mvc.perform(postJson("/api/v1/verzoeken/" + id + "/annulering", "{\"versie\":2}").with(WINTERSWIJK))
			.andExpect(status().isBadRequest());
	}

	@Test
	void nobodyInRangeSpeaksAmharicForMontferland() throws Exception {
		String id = read(ask(MONTFERLAND, requestBody("GM1955", "am", null, 60)).andExpect(status().isCreated()))
			.get("id")
			.asString();
		mvc.perform(get("/api/v1/verzoeken/" + id + "/kandidaten").with(COORDINATOR))
			.andExpect(jsonPath("$.kandidaten").isEmpty())
			.andExpect(jsonPath("$.belangrijksteBelemmering").value("TOO_FAR"));
		// A key person who is no candidate cannot be assigned.
		UUID yonas = UUID.nameUUIDFromBytes("sleutelpersoon-0".getBytes());
		mvc.perform(
				postJson("/api/v1/verzoeken/" + id + "/aanbod", "{\"sleutelpersoon\":\"" + yonas + "\",\"versie\":0}")
					.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.request-offer.excluded"))
			.andExpect(
					jsonPath("$.detail").value(Matchers.containsString("woont verder weg dan de eigen reisafstand")));
	}

	@Test
	void refusesRequestsOutsideTheCallersMunicipalityAndBadInput() throws Exception {
		ask(AALTEN, requestBody("GM0294", "ti", null, 60)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/verzoeken").with(AALTEN)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(requestBody("GM0197", "xx", null, 60)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Unknown language")));
		ask(AALTEN, requestBody("GM0197", "ti", null, 5)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("minuten"));
		ask(AALTEN, requestBody("GM0197", "ti", null, 60).replace("HUISBEZOEK", "KOFFIE"))
			.andExpect(status().isBadRequest());
		ask(AALTEN, "{\"soort\":").andExpect(status().isBadRequest());
		String winterswijkHousehold = background
			.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 1))
			.getFirst()
			.id()
			.toString();
		ask(AALTEN, requestBody("GM0197", "ti", winterswijkHousehold, 60)).andExpect(status().isNotFound());
	}

	@Test
	void theCoordinatorKeepsThePoolAndLeaversStayInItsHistory() throws Exception {
		JsonNode pool = ApiPages.all(mvc, "/api/v1/sleutelpersonen", COORDINATOR);
		assertThat(pool.size()).isGreaterThanOrEqualTo(24);
		assertThat(pool.toString()).contains("Betaald werk gevonden").contains("\"vogGeldig\":false");
		String added = read(mvc
			.perform(postJson("/api/v1/sleutelpersonen",
					"""
							{"voornaam":"Hawa","achternaam":"Ali","talen":[{"taal":"so","niveau":"NATIVE"},{"taal":"nl","niveau":"B1"}],
							 "gemeenschappen":["SO"],"rollen":["VERTALER"],"woonplaats":"GM1955","werkgebied":["GM1955","GM0222"],
							 "maxReisafstandKm":25,"urenPerWeek":6,"vorm":"VRIJWILLIGER","vogDatum":"%s","start":"%s"}"""
						.formatted(LocalDate.now().minusMonths(1), LocalDate.now().minusMonths(1)))
				.with(COORDINATOR))
			.andExpect(status().isCreated())).get("id").asString();
		mvc.perform(postJson("/api/v1/sleutelpersonen/" + added + "/vertrek",
				"{\"datum\":\"%s\",\"reden\":\"Betaalde baan als tolk\"}".formatted(LocalDate.now()))
			.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.einde").value(LocalDate.now().toString()));
		mvc.perform(postJson("/api/v1/sleutelpersonen", """
				{"voornaam":"X","achternaam":"Y","talen":[],"rollen":["VERTALER"],"woonplaats":"GM9999",
				 "maxReisafstandKm":25,"urenPerWeek":60,"vorm":"VRIJWILLIGER","start":"2026-01-01"}""")
			.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams.length()").value(Matchers.greaterThanOrEqualTo(2)));
	}

}
