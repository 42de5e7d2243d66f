package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.monitoring.SignalKind;
import nl.verbinder.monitoring.SignalView;
import nl.verbinder.monitoring.Signals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A mother in Aalten on the B1 route whose integration term ends in two months, with no
 * provider reporting for her: the term signal is raised; her case manager records on the
 * API that she passed the PVT, MAP and KNM elsewhere and on the page that she was
 * exempted from the language exams (refused without the decision's reference, and for her
 * child), and the signal ends; withdrawing one part raises it again. Logged; another
 * municipality's case manager finds nothing, the policy reader may not look.
 */
@VerbinderIntegrationTest
class AfrondingIntegrationTests {

	private static final String AALTEN = "consulent.aalten";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	PipDecisions pips;

	@Autowired
	Signals signals;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void partsCompletedElsewhereEndTheTermSignalAndWithdrawingOneRaisesItAgain() throws Exception {
		LocalDate today = LocalDate.now(clock);
		HouseholdView household = motherAndChild("Afronding");
		UUID mother = household.members().get(0).personId();
		UUID child = household.members().get(1).personId();
		background.runAs(AALTEN, () -> establishEndingInTwoMonths(mother, today));
		assertThat(openKinds(household.id())).contains(SignalKind.TERM_DEADLINE_NEAR);

		String api = "/api/v1/personen/" + mother + "/afrondingen";
		for (String part : List.of("PVT", "MAP", "KNM")) {
			mvc.perform(json(put(api + "/" + part), "{\"wijze\":\"BEHAALD\",\"datum\":\"%s\"}".formatted(today))
				.with(Logins.basic(AALTEN))).andExpect(status().isOk()).andExpect(jsonPath("$.onderdeel").value(part));
		}
		assertThat(openKinds(household.id())).as("the language exams still open")
			.contains(SignalKind.TERM_DEADLINE_NEAR);

		MockHttpSession session = Logins.session(mvc, AALTEN);
		String page = "/huishoudens/" + household.id().value() + "/leden/" + mother + "/afronding";
		assertThat(Http.page(mvc, session, "/huishoudens/" + household.id().value())).contains(page);
		String refused = Http.ok(mvc.perform(exempt(post(page), today, "").session(session)));
		assertThat(refused).contains("Vul bij een ontheffing het kenmerk van het besluit in.")
			.doesNotContain("rule.afronding");
		String childPage = "/huishoudens/" + household.id().value() + "/leden/" + child + "/afronding";
		assertThat(Http.ok(mvc.perform(exempt(post(childPage), today, "2026/88").session(session))))
			.contains("KindAfronding is een kind en heeft geen inburgeringsplicht.");

		long before = jdbc.sql("select coalesce(max(seq), 0) from access.processing_log").query(Long.class).single();
		assertThat(mvc.perform(exempt(post(page), today, "Besluit 2026/88").session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(page);
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where subject_id = ? and activity = 'inburgering.regie' and operation = 'CREATE' and seq > ?""")
			.params(mother.toString(), before)
			.query(Long.class)
			.single()).isPositive();
		assertThat(Http.page(mvc, session, page)).contains("Het afgeronde onderdeel is vastgelegd.")
			.contains("Ontheffing (na besluit)")
			.contains("Besluit 2026/88")
			.contains("Kennis van de Nederlandse Maatschappij (KNM)");
		assertThat(openKinds(household.id())).doesNotContain(SignalKind.TERM_DEADLINE_NEAR);

		mvc.perform(get(api).with(Logins.basic(AALTEN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$._embedded.afrondingen.length()").value(4))
			.andExpect(jsonPath("$._embedded.afrondingen[3].onderdeel").value("TAALEXAMENS_B1"))
			.andExpect(jsonPath("$._embedded.afrondingen[3].wijze").value("ONTHEFFING"));

		mvc.perform(delete(api + "/KNM").with(Logins.basic(AALTEN))).andExpect(status().isNoContent());
		mvc.perform(delete(api + "/KNM").with(Logins.basic(AALTEN))).andExpect(status().isNotFound());
		assertThat(openKinds(household.id())).contains(SignalKind.TERM_DEADLINE_NEAR);
		assertThat(mvc.perform(post(page + "/TAALEXAMENS_B1/intrekken").with(csrf()).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(page);
		assertThat(Http.page(mvc, session, page)).contains("Het afgeronde onderdeel is ingetrokken.")
			.doesNotContain("Besluit 2026/88");
	}

	@Test
	void badInputIsRefusedInWordsAndOtherScopesFindNothing() throws Exception {
		LocalDate today = LocalDate.now(clock);
		HouseholdView household = motherAndChild("Buitenscope");
		UUID mother = household.members().get(0).personId();
		String api = "/api/v1/personen/" + mother + "/afrondingen";
		String passed = "{\"wijze\":\"BEHAALD\",\"datum\":\"%s\"}".formatted(today);

		mvc.perform(json(put(api + "/ONDERWIJSPROGRAMMA"), passed).with(Logins.basic(AALTEN)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(json(put(api + "/NIETS"), passed).with(Logins.basic(AALTEN))).andExpect(status().isBadRequest());
		mvc.perform(json(put(api + "/PVT"), "{\"wijze\":\"BEHAALD\",\"datum\":\"%s\"}".formatted(today.plusDays(1)))
			.with(Logins.basic(AALTEN))).andExpect(status().isBadRequest());
		mvc.perform(json(put(api + "/PVT"), "{\"wijze\":\"ONTHEFFING\",\"datum\":\"%s\"}".formatted(today))
			.with(Logins.basic(AALTEN))).andExpect(status().isBadRequest());
		mvc.perform(json(put(api + "/PVT"), "{\"wijze\":\"GEDAAN\",\"datum\":\"%s\"}".formatted(today))
			.with(Logins.basic(AALTEN))).andExpect(status().isBadRequest());
		mvc.perform(get(api).with(Logins.basic(AALTEN)))
			.andExpect(jsonPath("$._embedded.afrondingen.length()").value(0));

		mvc.perform(json(put(api + "/PVT"), passed).with(Logins.basic("consulent.doetinchem")))
			.andExpect(status().isNotFound());
		mvc.perform(get(api).with(Logins.basic("consulent.doetinchem"))).andExpect(status().isNotFound());
		mvc.perform(get(api).with(Logins.basic("beleid"))).andExpect(status().isForbidden());
		mvc.perform(get("/huishoudens/" + household.id().value() + "/leden/" + mother + "/afronding")
			.session(Logins.session(mvc, "consulent.doetinchem"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/personen/" + UUID.randomUUID() + "/afrondingen").with(Logins.basic(AALTEN)))
			.andExpect(status().isNotFound());
	}

	/**
	 * A mother with a permit of 2024 (under the Wet inburgering 2021) and her child of
	 * six, in Aalten.
	 */
	private HouseholdView motherAndChild(String firstName) {
		return background.callAs(AALTEN,
				() -> inburgering.register(new GemeenteCode("GM0197"), "Markt " + firstName, "7121 AA",
						LocalDate.now(clock).minusMonths(3),
						List.of(new Inburgering.NewMember(firstName, "Testouder", LocalDate.of(1988, 3, 4),
								Gezinsrol.INBURGERAAR, null, null, null, LocalDate.of(2024, 1, 15), null, null),
								new Inburgering.NewMember("Kind" + firstName, "Testouder",
										LocalDate.now(clock).minusYears(6), Gezinsrol.KIND)),
						true));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockHttpServletRequestBuilder exempt(MockHttpServletRequestBuilder request, LocalDate day,
			String reference) {
		return request.with(csrf())
			.param("onderdeel", "TAALEXAMENS_B1")
			.param("wijze", "ONTHEFFING")
			.param("datum", day.toString())
			.param("toelichting", reference);
	}

	private void establishEndingInTwoMonths(UUID person, LocalDate today) {
		var inhoud = new PipInhoud(new Leerroute.B1Route(),
				Inburgeringstermijn.from(today.minusYears(Inburgeringstermijn.YEARS).plusMonths(2)),
				List.of(new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Examens B1 halen", today.plusMonths(1),
						List.of())),
				List.of(), null);
		PipView view = pips.draft(person, inhoud);
		view = pips.discuss(person, view.versie(), today, "Ik wil de examens op tijd halen");
		pips.establish(person, view.versie(), today);
	}

	private List<SignalKind> openKinds(HouseholdId household) {
		background.callAs(AALTEN, () -> signals.evaluate(household));
		return background.callAs(AALTEN, () -> signals.ofHousehold(household))
			.stream()
			.filter(SignalView::open)
			.map(SignalView::kind)
			.toList();
	}

}
