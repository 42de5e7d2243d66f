package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.Logins;
import nl.verbinder.PageForms;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a case manager does on the household pages: a registration that finds a BSN
 * already registered links to that household; members who arrive later (nareizigers,
 * newborns) are added on the household page, with readable errors when something is
 * missing.
 */
@VerbinderIntegrationTest
class HouseholdPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	private HouseholdView householdWithBsn() {
		return background.callAs("consulent.winterswijk",
				() -> caseload.list(CaseloadFilter.ALL, 60)
					.stream()
					.map(e -> inburgering.household(e.id()))
					.filter(h -> h.members().stream().anyMatch(m -> m.bsn() != null))
					.findFirst()
					.orElseThrow());
	}

	@Test
	void aRegistrationWithABsnThatIsRegisteredLinksToThatHousehold() throws Exception {
		HouseholdView existing = householdWithBsn();
		String bsn = existing.members().stream().filter(m -> m.bsn() != null).findFirst().orElseThrow().bsn();
		MockHttpSession session = Logins.session(mvc, "consulent.winterswijk");
		String html = mvc
			.perform(
					PageForms
						.registration(session, existing.gemeente(), "Meddosestraat 4", "7101 AB",
								LocalDate.now().minusDays(3).toString(), "Zzyzx", "Qwertyuiop", "1990-01-01")
						.param("bsn", bsn))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = existing.id().toString();
		assertThat(html).contains("href=\"/huishoudens/" + id + "\"");
		Matcher everyMention = Pattern.compile(Pattern.quote(id)).matcher(html);
		while (everyMention.find()) {
			assertThat(html.substring(Math.max(0, everyMention.start() - 13), everyMention.start()))
				.as("the household id is only a link target")
				.endsWith("/huishoudens/");
		}
	}

	@Test
	void aCaseManagerAddsANewbornOnTheHouseholdPageAndReadsWhatIsMissing() throws Exception {
		HouseholdView household = householdWithBsn();
		MockHttpSession session = Logins.session(mvc, "consulent.winterswijk");
		String page = mvc.perform(get("/huishoudens/" + household.id()).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("action=\"/huishoudens/" + household.id() + "/leden\"");

		MockHttpServletResponse refused = mvc
			.perform(post("/huishoudens/" + household.id() + "/leden").session(session)
				.with(csrf())
				.param("versie", String.valueOf(household.version()))
				.param("voornaam", "")
				.param("achternaam", household.members().getFirst().achternaam())
				.param("geboortedatum", "")
				.param("gezinsrol", "KIND"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("Voornaam: moet ingevuld zijn")
			.contains("Geboortedatum: moet ingevuld zijn");

		String newborn = "Nahom" + household.members().size();
		MockHttpServletResponse added = mvc
			.perform(post("/huishoudens/" + household.id() + "/leden").session(session)
				.with(csrf())
				.param("versie", String.valueOf(household.version()))
				.param("voornaam", newborn)
				.param("achternaam", household.members().getFirst().achternaam())
				.param("geboortedatum", LocalDate.now().minusDays(20).toString())
				.param("gezinsrol", "KIND")
				.param("bevestigd", "true"))
			.andReturn()
			.getResponse();
		assertThat(added.getRedirectedUrl()).isEqualTo("/huishoudens/" + household.id() + "#leden");
		HouseholdView after = background.callAs("consulent.winterswijk", () -> inburgering.household(household.id()));
		assertThat(after.members()).anyMatch(m -> m.voornaam().equals(newborn) && m.gezinsrol() == Gezinsrol.KIND);
	}

	/**
	 * A domain rule the member breaks is said in the page's words, not as its message
	 * key.
	 */
	@Test
	void aMemberWhoseRuleIsBrokenReadsTheRuleNotItsKey() throws Exception {
		HouseholdView household = householdWithBsn();
		MockHttpSession session = Logins.session(mvc, "consulent.winterswijk");
		String refused = mvc
			.perform(post("/huishoudens/" + household.id() + "/leden").session(session)
				.with(csrf())
				.param("versie", String.valueOf(household.version()))
				.param("voornaam", "Selam")
				.param("achternaam", household.members().getFirst().achternaam())
				.param("geboortedatum", "2020-01-01")
				.param("verblijfsvergunning", "2019-01-01")
				.param("gezinsrol", "KIND")
				.param("bevestigd", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Het gezinslid kan zo niet worden toegevoegd")
			.contains("ligt vóór de geboortedatum")
			.doesNotContain("rule.member");
		HouseholdView after = background.callAs("consulent.winterswijk", () -> inburgering.household(household.id()));
		assertThat(after.members()).noneMatch(m -> m.voornaam().equals("Selam"));
	}

}
