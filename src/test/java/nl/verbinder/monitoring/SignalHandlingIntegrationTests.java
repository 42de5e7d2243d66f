package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signals in use: every kind shows for some demo household, a case manager handles or
 * dismisses one from the household page, a contact moment re-evaluates its household
 * without waiting for a run, and the coordinator sets a municipality's thresholds.
 */
@VerbinderIntegrationTest
@EnableScenarios
class SignalHandlingIntegrationTests {

	private static final String DOETINCHEM = "consulent.doetinchem";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Signals signals;

	@Autowired
	NightlySignalRun nightly;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyKindOfSignalShowsForSomeDemoHousehold() {
		nightly.nightly();
		Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
		for (String username : jdbc.sql("select username from access.account where username like 'consulent.%'")
			.query(String.class)
			.list()) {
			background.callAs(username, signals::run);
			background.callAs(username, signals::open).forEach(s -> kinds.add(s.kind()));
		}
		assertThat(kinds).containsExactlyInAnyOrder(SignalKind.values());
	}

	@Test
	void aCaseManagerDismissesASignalFromTheHouseholdPageAndItIsNotRaisedAgain() throws Exception {
		background.callAs(DOETINCHEM, signals::run);
		SignalView signal = background.callAs(DOETINCHEM, signals::open).getFirst();
		String page = "/huishoudens/" + signal.household().value();
		var session = Logins.session(mvc, DOETINCHEM);
		assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString())
			.contains("data-signal=\"" + signal.id() + "\"");

		// An empty reason is refused with a readable message, and the signal stays.
		assertThat(mvc
			.perform(post("/signaleringen/" + signal.id() + "/afwijzing").session(session)
				.with(csrf())
				.param("reden", " ")
				.param("terug", page))
			.andExpect(redirectedUrl(page + "#signalen"))
			.andReturn()
			.getFlashMap()
			.get("stepError")).isNotNull();
		mvc.perform(post("/signaleringen/" + signal.id() + "/afwijzing").session(session)
			.with(csrf())
			.param("reden", "Verhuisd naar familie; dossier wordt overgedragen")
			.param("terug", "https://elders.example/")).andExpect(redirectedUrl("/signaleringen"));

		assertThat(background.callAs(DOETINCHEM, signals::open)).noneMatch(s -> s.id().equals(signal.id()));
		background.callAs(DOETINCHEM, signals::run);
		assertThat(background.callAs(DOETINCHEM, signals::open))
			.noneMatch(s -> s.household().equals(signal.household()) && s.kind() == signal.kind());
		SignalView dismissed = background.callAs(DOETINCHEM, () -> signals.ofHousehold(signal.household()))
			.stream()
			.filter(s -> s.id().equals(signal.id()))
			.findFirst()
			.orElseThrow();
		assertThat(dismissed.dismissalReason()).isEqualTo("Verhuisd naar familie; dossier wordt overgedragen");
		assertThat(dismissed.open()).isFalse();
	}

	@Test
	void aContactMomentClosesItsHouseholdsNoContactSignalWithoutARun(Scenario scenario) throws Exception {
		background.callAs(DOETINCHEM, signals::run);
		HouseholdId household = background.callAs(DOETINCHEM, signals::open)
			.stream()
			.filter(s -> s.kind() == SignalKind.NO_CONTACT && s.acknowledgedAt() == null)
			.findFirst()
			.orElseThrow()
			.household();
		scenario.stimulate(() -> {
			try {
				mvc.perform(post("/api/v1/huishoudens/" + household.value() + "/contactmomenten")
					.with(httpBasic(DOETINCHEM, Logins.DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"datum":"%s","kanaal":"HUISBEZOEK","vertolking":"TOLK","aanwezigen":[],
							 "samenvatting":"Huisbezoek met tolk","afspraken":[]}""".formatted(LocalDate.now())))
					.andExpect(status().isCreated());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		})
			.andWaitForStateChange(() -> openKinds(household), kinds -> !kinds.contains(SignalKind.NO_CONTACT))
			.andVerify(kinds -> assertThat(kinds).doesNotContain(SignalKind.NO_CONTACT));
	}

	@Test
	void theCoordinatorSetsAMunicipalitysThresholdsWithinTheirRanges() throws Exception {
		var coordinator = Logins.session(mvc, "coordinator");
		assertThat(Http.ok(mvc.perform(get("/signaaldrempels").session(coordinator)))).contains("Winterswijk")
			.contains("Dagen zonder contactmoment");
		var refused = mvc.perform(post("/signaaldrempels").session(coordinator)
			.with(csrf())
			.param("gemeente", "GM0294")
			.param("waarden", "0", "10", "0", "3", "0", "3", "6", "5", "14", "26", "3", "80", "4", "6", "6", "6", "3"))
			.andReturn()
			.getFlashMap();
		assertThat(refused.get("thresholdError")).isNotNull();
		assertThat(mvc.perform(get("/signaaldrempels").session(coordinator).flashAttrs(refused))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Dagen zonder contactmoment: vul een geheel getal in van 1 tot en met 365");
		mvc.perform(post("/signaaldrempels").session(coordinator)
			.with(csrf())
			.param("gemeente", "GM0294")
			.param("waarden", "45", "10", "0", "3", "0", "3", "6", "5", "14", "26", "3", "80", "4", "6", "6", "6", "3"))
			.andExpect(redirectedUrl("/signaaldrempels"));
		assertThat(jdbc.sql("select no_contact_days from monitoring.signal_threshold where gemeente = 'GM0294'")
			.query(Integer.class)
			.single()).isEqualTo(45);
		// A case manager may not set them.
		mvc.perform(get("/signaaldrempels").session(Logins.session(mvc, DOETINCHEM))).andExpect(status().isForbidden());
	}

	private List<SignalKind> openKinds(HouseholdId household) {
		return background.callAs(DOETINCHEM, () -> signals.ofHousehold(household))
			.stream()
			.filter(SignalView::open)
			.map(SignalView::kind)
			.toList();
	}

}
