package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import java.time.format.DateTimeFormatter;

/**
 * A household placed by a published placement still waits in the asylum centre: its page
 * says where it is placed and since when, where it lives now and that it moves when there
 * is a house, never that it settled.
 */
@VerbinderIntegrationTest
class PlacedHouseholdIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	@Test
	void aPlacedHouseholdWaitingInTheAsylumCentreIsNotShownAsSettled() throws Exception {
		LocalDate placedOn = LocalDate.now();
		HouseholdView placed = background.callAs("planner",
				() -> inburgering.registerPlaced(UUID.randomUUID(), "H1", new GemeenteCode("GM0197"),
						"Azc Zutphen (nog te huisvesten)", placedOn, List.of(new Inburgering.NewMember("Merhawi",
								"Tesfay", LocalDate.of(1991, 3, 2), Gezinsrol.INBURGERAAR))));
		assertThat(placed.awaitsHousing()).isTrue();

		var caseManager = Logins.session(mvc, "consulent.aalten");
		String page = Http.ok(mvc.perform(get("/huishoudens/" + placed.id()).session(caseManager)));
		String date = placedOn.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		assertThat(page).doesNotContain("Gevestigd op")
			.contains("Geplaatst in Aalten op")
			.contains(date)
			.contains("Azc Zutphen")
			.contains("Verhuist naar Aalten zodra daar een woning is")
			.doesNotContain("(nog te huisvesten), <");

		// A household registered in its house is settled, as before.
		String settled = mvc
			.perform(get(
					"/huishoudens/" + background.callAs("consulent.aalten", () -> caseload.list(CaseloadFilter.ALL, 50))
						.stream()
						.filter(e -> !e.adres().startsWith("Azc"))
						.findFirst()
						.orElseThrow()
						.id())
				.session(caseManager))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(settled).contains("Gevestigd op").doesNotContain("Verhuist naar");
	}

}
