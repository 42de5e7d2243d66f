package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.portal.Invitations;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.sleutelpersoon.VisitFixtures.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator moves (time and place) or cancels the visit of an accepted request, on
 * the page and through the API; the newcomer sees a moved visit as moved and answers
 * again, a cancelled one with its reason. A request withdrawn by the professional cancels
 * its visit still to come, after the commit. Each rule has its test: a visit that began
 * or was cancelled is not moved or cancelled again, a new time in the past is refused,
 * another's change first is a conflict, and a visit outside the caller's scope is
 * forbidden or not found.
 */
@VerbinderIntegrationTest
@EnableScenarios
class VisitChangesIntegrationTests {

	private static final RequestPostProcessor WINTERSWIJK = VisitFixtures.WINTERSWIJK;

	private static final RequestPostProcessor COORDINATOR = VisitFixtures.COORDINATOR;

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	Sleutelpersonen sleutelpersonen;

	@Autowired
	VisitPlanning planning;

	@Autowired
	Requesting requesting;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	JdbcClient jdbc;

	private VisitFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new VisitFixtures(mvc, background, inburgering, invitations, sleutelpersonen, accounts);
	}

	private Fixture accepted(String voornaam) throws Exception {
		return fixtures.accepted(voornaam);
	}

	private String planAtHome(Fixture f, LocalDate day) throws Exception {
		return fixtures.planAtHome(f, day);
	}

	private AppointmentView visit(Fixture f) {
		UUID request = UUID.fromString(f.request());
		return background.callAs("coordinator", () -> planning.visits(List.of(request))).get(request);
	}

	private long logged(UUID person, String operation) {
		return jdbc
			.sql("""
					select count(*) from access.processing_log
					where activity = 'appointment.afspraken' and subject_type = 'person' and subject_id = ? and operation = ?""")
			.params(person.toString(), operation)
			.query(Long.class)
			.single();
	}

	@Test
	void theCoordinatorMovesTheVisitAndTheNewcomerSeesItMovedAndAnswersAgain() throws Exception {
		Fixture f = accepted("Luwam");
		UUID person = f.household().members().getFirst().personId();
		LocalDate day = LocalDate.now().plusDays(3);
		planAtHome(f, day);
		mvc.perform(get("/api/v1/verzoeken/" + f.request() + "/bezoek").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plaatsSoort").value("ADRES"))
			.andExpect(jsonPath("$.verzetVan").doesNotExist());
		AppointmentView planned = visit(f);

		// The newcomer confirms; then the coordinator moves it, on the page, to a video
		// call two days later.
		var newcomer = fixtures.newcomer(f);
		mvc.perform(postJson("/api/v1/portaal/afspraken/" + planned.id() + "/bevestiging",
				"{\"versie\":" + planned.versie() + "}")
			.with(newcomer));
		long updatesBefore = logged(person, "UPDATE");
		MockHttpSession coordinator = Logins.session(mvc, "coordinator");
		String form = mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(coordinator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("data-testid=\"visit-move-form\"", "data-testid=\"visit-cancel-form\"")
			.doesNotContain("data-testid=\"visit-form\"");
		AppointmentView current = visit(f);
		mvc.perform(post("/verzoeken/" + f.request() + "/bezoek/verzetten").session(coordinator)
			.with(csrf())
			.param("datum", day.plusDays(2).toString())
			.param("tijd", "14:30")
			.param("minuten", "45")
			.param("waar", "VIDEO")
			.param("videoLink", "https://video.verbinder.example/bezoek")
			.param("versie", String.valueOf(current.versie())))
			.andExpect(redirectedUrl("/verzoeken/" + f.request() + "/bezoek"));
		AppointmentView moved = visit(f);
		assertThat(moved.id()).isEqualTo(planned.id());
		assertThat(moved.beginLocal().toLocalDate()).isEqualTo(day.plusDays(2));
		assertThat(moved.minuten()).isEqualTo(45);
		assertThat(moved.plaatsSoort()).isEqualTo("VIDEO");
		assertThat(moved.videoLink()).isEqualTo("https://video.verbinder.example/bezoek");
		assertThat(moved.verzetVan()).isEqualTo(planned.begin());
		// As for a case manager's appointment: the newcomer is asked to answer again.
		assertThat(moved.status()).isEqualTo(Appointment.Status.GEPLAND);
		assertThat(logged(person, "UPDATE")).isGreaterThan(updatesBefore);

		// The newcomer sees it as moved, in the portal's API and page.
		String mine = "$._embedded.afspraken[?(@.id == '" + planned.id() + "')]";
		mvc.perform(get("/api/v1/portaal/afspraken").with(newcomer))
			.andExpect(status().isOk())
			.andExpect(jsonPath(mine + ".verzetVan").isNotEmpty())
			.andExpect(jsonPath(mine + ".plaatsSoort").value("VIDEO"));
		MockHttpSession portal = (MockHttpSession) mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin("/portaal/inloggen")
				.user(f.newcomer())
				.password(VisitFixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(mvc.perform(get("/portaal/afspraken?lang=nl").session(portal))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-testid=\"appointment-moved\"", "Deze afspraak is verzet");
		// And the key person, on their own page, with the time it had.
		assertThat(mvc.perform(get("/mijn-verzoeken?lang=nl").session(Logins.session(mvc, f.keyPerson().username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-testid=\"own-visit-moved\"", "Het bezoek is verzet",
					"op " + planned.beginLocal().toLocalDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
							+ " om 10:00");

		// Through the API, back home; a stale version is a conflict, a time in the past
		// and a bad link are refused with a reason.
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/verzetting",
				"{\"datum\":\"%s\",\"tijd\":\"09:00\",\"minuten\":60,\"waar\":\"THUIS\",\"versie\":%d}"
					.formatted(day.plusDays(4), moved.versie() + 3))
			.with(COORDINATOR)).andExpect(status().isConflict());
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/verzetting",
				"{\"datum\":\"%s\",\"tijd\":\"09:00\",\"minuten\":60,\"waar\":\"THUIS\",\"versie\":%d}"
					.formatted(LocalDate.now().minusDays(1), moved.versie()))
			.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("rule.appointment.in-past"));
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/verzetting",
				"{\"datum\":\"%s\",\"tijd\":\"09:00\",\"minuten\":60,\"waar\":\"VIDEO\",\"videoLink\":\"http://x.example\",\"versie\":%d}"
					.formatted(day.plusDays(4), moved.versie()))
			.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/verzetting",
				"{\"datum\":\"%s\",\"tijd\":\"09:00\",\"minuten\":60,\"waar\":\"THUIS\",\"versie\":%d}"
					.formatted(day.plusDays(4), moved.versie()))
			.with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plaatsSoort").value("ADRES"))
			.andExpect(jsonPath("$.adres").value(org.hamcrest.Matchers.containsString("Winterswijk")));
		// A bad form on the page: the move form again with the reason.
		AppointmentView home = visit(f);
		String refused = mvc
			.perform(post("/verzoeken/" + f.request() + "/bezoek/verzetten").session(coordinator)
				.with(csrf())
				.param("datum", LocalDate.now().minusDays(2).toString())
				.param("tijd", "10:00")
				.param("minuten", "60")
				.param("waar", "THUIS")
				.param("versie", String.valueOf(home.versie())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("data-testid=\"visit-move-form\"", "utrecht-alert--error");
	}

	@Test
	void theCoordinatorCancelsTheVisitOnceWithAReasonAndMayPlanItAgain() throws Exception {
		Fixture f = accepted("Senait");
		planAtHome(f, LocalDate.now().plusDays(5));
		AppointmentView planned = visit(f);
		MockHttpSession coordinator = Logins.session(mvc, "coordinator");
		// No reason: refused on the page, with the reason why.
		String refused = mvc
			.perform(post("/verzoeken/" + f.request() + "/bezoek/annuleren").session(coordinator)
				.with(csrf())
				.param("reden", " ")
				.param("versie", String.valueOf(planned.versie())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("data-testid=\"visit-cancel-error\"");
		mvc.perform(post("/verzoeken/" + f.request() + "/bezoek/annuleren").session(coordinator)
			.with(csrf())
			.param("reden", "De sleutelpersoon is ziek.")
			.param("versie", String.valueOf(planned.versie())))
			.andExpect(redirectedUrl("/verzoeken/" + f.request() + "/bezoek"));
		AppointmentView cancelled = visit(f);
		assertThat(cancelled.status()).isEqualTo(Appointment.Status.GEANNULEERD);
		assertThat(cancelled.reden()).isEqualTo("De sleutelpersoon is ziek.");
		// Twice: refused with the reason; moving a cancelled visit too.
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/annulering",
				"{\"reden\":\"nog eens\",\"versie\":" + cancelled.versie() + "}")
			.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.appointment.cancelled"));
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/verzetting",
				"{\"datum\":\"%s\",\"tijd\":\"09:00\",\"minuten\":60,\"waar\":\"THUIS\",\"versie\":%d}"
					.formatted(LocalDate.now().plusDays(6), cancelled.versie()))
			.with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("rule.appointment.cancelled"));
		// The newcomer reads the reason.
		String mine = "$._embedded.afspraken[?(@.id == '" + planned.id() + "')]";
		mvc.perform(get("/api/v1/portaal/afspraken").with(fixtures.newcomer(f)))
			.andExpect(jsonPath(mine + ".status").value("GEANNULEERD"))
			.andExpect(jsonPath(mine + ".reden").value("De sleutelpersoon is ziek."));
		// The page offers planning it again, which replaces the cancelled visit.
		assertThat(mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(coordinator))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-testid=\"visit-form\"")
			.doesNotContain("data-testid=\"visit-move-form\"");
		planAtHome(f, LocalDate.now().plusDays(7));
		assertThat(visit(f).id()).isNotEqualTo(planned.id());
		assertThat(visit(f).status()).isEqualTo(Appointment.Status.GEPLAND);
	}

	@Test
	void aVisitOutsideTheCallersScopeIsForbiddenOrNotFound() throws Exception {
		Fixture f = accepted("Helen");
		planAtHome(f, LocalDate.now().plusDays(4));
		AppointmentView planned = visit(f);
		String cancel = "{\"reden\":\"weg\",\"versie\":" + planned.versie() + "}";
		// A case manager, the key person: no permission.
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/annulering", cancel).with(WINTERSWIJK))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(
				postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/annulering", cancel).with(f.keyPerson().login()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/verzoeken/" + f.request() + "/bezoek/annuleren")
			.session(Logins.session(mvc, "consulent.winterswijk"))
			.with(csrf())
			.param("reden", "weg")
			.param("versie", "0")).andExpect(status().isForbidden());
		// A coordinator of another municipality (Aalten): not found, nothing changed.
		String username = "coordinator.aalten." + Long.toString(System.nanoTime(), 36);
		String password = "coordinator van aalten";
		background.runAs("beheerder", () -> accounts.open(new AccountAdministration.NewAccount(username,
				"Coördinator Aalten", Role.REGIONAL_COORDINATOR, new GemeenteCode("GM0197"), password)));
		var aalten = httpBasic(username, password);
		mvc.perform(get("/api/v1/verzoeken/" + f.request() + "/bezoek").with(aalten))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/annulering", cancel).with(aalten))
			.andExpect(status().isNotFound());
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/bezoek/verzetting",
				"{\"datum\":\"%s\",\"tijd\":\"09:00\",\"minuten\":60,\"waar\":\"THUIS\",\"versie\":%d}"
					.formatted(LocalDate.now().plusDays(6), planned.versie()))
			.with(aalten)).andExpect(status().isNotFound());
		// An unknown request, and a request without a visit: not found.
		mvc.perform(get("/api/v1/verzoeken/" + UUID.randomUUID() + "/bezoek").with(COORDINATOR))
			.andExpect(status().isNotFound());
		Fixture without = accepted("Yordanos");
		mvc.perform(get("/api/v1/verzoeken/" + without.request() + "/bezoek").with(COORDINATOR))
			.andExpect(status().isNotFound());
		assertThat(visit(f).status()).isEqualTo(Appointment.Status.GEPLAND);
	}

	@Test
	void aWithdrawnRequestCancelsItsVisitStillToCome(Scenario scenario) throws Exception {
		Fixture f = accepted("Freweyni");
		planAtHome(f, LocalDate.now().plusDays(6));
		AppointmentView planned = visit(f);
		UUID request = UUID.fromString(f.request());
		scenario.stimulate(() -> {
			try {
				mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/annulering", "{\"versie\":2}")
					.with(WINTERSWIJK)).andExpect(status().isOk());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> visit(f).status(), s -> s == Appointment.Status.GEANNULEERD)
			.andVerify(s -> {
				AppointmentView lapsed = visit(f);
				assertThat(lapsed.id()).isEqualTo(planned.id());
				assertThat(lapsed.reden()).contains("ingetrokken");
			});
		// The same end again changes nothing.
		assertThat(background.callAs("consulent.winterswijk", () -> planning.lapse(request, "nog eens", Instant.now())))
			.isFalse();
		assertThat(visit(f).reden()).contains("ingetrokken");
	}

	@Test
	void anEndDeliveredLateNeverCancelsAVisitPlannedAfterIt() throws Exception {
		Fixture f = accepted("Semhar");
		Instant endedEarlier = Instant.now().minusSeconds(3600);
		planAtHome(f, LocalDate.now().plusDays(6));
		UUID request = UUID.fromString(f.request());
		// An end of an earlier acceptance, delivered after this visit was planned.
		assertThat(background.callAs("consulent.winterswijk", () -> planning.lapse(request, "te laat", endedEarlier)))
			.isFalse();
		assertThat(visit(f).status()).isEqualTo(Appointment.Status.GEPLAND);
		assertThat(background.callAs("consulent.winterswijk", () -> planning.lapse(request, "nu", Instant.now())))
			.isTrue();
		assertThat(visit(f).status()).isEqualTo(Appointment.Status.GEANNULEERD);
		// Withdrawn, so that the key person's hours of this week go back to the pool for
		// the other tests.
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/annulering", "{\"versie\":2}").with(WINTERSWIJK))
			.andExpect(status().isOk());
	}

	/**
	 * Runs a step that ends the fixture's request and waits until its visit lapsed, after
	 * the commit.
	 */
	private AppointmentView lapsesAfter(Scenario scenario, Fixture f, ThrowingStep step) {
		AppointmentView[] lapsed = new AppointmentView[1];
		scenario.stimulate(() -> {
			try {
				step.run();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> visit(f).status(), s -> s == Appointment.Status.GEANNULEERD)
			.andVerify(s -> lapsed[0] = visit(f));
		return lapsed[0];
	}

	@FunctionalInterface
	private interface ThrowingStep {

		void run() throws Exception;

	}

	@Test
	void aRequestItsKeyPersonReportsDoneCancelsItsVisitStillToCome(Scenario scenario) throws Exception {
		Fixture f = accepted("Aster");
		planAtHome(f, LocalDate.now().plusDays(5));
		AppointmentView planned = visit(f);
		// The key person helped by phone already and reports it.
		AppointmentView lapsed = lapsesAfter(scenario, f, () -> mvc
			.perform(postJson("/api/v1/mijn-verzoeken/" + f.request() + "/verslag",
					"{\"versie\":2,\"datum\":\"%s\",\"minuten\":30,\"km\":0,\"tekst\":\"Telefonisch uitgelegd.\"}"
						.formatted(LocalDate.now()))
				.with(f.keyPerson().login()))
			.andExpect(status().isOk()));
		assertThat(lapsed.id()).isEqualTo(planned.id());
		assertThat(lapsed.reden()).contains("hulp al gegeven");
		// The newcomer reads why.
		String mine = "$._embedded.afspraken[?(@.id == '" + planned.id() + "')]";
		mvc.perform(get("/api/v1/portaal/afspraken").with(fixtures.newcomer(f)))
			.andExpect(jsonPath(mine + ".status").value("GEANNULEERD"))
			.andExpect(jsonPath(mine + ".reden").value(lapsed.reden()));
	}

	@Test
	void aRequestTheCoordinatorRecordsAsDoneCancelsItsVisitStillToCome(Scenario scenario) throws Exception {
		Fixture f = accepted("Rahwa");
		planAtHome(f, LocalDate.now().plusDays(5));
		AppointmentView lapsed = lapsesAfter(scenario, f, () -> mvc
			.perform(postJson("/api/v1/verzoeken/" + f.request() + "/antwoord", """
					{"versie":2,"geaccepteerd":true,"verslag":{"versie":2,"datum":"%s","minuten":20,"km":0,
					 "tekst":"Sleutelpersoon belde: al geholpen."}}""".formatted(LocalDate.now())).with(COORDINATOR))
			.andExpect(status().isOk()));
		assertThat(lapsed.reden()).contains("hulp al gegeven");
	}

	@Test
	void aKeyPersonWhoLeavesThePoolReleasesTheRequestAndItsVisitLapses(Scenario scenario) throws Exception {
		Fixture f = accepted("Mebrat");
		planAtHome(f, LocalDate.now().plusDays(5));
		AppointmentView planned = visit(f);
		AppointmentView lapsed = lapsesAfter(scenario, f,
				() -> mvc
					.perform(
							postJson("/api/v1/sleutelpersonen/" + f.keyPerson().id() + "/vertrek",
									"{\"datum\":\"%s\",\"reden\":\"Verhuisd naar een andere regio\"}"
										.formatted(LocalDate.now()))
								.with(COORDINATOR))
					.andExpect(status().isOk()));
		assertThat(lapsed.id()).isEqualTo(planned.id());
		assertThat(lapsed.reden()).contains("kan niet komen");
		// The request is open again, for the coordinator to offer to someone else.
		assertThat(
				background.callAs("consulent.winterswijk", () -> requesting.findRequest(UUID.fromString(f.request())))
					.verzoek()
					.status())
			.isEqualTo(Verzoek.Status.OPEN);
	}

}
