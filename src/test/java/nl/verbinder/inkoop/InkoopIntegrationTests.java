package nl.verbinder.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.ApiPages;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.RegionQueries;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.ProductChoices;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Purchased trajectories end to end: contracts within one's scope, a provider's
 * attendance file stored whole or not at all with each wrong row named, the result on the
 * household page, and providers and case managers seeing only their own.
 */
@VerbinderIntegrationTest
class InkoopIntegrationTests {

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	PartnerInbox inbox;

	@Autowired
	ProductChoices productChoices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A regional contract with the demo's partner organisation; returns its product's id.
	 */
	private UUID contract(String name, String eenheid, String prijs) throws Exception {
		return RegionalContracts
			.contract(mvc, name, LocalDate.now().minusMonths(6),
					RegionalContracts.product("WORKSHOP", "Workshops " + name, eenheid, prijs))
			.getFirst();
	}

	private PartnerInbox.Participant aaltenParticipant() {
		return background.callAs("partner",
				() -> inbox.participants().stream().filter(p -> p.gemeente().equals(AALTEN)).findFirst().orElseThrow());
	}

	/**
	 * The Aalten case manager's contract from 1 January 2026 until {@code end} for one
	 * municipality, with one B1 route.
	 */
	private ResultActions aaltenContract(String name, String municipality, String end) throws Exception {
		return mvc.perform(post("/api/v1/contracten").with(Logins.basic("consulent.aalten"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"organisatieId":"%s","naam":"%s","gemeenten":["%s"],"ingang":"2026-01-01",
							 "einde":"%s","producten":[{"soort":"B1_ROUTE","omschrijving":"B1","eenheid":"TRAJECT","prijs":9000,"capaciteit":10}]}"""
						.formatted(RegionalContracts.VLUCHTELINGENWERK, name, municipality, end)));
	}

	@Test
	void aCaseManagerContractsOnlyForTheirOwnMunicipality() throws Exception {
		aaltenContract("Taal Winterswijk", "GM0294", "2026-12-31").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.contract.outside-scope"));
		aaltenContract("Taal Aalten", "GM0197", "2025-12-31").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.contract.period-order"));
		mvc.perform(get("/api/v1/contracten").with(Logins.basic("partner"))).andExpect(status().isForbidden());
	}

	@Test
	void aProviderUploadsAFileWithABadRowFixesItAndTheCaseManagerSeesTheAttendance() throws Exception {
		UUID product = contract("Journey " + UUID.randomUUID().toString().substring(0, 8), "UUR", "45.50");
		// The plan's activities can name it in every municipality it buys for.
		assertThat(background.callAs("consulent.aalten", () -> productChoices.choosable(AALTEN, LocalDate.now())))
			.extracting(c -> c.productId())
			.contains(product);
		PartnerInbox.Participant participant = aaltenParticipant();
		String day = LocalDate.now().minusDays(7).toString();
		String header = "verwijzing,product,datum,soort,thema,aanwezig,afwezig,uren\n";
		String good = participant.doorverwijzingId() + "," + product + "," + day + ",WORKSHOP,FINANCIEN,1,0,2\n";
		String bad = participant.doorverwijzingId() + "," + product + "," + day + ",WORKSHOP,,1,0,2\n";
		String fixed = participant.doorverwijzingId() + "," + product + "," + day + ",WORKSHOP,WONEN,1,0,2\n";
		MockHttpSession provider = Logins.session(mvc, "partner");
		long before = attendanceRows();

		mvc.perform(multipart("/deelnemers/bestand")
			.file(new MockMultipartFile("bestand", "week.csv", "text/csv", (header + good + bad).getBytes()))
			.session(provider)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-row=\"3\"")))
			.andExpect(content().string(containsString("Regel 3: Een workshop heeft een thema.")))
			.andExpect(content().string(containsString("Er is niets opgeslagen.")));
		assertThat(attendanceRows()).isEqualTo(before);

		mvc.perform(multipart("/deelnemers/bestand")
			.file(new MockMultipartFile("bestand", "week.csv", "text/csv", (header + good + fixed).getBytes()))
			.session(provider)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/deelnemers"));
		assertThat(attendanceRows()).as("rows stored").isEqualTo(before + 2);

		// Sent twice, the same file is refused rather than counted twice.
		mvc.perform(multipart("/deelnemers/bestand")
			.file(new MockMultipartFile("bestand", "week.csv", "text/csv", (header + good + fixed).getBytes()))
			.session(provider)
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("data-row=\"2\"")));
		assertThat(attendanceRows()).isEqualTo(before + 2);

		MockHttpSession caseManager = Logins.session(mvc, "consulent.aalten");
		mvc.perform(get("/huishoudens/" + participant.householdId() + "/trajecten").session(caseManager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 aanwezig, 0 afwezig (100%), waarvan 2 workshops")))
			.andExpect(content().string(containsString("€ 182,00")));
		mvc.perform(get("/huishoudens/" + participant.householdId() + "/trajecten")
			.session(Logins.session(mvc, "consulent.winterswijk"))).andExpect(status().isNotFound());
	}

	@Test
	void theApiRefusesAFileWithItsRowsAsProblemJson() throws Exception {
		UUID product = contract("Api " + UUID.randomUUID().toString().substring(0, 8), "TRAJECT", "1200");
		PartnerInbox.Participant participant = aaltenParticipant();
		String csv = "verwijzing,product,datum,soort,thema,aanwezig,afwezig,uren\n" + participant.doorverwijzingId()
				+ "," + product + "," + LocalDate.now().minusDays(3) + ",LES,,2,0,4\n" + UUID.randomUUID() + ","
				+ product + "," + LocalDate.now().minusDays(3) + ",LES,,2,0,4\n";
		mvc.perform(post("/api/v1/aanwezigheid").with(Logins.basic("partner"))
			.contentType("text/csv")
			.header("Accept-Language", "en")
			.content(csv))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.rijen[0].rij").value(3))
			.andExpect(jsonPath("$.rijen[0].detail", containsString("is not a participant of your organisation")));
		mvc.perform(post("/api/v1/aanwezigheid").with(Logins.basic("partner"))
			.contentType("text/csv")
			.content(csv.substring(0, csv.lastIndexOf('\n', csv.length() - 2) + 1)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rijen").value(1));
		JsonNode p = json.readTree(Http.ok(mvc
			.perform(get("/api/v1/deelnemers/" + participant.doorverwijzingId()).with(Logins.basic("partner")))));
		assertThat(p.path("trajecten").toString()).contains("\"kosten\"").doesNotContain("\"naam\":null");
		mvc.perform(
				post("/api/v1/deelnemers/" + participant.doorverwijzingId() + "/einde").with(Logins.basic("partner"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"product":"%s","datum":"%s","einde":"GESTOPT"}""".formatted(product, LocalDate.now())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.report.stop-reason"));
	}

	@Test
	void providersSeeOnlyTheirOwnParticipants() throws Exception {
		PartnerInbox.Participant participant = aaltenParticipant();
		mvc.perform(get("/api/v1/deelnemers/" + participant.doorverwijzingId()).with(Logins.basic("sportclub")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/deelnemers/" + participant.doorverwijzingId()).session(Logins.session(mvc, "sportclub")))
			.andExpect(status().isNotFound());
		assertThat(ApiPages.allAsText(mvc, "/api/v1/deelnemers", Logins.basic("sportclub")))
			.doesNotContain(participant.doorverwijzingId().toString());
		mvc.perform(get("/deelnemers").session(Logins.session(mvc, "partner")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(participant.doorverwijzingId().toString())));
		mvc.perform(get("/api/v1/deelnemers").with(Logins.basic("consulent.aalten"))).andExpect(status().isForbidden());
		mvc.perform(get("/contracten").session(Logins.session(mvc, "partner"))).andExpect(status().isForbidden());
	}

	private long attendanceRows() {
		return RegionQueries.count(jdbc, transactions, "select count(*) from inkoop.aanwezigheid");
	}

}
