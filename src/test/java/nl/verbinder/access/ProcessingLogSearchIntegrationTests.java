package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The administrator finds a person's processing log by BSN and by name, not only by the
 * internal number; the search is itself logged.
 */
@VerbinderIntegrationTest
class ProcessingLogSearchIntegrationTests {

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration accounts;

	private static String validBsn() {
		while (true) {
			int[] d = new int[9];
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
				sum += d[i] * (9 - i);
			}
			if (sum % 11 < 10) {
				StringBuilder bsn = new StringBuilder();
				for (int i = 0; i < 8; i++) {
					bsn.append(d[i]);
				}
				return bsn.append(sum % 11).toString();
			}
		}
	}

	private HouseholdView register(String surname, String bsn) {
		return background.callAs("consulent.doetinchem", () -> inburgering.register(new GemeenteCode("GM0222"),
				"Grutbroek 16", "7001AB", LocalDate.of(2026, 9, 1),
				List.of(new Inburgering.NewMember("Hiwet", surname, LocalDate.of(1992, 4, 5), Gezinsrol.INBURGERAAR,
						null, null, null, null, bsn, null),
						new Inburgering.NewMember("Luwam", surname, LocalDate.of(2018, 1, 9), Gezinsrol.KIND)),
				true));
	}

	private String page(MockHttpSession session, String query) throws Exception {
		return HtmlUtils.htmlUnescape(
				Http.ok(mvc.perform(get("/beheer/verwerkingslog").param("betrokkene", query).session(session))));
	}

	private long accountabilityReads(String personId) {
		return jdbc.sql("""
				select count(*) from access.processing_log
				where subject_id = ? and activity = 'access.verantwoording'""")
			.param(personId)
			.query(Long.class)
			.single();
	}

	@Test
	void findsAPersonByBsnAndShowsTheirProcessing() throws Exception {
		String bsn = validBsn();
		String surname = "Zoekbaar" + ThreadLocalRandom.current().nextInt(1_000_000);
		HouseholdView household = register(surname, bsn);
		String adult = household.members().getFirst().personId().toString();
		var session = Logins.session(mvc, "beheerder");

		String html = page(session, bsn.substring(0, 4) + " " + bsn.substring(4));

		assertThat(html).contains("data-testid=\"log-records\"").contains("Hiwet " + surname);
		// The household's registration by the case manager is in it.
		assertThat(html).contains("consulent.doetinchem");
		// Finding and showing are one processing of the page view, logged once.
		assertThat(accountabilityReads(adult)).isEqualTo(1);
	}

	@Test
	void findsPeopleByNameAndListsThemWhenThereAreSeveral() throws Exception {
		String surname = "Naamzoek" + ThreadLocalRandom.current().nextInt(1_000_000);
		HouseholdView household = register(surname, validBsn());
		String child = household.members().get(1).personId().toString();
		var session = Logins.session(mvc, "beheerder");
		long before = accountabilityReads(child);

		String list = page(session, surname.toLowerCase());

		assertThat(list).contains("data-testid=\"log-found\"")
			.contains("Hiwet " + surname)
			.contains("Luwam " + surname)
			.contains("9-1-2018")
			.doesNotContain("data-testid=\"log-records\"");
		// Showing the names is processing of both people: the search is logged.
		assertThat(accountabilityReads(child)).isEqualTo(before + 1);

		String one = page(session, "Luwam " + surname);
		assertThat(one).contains("data-testid=\"log-records\"").contains("Luwam " + surname);
	}

	@Test
	void saysWhenNobodyIsFoundAndStaysClosedToOthers() throws Exception {
		var session = Logins.session(mvc, "beheerder");
		assertThat(page(session, "Niemand-heet-zo")).contains("data-testid=\"log-found-none\"");
		mvc.perform(get("/beheer/verwerkingslog").param("betrokkene", "Hiwet")
			.session(Logins.session(mvc, "consulent.doetinchem"))).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorOfOneMunicipalityReadsOnlyItsOwnPeoplesLogEvenByInternalNumber() throws Exception {
		String surname = "Buiten" + ThreadLocalRandom.current().nextInt(1_000_000);
		HouseholdView doetinchem = register(surname, validBsn());
		String person = doetinchem.members().getFirst().personId().toString();
		String username = "beheer.aalten." + ThreadLocalRandom.current().nextInt(1_000_000);
		background.runAs("beheerder", () -> accounts.open(new AccountAdministration.NewAccount(username,
				"Beheer Aalten", Role.ADMINISTRATOR, new GemeenteCode("GM0197"), "verbinder-demo")));
		var aalten = Logins.session(mvc, username);
		// By name nothing is found; by the internal number, page and API say "not found".
		assertThat(page(aalten, surname)).contains("data-testid=\"log-found-none\"");
		mvc.perform(get("/beheer/verwerkingslog").param("betrokkene", person).session(aalten))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/verwerkingen").param("betrokkene", person).with(Logins.basic(username)))
			.andExpect(status().isNotFound());
		// Nor as a household.
		mvc.perform(get("/beheer/verwerkingslog").param("betrokkene", doetinchem.id().value().toString())
			.param("soort", "household")
			.session(aalten)).andExpect(status().isNotFound());
		// The region's administrator reads it.
		assertThat(page(Logins.session(mvc, "beheerder"), person)).contains("data-testid=\"log-records\"");
	}

}
