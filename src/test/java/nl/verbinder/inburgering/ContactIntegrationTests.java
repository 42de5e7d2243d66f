package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import org.hamcrest.Matchers;

@VerbinderIntegrationTest
class ContactIntegrationTests {

	private static final RequestPostProcessor OOST_GELRE = Logins.basic("consulent.oost-gelre");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	private final JsonMapper json = JsonMapper.builder().build();

	private HouseholdId newHousehold(String name) {
		return background
			.callAs("consulent.oost-gelre",
					() -> inburgering.register(new GemeenteCode("GM1586"), "Markt 2", "7131 AA",
							LocalDate.of(2025, 1, 6), List.of(new Inburgering.NewMember(name, "Osman",
									LocalDate.of(1980, 3, 3), Gezinsrol.INBURGERAAR)),
							true))
			.id();
	}

	@Test
	void recordsContactWithAgreementsAndPutsOverdueHouseholdsFirst() throws Exception {
		HouseholdId household = newHousehold("Ubah");
		String created = mvc
			.perform(post("/api/v1/huishoudens/" + household + "/contactmomenten").with(OOST_GELRE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"datum":"2025-02-01","kanaal":"HUISBEZOEK","vertolking":"SLEUTELPERSOON","taal":"so",
						 "aanwezigen":["Ubah Osman","Abdi Warsame (sleutelpersoon)"],
						 "samenvatting":"Kennismaking; post over de huur besproken",
						 "afspraken":[{"omschrijving":"Huurtoeslag aanvragen","deadline":"2025-02-15"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.afspraken[0].achterstallig").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// The overdue agreement puts this household among the urgent ones: everything
		// above it has an
		// overdue agreement too, nothing below it has more.
		var caseloadJson = ApiPages.all(mvc, "/api/v1/huishoudens", OOST_GELRE);
		int position = -1;
		for (int i = 0; i < caseloadJson.size(); i++) {
			if (caseloadJson.get(i).get("id").asString().equals(household.toString())) {
				position = i;
			}
		}
		assertThat(position).isNotNegative();
		assertThat(caseloadJson.get(position).get("achterstalligeAfspraken").asInt()).isEqualTo(1);
		assertThat(caseloadJson.get(position).get("laatsteContact").asString()).isEqualTo("2025-02-01");
		for (int i = 0; i < caseloadJson.size(); i++) {
			int overdue = caseloadJson.get(i).get("achterstalligeAfspraken").asInt();
			if (i < position) {
				assertThat(overdue).isGreaterThanOrEqualTo(1);
			}
			else {
				assertThat(overdue).isLessThanOrEqualTo(1);
			}
		}

		String contactId = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/huishoudens/" + household + "/contactmomenten/" + contactId + "/afspraken/0/afgerond")
			.with(OOST_GELRE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.afspraken[0].afgerondOp").isNotEmpty());
		// Completing it again with the old version: a conflict.
		mvc.perform(post("/api/v1/huishoudens/" + household + "/contactmomenten/" + contactId + "/afspraken/0/afgerond")
			.with(OOST_GELRE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0}")).andExpect(status().isConflict());
		String caseload = mvc.perform(get("/api/v1/huishoudens?naam=ubah").with(OOST_GELRE))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(caseload).contains("\"achterstalligeAfspraken\":0");
	}

	@Test
	void filtersTheCaseloadByOpenAgreementsContactAndRoute() throws Exception {
		HouseholdId quiet = newHousehold("Sagal");
		HouseholdId busy = newHousehold("Deeqa");
		mvc.perform(post("/api/v1/huishoudens/" + busy + "/contactmomenten").with(OOST_GELRE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"datum":"%s","kanaal":"TELEFOON","vertolking":"GEEN","samenvatting":"Gebeld",
					 "afspraken":[{"omschrijving":"Langskomen","deadline":"%s"}]}""".formatted(LocalDate.now(),
					LocalDate.now().plusDays(7))))
			.andExpect(status().isCreated());
		String open = ApiPages.allAsText(mvc, "/api/v1/huishoudens?openAfspraken=true", OOST_GELRE);
		assertThat(open).contains(busy.toString()).doesNotContain(quiet.toString());
		String silent = ApiPages.allAsText(mvc, "/api/v1/huishoudens?dagenZonderContact=30", OOST_GELRE);
		assertThat(silent).contains(quiet.toString()).doesNotContain(busy.toString());
		// Neither has an established PIP on the Z route.
		String z = ApiPages.allAsText(mvc, "/api/v1/huishoudens?leerroute=Z", OOST_GELRE);
		assertThat(z).doesNotContain(quiet.toString()).doesNotContain(busy.toString());
		mvc.perform(get("/api/v1/huishoudens?leerroute=C1").with(OOST_GELRE)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/huishoudens?gemeente=GM0197").with(OOST_GELRE)).andExpect(status().isForbidden());
	}

	@Test
	void rejectsAContactInTheFutureOrWithoutSummaryOrWithAnUnknownChannel() throws Exception {
		HouseholdId household = newHousehold("Hibo");
		mvc.perform(post("/api/v1/huishoudens/" + household + "/contactmomenten").with(OOST_GELRE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"datum\":\"2999-01-01\",\"kanaal\":\"DUIF\",\"vertolking\":\"GEEN\",\"samenvatting\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name")
				.value(Matchers.containsInAnyOrder("datum", "kanaal", "samenvatting")));
		mvc.perform(get("/api/v1/huishoudens/" + household + "/contactmomenten").with(OOST_GELRE))
			.andExpect(jsonPath("$._embedded.contactmomenten").isEmpty());
	}

}
