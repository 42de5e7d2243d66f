package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.portal.Invitations;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.sleutelpersoon.VisitFixtures.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator plans the visit of an accepted request: it becomes an appointment of
 * kind key person with the household's adult, the key person named as present, which the
 * newcomer sees in the portal (list, week and calendar file) and the key person on their
 * own page. Only the coordinator plans it, only for an accepted request for a household,
 * once; bad input is refused with a reason.
 */
@VerbinderIntegrationTest
class VisitPlanningIntegrationTests {

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
	AccountAdministration accounts;

	@Autowired
	VisitPlanning planning;

	private final JsonMapper json = JsonMapper.builder().build();

	private VisitFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new VisitFixtures(mvc, background, inburgering, invitations, sleutelpersonen, accounts);
	}

	private Fixture request(String voornaam) throws Exception {
		return fixtures.request(voornaam, fixtures.keyPerson("Dawit"));
	}

	private static VisitPlanning.Plan atHome(Instant at) {
		return new VisitPlanning.Plan(at, 60, VisitPlanning.Where.THUIS, null, null, true);
	}

	@Test
	void theCoordinatorPlansTheVisitTheNewcomerAndTheKeyPersonSeeIt() throws Exception {
		Fixture f = request("Saba");
		UUID request = UUID.fromString(f.request());
		Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		// Not before the key person accepted.
		assertThatThrownBy(() -> background.callAs("coordinator", () -> planning.plan(request, atHome(at))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.request-visit.not-accepted");
		fixtures.offerAndAccept(f);

		MockHttpSession coordinator = Logins.session(mvc, "coordinator");
		assertThat(mvc.perform(get("/verzoeken").session(coordinator)).andReturn().getResponse().getContentAsString())
			.contains("/verzoeken/" + f.request() + "/bezoek");
		String form = mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(coordinator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("data-testid=\"visit-form\"");
		// Bad input: a readable reason, the form again, nothing planned.
		String refused = mvc
			.perform(post("/verzoeken/" + f.request() + "/bezoek").session(coordinator)
				.with(csrf())
				.param("datum", LocalDate.now().plusDays(3).toString())
				.param("tijd", "10:00")
				.param("minuten", "60")
				.param("waar", "VIDEO")
				.param("videoLink", "http://niet-veilig.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("data-testid=\"visit-form\"", "utrecht-alert--error");
		for (String[] bad : List.of(new String[] { "datum", "morgen" }, new String[] { "waar", "MAAN" },
				new String[] { "minuten", "veel" })) {
			var values = new java.util.LinkedHashMap<String, String>();
			values.put("datum", LocalDate.now().plusDays(3).toString());
			values.put("tijd", "10:00");
			values.put("minuten", "60");
			values.put("waar", "THUIS");
			values.put(bad[0], bad[1]);
			var post = post("/verzoeken/" + f.request() + "/bezoek").session(coordinator).with(csrf());
			values.forEach((name, value) -> post.param(name, value));
			assertThat(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
				.as(bad[0])
				.contains("data-testid=\"visit-form\"");
		}
		assertThat(background.callAs("coordinator", () -> planning.visits(List.of(request)))).isEmpty();
		mvc.perform(post("/verzoeken/" + f.request() + "/bezoek").session(coordinator)
			.with(csrf())
			.param("datum", LocalDate.now().plusDays(3).toString())
			.param("tijd", "10:00")
			.param("minuten", "60")
			.param("waar", "THUIS")
			.param("tolk", "true")).andExpect(redirectedUrl("/verzoeken"));
		var planned = background.callAs("coordinator", () -> planning.visits(List.of(request))).get(request);
		assertThat(planned.soort()).isEqualTo(Appointment.Kind.SLEUTELPERSOON);
		assertThat(planned.sleutelpersoon()).isTrue();
		assertThat(planned.aanwezigen()).containsExactly(f.keyPerson().name());
		assertThat(planned.adres()).contains(f.household().adres(), "Winterswijk");
		// Once only.
		assertThatThrownBy(() -> background.callAs("coordinator", () -> planning.plan(request, atHome(at))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.request-visit.planned");

		// The newcomer: in the list, the week and the calendar file.
		var newcomer = fixtures.newcomer(f);
		String list = mvc.perform(get("/api/v1/portaal/afspraken").with(newcomer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("\"soort\":\"SLEUTELPERSOON\"", f.keyPerson().name(), planned.id().toString());
		String ics = mvc.perform(get("/api/v1/portaal/afspraken/" + planned.id() + "/agenda.ics").with(newcomer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics).contains("BEGIN:VEVENT", "UID:" + planned.id() + "@verbinder");
		MockHttpSession portal = (MockHttpSession) mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/portaal/inloggen")
				.user(f.newcomer())
				.password(VisitFixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = mvc.perform(get("/portaal/afspraken").session(portal))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(f.keyPerson().name(), "/portaal/afspraken/" + planned.id() + "/agenda.ics");

		// The key person, on their own page.
		String own = mvc.perform(get("/mijn-verzoeken?lang=nl").session(Logins.session(mvc, f.keyPerson().username())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("data-testid=\"own-visit\"", "https://www.openstreetmap.org/search?query=");
	}

	@Test
	void onlyTheCoordinatorPlansAVisitAndOnlyForARequestForAHousehold() throws Exception {
		Fixture f = request("Mehret");
		fixtures.offerAndAccept(f);
		UUID request = UUID.fromString(f.request());
		Instant at = Instant.now().plus(4, ChronoUnit.DAYS);
		// A case manager, the key person, a newcomer: refused.
		mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(Logins.session(mvc, "consulent.winterswijk")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(Logins.session(mvc, f.keyPerson().username())))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> background.callAs("consulent.winterswijk", () -> planning.plan(request, atHome(at))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> background.callAs(f.keyPerson().username(), () -> planning.plan(request, atHome(at))))
			.isInstanceOf(AccessDeniedException.class);
		// Nor can the key person read the visit of a request that is not theirs through
		// the appointments: the coordinator planned nothing yet.
		assertThat(background.callAs(f.keyPerson().username(), () -> planning.ownVisits())).doesNotContainKey(request);
		// A request for no household gets no visit.
		LocalDate from = LocalDate.now();
		String general = json.readTree(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"VOORLICHTING","talen":["ti"],"rol":"VERTALER","gemeente":"GM0294","wijk":"Centrum",
							 "van":"%s","tot":"%s","minuten":60,"urgentie":"NORMAAL","doel":"Voorlichting over school"}"""
						.formatted(from, from.plusDays(10)))
				.with(VisitFixtures.WINTERSWIJK))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(postJson("/api/v1/verzoeken/" + general + "/aanbod",
				"{\"sleutelpersoon\":\"" + f.keyPerson().id() + "\",\"versie\":0}")
			.with(VisitFixtures.COORDINATOR)).andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + general + "/acceptatie", "{\"versie\":1}")
			.with(f.keyPerson().login())).andExpect(status().isOk());
		assertThatThrownBy(
				() -> background.callAs("coordinator", () -> planning.plan(UUID.fromString(general), atHome(at))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.request-visit.no-household");
		// An unknown request: not found.
		mvc.perform(get("/verzoeken/" + UUID.randomUUID() + "/bezoek").session(Logins.session(mvc, "coordinator")))
			.andExpect(status().isNotFound());
	}

}
