package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Financial unburdening on the demo region: the household of Doetinchem that moved in
 * recently without it is signalled; the case manager arranges it on its page (a wrong
 * period is refused in words), which is logged, ends the signal, and reads back through
 * the API; another municipality's case manager finds nothing.
 */
@VerbinderIntegrationTest
class OntzorgingSignalIntegrationTests {

	private static final String DOETINCHEM = "consulent.doetinchem";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Signals signals;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseManagerArrangesTheMissingUnburdeningAndTheSignalEnds() throws Exception {
		background.callAs(DOETINCHEM, signals::run);
		HouseholdId household = background.callAs(DOETINCHEM, signals::open)
			.stream()
			.filter(s -> s.kind() == SignalKind.ONTZORGING_MISSING)
			.map(SignalView::household)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo household in Doetinchem without financial unburdening"));
		LocalDate arrival = background.callAs(DOETINCHEM, () -> inburgering.household(household)).arrivalDate();
		String page = "/huishoudens/" + household.value() + "/ontzorgen";
		var session = Logins.session(mvc, DOETINCHEM);

		assertThat(mvc.perform(get("/huishoudens/" + household.value()).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(page + "/overzicht");
		assertThat(
				mvc.perform(get(page + "/overzicht").session(session)).andReturn().getResponse().getContentAsString())
			.contains("Ontzorgen is nog niet geregeld.");

		String refused = mvc
			.perform(post(page).session(session)
				.with(csrf())
				.param("vanaf", arrival.toString())
				.param("tot", arrival.minusDays(1).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Het ontzorgen kan niet eindigen voordat het begint.")
			.doesNotContain("rule.ontzorging");

		long before = jdbc.sql("select coalesce(max(seq), 0) from access.processing_log").query(Long.class).single();
		assertThat(mvc
			.perform(post(page).session(session)
				.with(csrf())
				.param("vanaf", arrival.toString())
				.param("tot", arrival.plusMonths(6).toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(page);
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where subject_id = ? and activity = 'inburgering.regie' and operation = 'UPDATE' and seq > ?""")
			.params(household.value().toString(), before)
			.query(Long.class)
			.single()).isPositive();
		assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString())
			.contains("Het ontzorgen is vastgelegd.")
			.contains(arrival.plusMonths(6).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));

		background.callAs(DOETINCHEM, () -> signals.evaluate(household));
		assertThat(background.callAs(DOETINCHEM, () -> signals.ofHousehold(household)))
			.filteredOn(s -> s.open() && s.kind() == SignalKind.ONTZORGING_MISSING)
			.isEmpty();

		String api = "/api/v1/huishoudens/" + household.value() + "/ontzorging";
		assertThat(mvc.perform(get(api).with(httpBasic(DOETINCHEM, Logins.DEMO_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"geregeld\":true").contains("\"vervolgAfgesproken\":false");
		assertThat(mvc.perform(get(api).with(httpBasic("consulent.aalten", Logins.DEMO_PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(page).session(Logins.session(mvc, "consulent.aalten")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
