package nl.verbinder.sleutelpersoon;

import static nl.verbinder.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.portal.Invitations;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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

	private static final RequestPostProcessor WINTERSWIJK = Logins.basic("consulent.winterswijk");

	private static final RequestPostProcessor COORDINATOR = Logins.basic("coordinator");

	private static final RequestPostProcessor KEY_PERSON = Logins.basic("sleutelpersoon");

	private static final UUID YONAS = UUID.nameUUIDFromBytes("sleutelpersoon-0".getBytes());

	private static final String PASSWORD = "een bezoek van de sleutelpersoon";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	VisitPlanning planning;

	private final JsonMapper json = JsonMapper.builder().build();

	private record Fixture(HouseholdView household, String newcomer, String request) {
	}

	/** A household in Winterswijk with a portal account and a home visit request. */
	private Fixture request(String voornaam) throws Exception {
		HouseholdView household = background.callAs("consulent.winterswijk",
				() -> inburgering.register(new GemeenteCode("GM0294"), "Meddosestraat " + voornaam.length(), "7101 AB",
						LocalDate.now().minusMonths(2),
						List.of(new Inburgering.NewMember(voornaam, "Bezoek" + Long.toString(System.nanoTime(), 36),
								LocalDate.of(1985, 3, 4), Gezinsrol.INBURGERAAR, Geslacht.VROUW, "ER", "ER",
								LocalDate.now().minusMonths(4), null, null)),
						true));
		UUID person = household.members().getFirst().personId();
		var issued = background.callAs("consulent.winterswijk", () -> invitations.invite(household.id(), person, "ti"));
		String newcomer = invitations.activate(issued.code(), PASSWORD, PASSWORD,
				"10.7." + (System.nanoTime() % 200) + ".1");
		LocalDate from = LocalDate.now();
		String id = json.readTree(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"HUISBEZOEK","talen":["ti"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG","gemeente":"GM0294",
							 "wijk":"Centrum","van":"%s","tot":"%s","minuten":15,"urgentie":"NORMAAL","huishoudenId":"%s",
							 "doel":"Uitleg over de huisarts"}"""
						.formatted(from, from.plusDays(10), household.id()))
				.with(WINTERSWIJK))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		return new Fixture(household, newcomer, id);
	}

	private void offerAndAccept(Fixture f) throws Exception {
		mvc.perform(postJson("/api/v1/verzoeken/" + f.request() + "/aanbod",
				"{\"sleutelpersoon\":\"" + YONAS + "\",\"versie\":0}")
			.with(COORDINATOR)).andExpect(status().isOk());
		mvc.perform(
				postJson("/api/v1/mijn-verzoeken/" + f.request() + "/acceptatie", "{\"versie\":1}").with(KEY_PERSON))
			.andExpect(status().isOk());
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
		offerAndAccept(f);

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
		assertThat(planned.aanwezigen()).containsExactly("Yonas Tekle");
		assertThat(planned.adres()).contains(f.household().adres(), "Winterswijk");
		// Once only.
		assertThatThrownBy(() -> background.callAs("coordinator", () -> planning.plan(request, atHome(at))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.request-visit.planned");

		// The newcomer: in the list, the week and the calendar file.
		var newcomer = httpBasic(f.newcomer(), PASSWORD);
		String list = mvc.perform(get("/api/v1/portaal/afspraken").with(newcomer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("\"soort\":\"SLEUTELPERSOON\"", "Yonas Tekle", planned.id().toString());
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
				.password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = mvc.perform(get("/portaal/afspraken").session(portal))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Yonas Tekle", "/portaal/afspraken/" + planned.id() + "/agenda.ics");

		// The key person, on their own page.
		String own = mvc.perform(get("/mijn-verzoeken?lang=nl").session(Logins.session(mvc, "sleutelpersoon")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("data-testid=\"own-visit\"", "https://www.openstreetmap.org/search?query=");
	}

	@Test
	void onlyTheCoordinatorPlansAVisitAndOnlyForARequestForAHousehold() throws Exception {
		Fixture f = request("Mehret");
		offerAndAccept(f);
		UUID request = UUID.fromString(f.request());
		Instant at = Instant.now().plus(4, ChronoUnit.DAYS);
		// A case manager, the key person, a newcomer: refused.
		mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(Logins.session(mvc, "consulent.winterswijk")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/verzoeken/" + f.request() + "/bezoek").session(Logins.session(mvc, "sleutelpersoon")))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> background.callAs("consulent.winterswijk", () -> planning.plan(request, atHome(at))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> background.callAs("sleutelpersoon", () -> planning.plan(request, atHome(at))))
			.isInstanceOf(AccessDeniedException.class);
		// Nor can the key person read the visit of a request that is not theirs through
		// the appointments: the coordinator planned nothing yet.
		assertThat(background.callAs("sleutelpersoon", () -> planning.ownVisits())).doesNotContainKey(request);
		// A request for no household gets no visit.
		LocalDate from = LocalDate.now();
		String general = json.readTree(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"VOORLICHTING","talen":["ti"],"rol":"VERTALER","gemeente":"GM0294","wijk":"Centrum",
							 "van":"%s","tot":"%s","minuten":60,"urgentie":"NORMAAL","doel":"Voorlichting over school"}"""
						.formatted(from, from.plusDays(10)))
				.with(WINTERSWIJK))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(postJson("/api/v1/verzoeken/" + general + "/aanbod",
				"{\"sleutelpersoon\":\"" + YONAS + "\",\"versie\":0}")
			.with(COORDINATOR)).andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/mijn-verzoeken/" + general + "/acceptatie", "{\"versie\":1}").with(KEY_PERSON))
			.andExpect(status().isOk());
		assertThatThrownBy(
				() -> background.callAs("coordinator", () -> planning.plan(UUID.fromString(general), atHome(at))))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("rule.request-visit.no-household");
		// An unknown request: not found.
		mvc.perform(get("/verzoeken/" + UUID.randomUUID() + "/bezoek").session(Logins.session(mvc, "coordinator")))
			.andExpect(status().isNotFound());
	}

}
