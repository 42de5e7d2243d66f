package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.TestHouseholds;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator's answer to an access request: all data about one person from every
 * module (their own rows, their household's, never another member's own), as JSON and as
 * a page in Dutch and English, the export itself logged; refused to anyone else, and 404
 * for a person nobody keeps data about, both as problem+json.
 */
@VerbinderIntegrationTest
class PersonalDataExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorExportsAllDataAboutOnePersonAndTheExportIsLogged() throws Exception {
		HouseholdView household = TestHouseholds.motherAndChild(background, inburgering, "Inzagevraag");
		UUID mother = household.members().getFirst().personId();

		mvc.perform(get("/api/v1/persoonsgegevens/" + mother).with(Logins.basic("beheerder")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persoon").value(mother.toString()))
			.andExpect(jsonPath("$.onderdelen[0].module").value("inburgering"))
			.andExpect(jsonPath("$.onderdelen[0].tables.household_member.length()").value(1))
			.andExpect(jsonPath("$.onderdelen[0].tables.household_member[0].voornaam").value("Inzagevraag"))
			.andExpect(jsonPath("$.onderdelen[0].tables.household[0].adres").value("Markt Inzagevraag"))
			.andExpect(jsonPath("$.onderdelen[1].module").value("access"))
			.andExpect(jsonPath("$.onderdelen[1].tables.verwerkingslog[0].activiteit").exists());

		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where activity = 'access.inzageverzoek' and operation = 'READ' and subject_id = ?""")
			.param(mother.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		var session = Logins.session(mvc, "beheerder");
		// Found by name: the mother and her child, each a link to their own export.
		mvc.perform(get("/beheer/inzageverzoek").param("betrokkene", "Inzagevraag").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/beheer/inzageverzoek?persoon=" + mother)));
		mvc.perform(get("/beheer/inzageverzoek").param("persoon", mother.toString()).session(session))
			.andExpect(status().isOk())
			// Readable names of parts, fields and enum values, not the tables' columns
			// and codes.
			.andExpect(content().string(Matchers.containsString("Lidmaatschap van het huishouden (1 rij)")))
			.andExpect(content().string(Matchers.containsString("Rol in het gezin")))
			.andExpect(content().string(Matchers.containsString(">Inburgeraar<")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(">gezinsrol<"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("??"))))
			.andExpect(content().string(Matchers.containsString("Markt Inzagevraag")));
		mvc.perform(get("/beheer/inzageverzoek?lang=en").param("persoon", mother.toString()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Access request: all data about one person")))
			.andExpect(content().string(Matchers.containsString("Membership of the household (1 row)")))
			.andExpect(content().string(Matchers.containsString("Date of birth")));
		mvc.perform(
				get("/beheer/inzageverzoek/persoonsgegevens.json").param("persoon", mother.toString()).session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andExpect(jsonPath("$.onderdelen[0].tables.household_member[0].voornaam").value("Inzagevraag"));
	}

	@Test
	void onlyTheAdministratorMayAndAnUnknownPersonIsNotFound() throws Exception {
		HouseholdView household = TestHouseholds.motherAndChild(background, inburgering, "Inzageweigering");
		UUID mother = household.members().getFirst().personId();
		mvc.perform(get("/api/v1/persoonsgegevens/" + mother).with(Logins.basic("consulent.aalten")))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		mvc.perform(get("/beheer/inzageverzoek").param("persoon", mother.toString())
			.session(Logins.session(mvc, "consulent.aalten"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/persoonsgegevens/" + UUID.randomUUID()).with(Logins.basic("beheerder")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
		mvc.perform(get("/api/v1/persoonsgegevens/geen-nummer").with(Logins.basic("beheerder")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
	}

}
