package nl.verbinder.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.partner.Collaboration.Involvement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * A household's "who is involved" names its case manager and the key persons who accepted
 * a request for it, besides the organisations: the key persons come from the key-person
 * module through an {@link InvolvementSource}, so partner does not depend on it.
 */
@VerbinderIntegrationTest
class WhoIsInvolvedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Collaboration collaboration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theMapShowsTheCaseManagerAndTheKeyPersonsWithAnAcceptedRequest() throws Exception {
		// A demo household with a request a key person accepted, and who its case manager
		// is.
		Map<String, Object> found = new TransactionTemplate(transactions).execute(t -> {
			jdbc.sql(
					"select set_config('verbinder.gemeenten', 'GM0197,GM1859,GM1876,GM0222,GM1955,GM1586,GM1509,GM0294', true)")
				.query()
				.singleValue();
			return jdbc
				.sql("""
						select v.household_id, v.doel, s.gegevens ->> 'voornaam' || ' ' || (s.gegevens ->> 'achternaam') as sleutelpersoon,
						       a.username, a.display_name
						from sleutelpersoon.verzoek v
						join sleutelpersoon.sleutelpersoon s on s.id = v.toegewezen_aan
						join inburgering.household h on h.id = v.household_id
						join access.account a on a.id = h.case_manager_id
						where v.status = 'GEACCEPTEERD'
						order by v.aangevraagd_op limit 1""")
				.query()
				.singleRow();
		});
		UUID household = (UUID) found.get("household_id");
		String caseManager = (String) found.get("username");

		var involved = background.callAs(caseManager,
				() -> collaboration.household(new HouseholdId(household)).betrokkenheden());
		assertThat(involved).anySatisfy(i -> {
			assertThat(i.soort()).isEqualTo(Involvement.Soort.CONSULENT);
			assertThat(i.naam()).isEqualTo(found.get("display_name"));
			assertThat(i.tot()).isNull();
		});
		assertThat(involved).anySatisfy(i -> {
			assertThat(i.soort()).isEqualTo(Involvement.Soort.SLEUTELPERSOON);
			assertThat(i.naam()).isEqualTo(found.get("sleutelpersoon"));
			assertThat(i.rol()).isEqualTo(found.get("doel"));
		});

		// The household page's fragment says their roles in words.
		String page = Http.ok(mvc
			.perform(get("/huishoudens/" + household + "/betrokkenheid").session(Logins.session(mvc, caseManager))));
		assertThat(page).contains("Consulent (regie op de inburgering)")
			.contains(HtmlUtils.htmlEscape("Sleutelpersoon: " + found.get("doel")))
			.contains(HtmlUtils.htmlEscape((String) found.get("sleutelpersoon")));
	}

}
