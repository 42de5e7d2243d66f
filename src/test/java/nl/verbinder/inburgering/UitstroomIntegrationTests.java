package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.GemeenteCode;
import java.util.List;
import java.util.NoSuchElementException;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case manager records a person's outflow on the person's page: refused input reads as
 * the rule, a recorded one shows in the history and is logged; another municipality's
 * case manager finds neither page nor person.
 */
@VerbinderIntegrationTest
class UitstroomIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Caseload caseload;

	@Autowired
	Uitstromen uitstromen;

	@Autowired
	JdbcClient jdbc;

	private HouseholdView settledHousehold() {
		return background.callAs("consulent.winterswijk",
				() -> caseload.list(CaseloadFilter.ALL, 60)
					.stream()
					.map(e -> inburgering.household(e.id()))
					.filter(h -> h.arrivalDate().isBefore(LocalDate.now().minusMonths(2)))
					.filter(h -> h.members().stream().anyMatch(m -> m.gezinsrol() != Gezinsrol.KIND))
					.skip(3)
					.findFirst()
					.orElseThrow());
	}

	@Test
	void aCaseManagerRecordsWorkBelowFormerLevelAndReadsItInTheHistory() throws Exception {
		HouseholdView household = settledHousehold();
		HouseholdView.MemberView adult = household.members()
			.stream()
			.filter(m -> m.gezinsrol() != Gezinsrol.KIND)
			.findFirst()
			.orElseThrow();
		String path = "/huishoudens/" + household.id() + "/leden/" + adult.personId() + "/uitstroom";
		MockHttpSession session = Logins.session(mvc, "consulent.winterswijk");
		assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString())
			.contains("Uitstroom van " + adult.voornaam());

		String refused = mvc
			.perform(post(path).session(session)
				.with(csrf())
				.param("soort", "WERK")
				.param("startdatum", LocalDate.now().minusDays(10).toString())
				.param("urenPerWeek", "61")
				.param("werkniveau", "LAGER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Betaald werk heeft 1 tot 60 uur per week").doesNotContain("rule.uitstroom");

		MockHttpServletResponse recorded = mvc
			.perform(post(path).session(session)
				.with(csrf())
				.param("soort", "WERK")
				.param("startdatum", LocalDate.now().minusDays(10).toString())
				.param("urenPerWeek", "24")
				.param("werkniveau", "LAGER"))
			.andReturn()
			.getResponse();
		assertThat(recorded.getRedirectedUrl()).isEqualTo(path);
		assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString())
			.contains("Nee, onder het niveau van eerder werk")
			.contains(">24<");
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where subject_id = ? and activity = 'inburgering.regie' and operation = 'CREATE'""")
			.param(adult.personId().toString())
			.query(Long.class)
			.single()).isPositive();

		assertThat(mvc.perform(get(path).session(Logins.session(mvc, "consulent.aalten")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> background.callAs("consulent.aalten", () -> uitstromen.history(adult.personId())))
			.isInstanceOf(NoSuchElementException.class);
		// The policy reader sees figures, never a person's outflow.
		assertThat(mvc.perform(get(path).session(Logins.session(mvc, "beleid"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aChildHasNoOutflowAndAHandMadeFormSaysSoInWordsNotInTechnicalTerms() throws Exception {
		HouseholdView household = background.callAs("consulent.winterswijk", () -> inburgering.register(
				new GemeenteCode("GM0294"), "Misterweg 3", "7101 AA", LocalDate.now().minusMonths(8),
				List.of(new Inburgering.NewMember("Saba", "Habte", LocalDate.of(1990, 3, 3), Gezinsrol.INBURGERAAR),
						new Inburgering.NewMember("Filmon", "Habte", LocalDate.now().minusYears(7), Gezinsrol.KIND)),
				true));
		HouseholdView.MemberView child = household.members().get(1);
		assertThatThrownBy(
				() -> background.callAs("consulent.winterswijk",
						() -> uitstromen.record(child.personId(), UitstroomSoort.OPLEIDING,
								LocalDate.now().minusDays(3), null, null)))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.uitstroom.adult");
		assertThat(jdbc.sql("select count(*) from inburgering.uitstroom where person_id = ?")
			.param(child.personId())
			.query(Long.class)
			.single()).isZero();

		String path = "/huishoudens/" + household.id() + "/leden/" + household.members().getFirst().personId()
				+ "/uitstroom";
		String refused = mvc
			.perform(post(path).session(Logins.session(mvc, "consulent.winterswijk"))
				.with(csrf())
				.param("soort", "WERK")
				.param("startdatum", LocalDate.now().minusDays(10).toString())
				.param("urenPerWeek", "32,5")
				.param("werkniveau", "LAGER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Vul een heel getal in").doesNotContain("Failed to convert");
	}

}
