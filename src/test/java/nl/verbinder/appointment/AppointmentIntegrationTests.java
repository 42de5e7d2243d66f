package nl.verbinder.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.TestHouseholds;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appointments end to end: the case manager plans, the newcomer sees them (their own and
 * their minor child's) in a list and a week, confirms one and asks another time for the
 * other, downloads a calendar file; the case manager sees the answers on the household
 * page and in the caseload. Nobody else sees them; refused input changes nothing.
 */
@VerbinderIntegrationTest
class AppointmentIntegrationTests {

	private static final String PASSWORD = "een lange zin om te onthouden";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	record Family(HouseholdView household, UUID mother, UUID child, String username) {
	}

	/**
	 * A new household in Aalten, mother and child, the mother activated in the portal.
	 */
	Family newFamily(String voornaam) throws Exception {
		HouseholdView household = TestHouseholds.motherAndChild(background, inburgering, voornaam);
		UUID mother = household.members().getFirst().personId();
		JsonNode invitation = json(TestHouseholds.inviteInArabic(mvc, household, mother));
		mvc.perform(post("/portaal/activeren").with(csrf())
			.param("code", invitation.get("code").asString())
			.param("wachtwoord", PASSWORD)
			.param("herhaling", PASSWORD)).andExpect(status().is3xxRedirection());
		return new Family(household, mother, household.members().get(1).personId(),
				invitation.get("gebruikersnaam").asString());
	}

	static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	static String planJson(UUID person, String kind, LocalDate day, String place) {
		return """
				{"persoon":"%s","soort":"%s","datum":"%s","tijd":"10:30","minuten":45,"plaats":%s,
				 "aanwezigen":["Consulent Jansen"],"tolk":true,"sleutelpersoon":false}""".formatted(person, kind, day,
				place);
	}

	static final String TOWN_HALL = """
			{"soort":"ADRES","locatie":"Gemeentehuis","straat":"Hofstraat 1","postcode":"7121 DL","plaats":"Aalten"}""";

	JsonNode plan(Family family, UUID person, String kind, LocalDate day, String place) throws Exception {
		return json(mvc
			.perform(post("/api/v1/huishoudens/" + family.household().id() + "/afspraken")
				.with(Logins.basic("consulent.aalten"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(planJson(person, kind, day, place)))
			.andExpect(status().isCreated()));
	}

	MockHttpSession portal(Family family) throws Exception {
		var result = mvc.perform(formLogin("/portaal/inloggen").user(family.username()).password(PASSWORD)).andReturn();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		// Where login leads: the language the newcomer chose (Arabic) applies from here
		// on.
		mvc.perform(get("/portaal/welkom").session(session)).andExpect(status().is3xxRedirection());
		return session;
	}

	String page(String path, MockHttpSession session) throws Exception {
		return Http.ok(mvc.perform(get(path).session(session)));
	}

	@Test
	void theCaseManagerPlansTheNewcomerAnswersAndTheCaseManagerSeesTheAnswer() throws Exception {
		Family family = newFamily("Hiwet");
		LocalDate day = LocalDate.now().plusDays(3);
		JsonNode forChild = plan(family, family.child(), "GESPREK", day, TOWN_HALL);
		JsonNode forMother = plan(family, family.mother(), "HUISBEZOEK", day.plusDays(1),
				"{\"soort\":\"VIDEO\",\"link\":\"https://meet.example.org/hiwet\"}");
		assertThat(forChild.get("status").asString()).isEqualTo("GEPLAND");
		assertThat(forChild.get("kaartLink").asString()).startsWith("https://www.openstreetmap.org/search?query=");

		MockHttpSession session = portal(family);
		String list = page("/portaal/afspraken?week=" + day, session);
		assertThat(list).contains("data-testid=\"appointment-week\"", "/vendor/pictograms/messages-square.svg",
				"/vendor/pictograms/house.svg", "KindHiwet", "Gemeentehuis, Hofstraat 1, 7121 DL Aalten",
				"https://meet.example.org/hiwet");
		assertThat(page("/portaal/mijn", session)).contains("/portaal/afspraken");

		// Confirm the child's on the page, ask another time for the mother's in the API.
		mvc.perform(post("/portaal/afspraken/" + forChild.get("id").asString() + "/bevestigen").session(session)
			.with(csrf())
			.param("versie", "0")).andExpect(status().is3xxRedirection());
		JsonNode asked = json(mvc
			.perform(post("/api/v1/portaal/afspraken/" + forMother.get("id").asString() + "/verzoek-ander-tijdstip")
				.with(httpBasic(family.username(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"versie\":0,\"reden\":\"Dan heb ik taalles\"}"))
			.andExpect(status().isOk()));
		assertThat(asked.get("status").asString()).isEqualTo("ANDER_TIJDSTIP_GEVRAAGD");
		JsonNode mine = json(mvc.perform(get("/api/v1/portaal/afspraken").with(httpBasic(family.username(), PASSWORD)))
			.andExpect(status().isOk())).get("_embedded").get("afspraken");
		assertThat(mine.size()).isEqualTo(2);
		assertThat(mine.get(0).get("status").asString()).isEqualTo("BEVESTIGD");

		// The calendar file.
		var ics = mvc
			.perform(get("/portaal/afspraken/" + forChild.get("id").asString() + "/agenda.ics").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(ics.getContentType()).startsWith("text/calendar");
		assertThat(ics.getHeader("Content-Disposition")).contains("attachment");
		assertThat(ics.getContentAsString()).contains("BEGIN:VEVENT\r\n", "STATUS:CONFIRMED\r\n", "DTSTART:");

		// The case manager sees the answers on the household page's section and in the
		// caseload.
		MockHttpSession caseManager = Logins.session(mvc, "consulent.aalten");
		String section = page("/huishoudens/" + family.household().id() + "/afspraken/overzicht", caseManager);
		assertThat(section).contains("Bevestigd", "Ander tijdstip gevraagd", "Dan heb ik taalles");
		assertThat(page("/huishoudens/" + family.household().id(), caseManager)).contains("/afspraken/overzicht");
		assertThat(page("/huishoudens/" + family.household().id() + "/afspraken", caseManager))
			.contains("Dan heb ik taalles", "data-testid=\"appointment-form\"");
		assertThat(page("/huishoudens?naam=Hiwet", caseManager)).contains("caseload-marks", "Ander tijdstip gevraagd");

		// Every read of the newcomer's appointments is in the processing log.
		long reads = jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'portal.inzage' and actor = ? and operation = 'READ' and subject_id = ?""")
			.params(family.username(), family.child().toString())
			.query(Long.class)
			.single();
		long staffReads = jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'appointment.afspraken' and actor = 'consulent.aalten' and subject_id = ?""")
			.param(family.mother().toString())
			.query(Long.class)
			.single();
		assertThat(reads).isPositive();
		assertThat(staffReads).isPositive();
	}

	@Test
	void theCaseManagerPlansOnThePageAndMovesAndCancels() throws Exception {
		Family family = newFamily("Senait");
		MockHttpSession caseManager = Logins.session(mvc, "consulent.aalten");
		String path = "/huishoudens/" + family.household().id() + "/afspraken";
		mvc.perform(post(path).session(caseManager)
			.with(csrf())
			.param("persoon", family.mother().toString())
			.param("soort", "INTAKE")
			.param("datum", LocalDate.now().plusDays(5).toString())
			.param("tijd", "14:00")
			.param("minuten", "60")
			.param("plaatsSoort", "TELEFOON")
			.param("telefoon", "0543 123456")).andExpect(status().is3xxRedirection());
		JsonNode planned = json(mvc.perform(get("/api/v1" + path).with(Logins.basic("consulent.aalten"))))
			.get("_embedded")
			.get("afspraken")
			.get(0);
		assertThat(planned.get("telefoon").asString()).isEqualTo("0543 123456");
		String id = planned.get("id").asString();
		mvc.perform(post(path + "/" + id + "/verzetten").session(caseManager)
			.with(csrf())
			.param("datum", LocalDate.now().plusDays(6).toString())
			.param("tijd", "09:00")
			.param("minuten", "30")
			.param("versie", "0")).andExpect(status().is3xxRedirection());
		// A stale version is refused with a readable message, nothing changed.
		String stale = Http.ok(mvc.perform(post(path + "/" + id + "/annuleren").session(caseManager)
			.with(csrf())
			.param("reden", "Ziek")
			.param("versie", "0")));
		assertThat(stale).contains("data-testid=\"appointment-error\"");
		mvc.perform(post("/api/v1" + path + "/" + id + "/annulering").with(Logins.basic("consulent.aalten"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reden\":\"Consulent ziek\",\"versie\":1}")).andExpect(status().isNoContent());
		JsonNode cancelled = json(mvc.perform(get("/api/v1" + path).with(Logins.basic("consulent.aalten"))))
			.get("_embedded")
			.get("afspraken")
			.get(0);
		assertThat(cancelled.get("status").asString()).isEqualTo("GEANNULEERD");
		assertThat(cancelled.get("herinnering").get("status").asString()).isEqualTo("VERVALLEN");
	}

	@Test
	void theCaseManagerMovesAnAppointmentToAnotherTimeAndPlaceThroughTheApi() throws Exception {
		Family family = newFamily("Mehret");
		LocalDate day = LocalDate.now().plusDays(4);
		JsonNode planned = plan(family, family.mother(), "GESPREK", day, TOWN_HALL);
		String move = "/api/v1/huishoudens/" + family.household().id() + "/afspraken/" + planned.get("id").asString()
				+ "/verzetting";
		// A bad place: refused with problem+json, nothing moved.
		mvc.perform(post(move).with(Logins.basic("consulent.aalten"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"datum":"%s","tijd":"14:00","minuten":30,"plaats":{"soort":"VIDEO","link":"http://niet-veilig.example"},
							 "versie":0}"""
						.formatted(day.plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// To a video call the next day.
		JsonNode moved = json(mvc
			.perform(post(move).with(Logins.basic("consulent.aalten"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"datum":"%s","tijd":"14:00","minuten":30,"plaats":{"soort":"VIDEO","link":"https://meet.example.org/mehret"},
								 "versie":0}"""
							.formatted(day.plusDays(1))))
			.andExpect(status().isOk()));
		assertThat(moved.get("plaatsSoort").asString()).isEqualTo("VIDEO");
		assertThat(moved.get("videoLink").asString()).isEqualTo("https://meet.example.org/mehret");
		assertThat(moved.get("verzetVan").asString()).isEqualTo(planned.get("begin").asString());
		// Without a place, only the time moves.
		JsonNode later = json(mvc
			.perform(post(move).with(Logins.basic("consulent.aalten"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"datum\":\"%s\",\"tijd\":\"15:00\",\"minuten\":30,\"versie\":%d}".formatted(day.plusDays(2),
						moved.get("versie").asLong())))
			.andExpect(status().isOk()));
		assertThat(later.get("plaatsSoort").asString()).isEqualTo("VIDEO");
		assertThat(later.get("videoLink").asString()).isEqualTo("https://meet.example.org/mehret");
	}

	@Test
	void theCaseManagerMovesAnAppointmentToAnotherPlaceOnThePageAndTheNewcomerSeesIt() throws Exception {
		Family family = newFamily("Rahwa");
		LocalDate day = LocalDate.now().plusDays(4);
		JsonNode planned = plan(family, family.mother(), "GESPREK", day, TOWN_HALL);
		String id = planned.get("id").asString();
		String path = "/huishoudens/" + family.household().id() + "/afspraken";
		MockHttpSession caseManager = Logins.session(mvc, "consulent.aalten");
		MockHttpSession newcomer = portal(family);

		// The move form starts from the place the appointment has.
		String page = page(path, caseManager);
		assertThat(page).contains("data-testid=\"appointment-move-form\"", "id=\"plaatsSoort-" + id + "-VIDEO\"",
				"id=\"straat-" + id + "\"", "value=\"Hofstraat 1\"", "value=\"7121 DL\"");
		assertThat(page).containsPattern("id=\"plaatsSoort-" + id + "-ADRES\"[^>]*checked");

		// A bad place is refused in words, in Dutch and in English, at its field; nothing
		// moves.
		String refused = Http
			.ok(mvc.perform(move(path, id, caseManager, day.plusDays(1), "14:00", 0).param("plaatsSoort", "VIDEO")
				.param("videoLink", "http://niet-veilig.example")));
		assertThat(refused).contains("data-testid=\"appointment-error\"",
				"Een videogesprek heeft een link die begint met https://.", "id=\"videoLink-" + id + "-error\"",
				"value=\"http://niet-veilig.example\"");
		assertThat(refused).containsPattern("id=\"videoLink-" + id + "\"[^>]*aria-invalid=\"true\"");
		String english = Http
			.ok(mvc.perform(move(path, id, caseManager, day.plusDays(1), "14:00", 0).param("lang", "en")
				.param("plaatsSoort", "ADRES")
				.param("straat", "")
				.param("plaats", "Aalten")));
		assertThat(english).contains("An appointment at an address", "id=\"straat-" + id + "-error\"");
		for (String kind : new String[] { "BOOT", "TELEFOON" }) {
			String other = Http
				.ok(mvc.perform(move(path, id, caseManager, day.plusDays(1), "14:00", 0).param("lang", "nl")
					.param("plaatsSoort", kind)
					.param("telefoon", "bel me")));
			assertThat(other).as(kind).contains("data-testid=\"appointment-error\"", "aria-invalid=\"true\"");
		}
		JsonNode unchanged = json(mvc.perform(get("/api/v1" + path).with(Logins.basic("consulent.aalten"))))
			.get("_embedded")
			.get("afspraken")
			.get(0);
		assertThat(unchanged.get("versie").asLong()).isZero();
		assertThat(unchanged.get("plaatsSoort").asString()).isEqualTo("ADRES");
		assertThat(unchanged.get("begin").asString()).isEqualTo(planned.get("begin").asString());
		assertThat(page("/portaal/afspraken?week=" + day, newcomer))
			.contains("Gemeentehuis, Hofstraat 1, 7121 DL Aalten");

		// To a video call the next day: the newcomer sees the link, not the town hall,
		// and
		// is asked to answer again.
		mvc.perform(move(path, id, caseManager, day.plusDays(1), "14:00", 0).param("plaatsSoort", "VIDEO")
			.param("videoLink", "https://meet.example.org/rahwa")
			.param("straat", "Hofstraat 1")
			.param("plaats", "Aalten")).andExpect(status().is3xxRedirection());
		String video = page("/portaal/afspraken?week=" + day.plusDays(1), newcomer);
		assertThat(video).contains("https://meet.example.org/rahwa").doesNotContain("Hofstraat 1");
		// And to the library, an address again.
		mvc.perform(move(path, id, caseManager, day.plusDays(1), "15:00", 1).param("plaatsSoort", "ADRES")
			.param("locatie", "Bibliotheek")
			.param("straat", "Markt 12")
			.param("postcode", "7121 CS")
			.param("plaats", "Aalten")
			.param("videoLink", "https://meet.example.org/rahwa")).andExpect(status().is3xxRedirection());
		assertThat(page("/portaal/afspraken?week=" + day.plusDays(1), newcomer))
			.contains("Bibliotheek, Markt 12, 7121 CS Aalten")
			.doesNotContain("https://meet.example.org/rahwa");
		JsonNode mine = json(mvc.perform(get("/api/v1/portaal/afspraken").with(httpBasic(family.username(), PASSWORD))))
			.get("_embedded")
			.get("afspraken")
			.get(0);
		assertThat(mine.get("status").asString()).isEqualTo("GEPLAND");
		assertThat(mine.get("adres").asString()).isEqualTo("Markt 12, 7121 CS Aalten");
		assertThat(mine.has("straat")).isFalse();
	}

	/** The case manager's move of an appointment to a day and time, before its place. */
	private static MockHttpServletRequestBuilder move(String path, String id, MockHttpSession caseManager,
			LocalDate date, String time, long version) {
		return post(path + "/" + id + "/verzetten").session(caseManager)
			.with(csrf())
			.param("datum", date.toString())
			.param("tijd", time)
			.param("minuten", "30")
			.param("versie", Long.toString(version));
	}

	@Test
	void badInputGivesAReadableMessageAndChangesNothing() throws Exception {
		Family family = newFamily("Luwam");
		String api = "/api/v1/huishoudens/" + family.household().id() + "/afspraken";
		String[] refused = { planJson(family.mother(), "GESPREK", LocalDate.now().minusDays(1), TOWN_HALL),
				planJson(family.mother(), "GESPREK", LocalDate.now().plusDays(2),
						"{\"soort\":\"VIDEO\",\"link\":\"http://meet.example.org\"}"),
				planJson(family.mother(), "GESPREK", LocalDate.now().plusDays(2), "{\"soort\":\"ADRES\"}"),
				planJson(family.mother(), "ONBEKEND", LocalDate.now().plusDays(2), TOWN_HALL),
				planJson(UUID.randomUUID(), "GESPREK", LocalDate.now().plusDays(2), TOWN_HALL),
				planJson(family.mother(), "GESPREK", LocalDate.now().plusDays(2), TOWN_HALL).replace("10:30",
						"25:00") };
		for (String body : refused) {
			var response = mvc
				.perform(post(api).with(Logins.basic("consulent.aalten"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse();
			assertThat(response.getContentType()).as(body).startsWith("application/problem+json");
			assertThat(JSON.readTree(response.getContentAsString()).get("detail").asString()).as(body).isNotBlank();
		}
		assertThat(json(mvc.perform(get(api).with(Logins.basic("consulent.aalten")))).get("_embedded")
			.get("afspraken")
			.size()).isZero();

		JsonNode planned = plan(family, family.mother(), "GESPREK", LocalDate.now().plusDays(2), TOWN_HALL);
		mvc.perform(post("/api/v1/portaal/afspraken/" + planned.get("id").asString() + "/verzoek-ander-tijdstip")
			.with(httpBasic(family.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0,\"reden\":\"\"}")).andExpect(status().isBadRequest());
		MockHttpSession session = portal(family);
		String page = Http.ok(mvc
			.perform(post("/portaal/afspraken/" + planned.get("id").asString() + "/ander-tijdstip").session(session)
				.with(csrf())
				.param("versie", "0")
				.param("reden", "   ")));
		assertThat(page).contains("data-testid=\"appointment-error\"");
		assertThat(json(mvc.perform(get("/api/v1/portaal/afspraken").with(httpBasic(family.username(), PASSWORD))))
			.get("_embedded")
			.get("afspraken")
			.get(0)
			.get("status")
			.asString()).isEqualTo("GEPLAND");

		// The address for reminders: refused when it is none, kept when it is one.
		mvc.perform(post("/api/v1/portaal/herinneringsadres").with(httpBasic(family.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"geen adres\"}")).andExpect(status().isBadRequest());
		String refusedPage = Http.ok(mvc
			.perform(post("/portaal/afspraken/herinnering").session(session).with(csrf()).param("email", "a@b")));
		assertThat(refusedPage).contains("aria-invalid=\"true\"");
		mvc.perform(post("/api/v1/portaal/herinneringsadres").with(httpBasic(family.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"luwam@example.org\"}")).andExpect(status().isNoContent());
		assertThat(
				json(mvc.perform(get("/api/v1/portaal/herinneringsadres").with(httpBasic(family.username(), PASSWORD))))
					.get("email")
					.asString())
			.isEqualTo("luwam@example.org");
	}

	@Test
	void nobodyElseSeesOrAnswersTheAppointments() throws Exception {
		Family family = newFamily("Yordanos");
		Family other = newFamily("Saba");
		JsonNode planned = plan(family, family.child(), "GESPREK", LocalDate.now().plusDays(4), TOWN_HALL);
		String id = planned.get("id").asString();
		var otherNewcomer = httpBasic(other.username(), PASSWORD);
		mvc.perform(get("/api/v1/portaal/afspraken/" + id + "/agenda.ics").with(otherNewcomer))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/portaal/afspraken/" + id + "/bevestiging").with(otherNewcomer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"versie\":0}")).andExpect(status().isNotFound());
		assertThat(json(mvc.perform(get("/api/v1/portaal/afspraken").with(otherNewcomer))).get("_embedded")
			.get("afspraken")
			.size()).isZero();
		// A demo newcomer of another municipality, and staff paths for a newcomer.
		mvc.perform(
				get("/api/v1/portaal/afspraken/" + id + "/agenda.ics").with(httpBasic("amina", Logins.DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/huishoudens/" + family.household().id() + "/afspraken").with(otherNewcomer))
			.andExpect(status().isForbidden());
		// A case manager of another municipality.
		mvc.perform(get("/api/v1/huishoudens/" + family.household().id() + "/afspraken")
			.with(Logins.basic("consulent.winterswijk"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/huishoudens/" + family.household().id() + "/afspraken")
			.with(Logins.basic("consulent.winterswijk"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(planJson(family.mother(), "GESPREK", LocalDate.now().plusDays(2), TOWN_HALL)))
			.andExpect(status().isNotFound());
		assertThat(json(mvc.perform(get("/api/v1/portaal/afspraken").with(httpBasic(family.username(), PASSWORD))))
			.get("_embedded")
			.get("afspraken")
			.get(0)
			.get("status")
			.asString()).isEqualTo("GEPLAND");
	}

}
