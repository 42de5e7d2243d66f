package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Timeline;
import nl.verbinder.inburgering.TimelineEntry;
import nl.verbinder.matching.Matching;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The newcomer's voice: wishes and talents stated in the portal (and the API) reach
 * matching and the case manager's timeline; what breaks a rule changes nothing and says
 * why; each read and change is in the processing log.
 */
@VerbinderIntegrationTest
@EnableScenarios
class VoiceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	Wishes wishes;

	@Autowired
	Matching matching;

	@Autowired
	Timeline timeline;

	@Autowired
	JdbcClient jdbc;

	private NewcomerFixture newcomer(String voornaam) {
		return NewcomerFixture.activated(background, inburgering, invitations, voornaam);
	}

	private MockHttpSession session(NewcomerFixture n) throws Exception {
		var result = mvc.perform(formLogin("/portaal/inloggen").user(n.username()).password(NewcomerFixture.PASSWORD))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private long logged(NewcomerFixture n, String operation) {
		return jdbc.sql("""
				select count(*) from access.processing_record l
				where l.activity = 'portal.stem' and l.actor = ? and l.operation = ?""")
			.params(n.username(), operation)
			.query(Long.class)
			.single();
	}

	@Test
	void changedWishesBecomeTheMatchingPreferencesAndANoteOnTheTimeline(Scenario scenario) {
		NewcomerFixture n = newcomer("Selam");
		scenario
			.stimulate(() -> background.runAs(n.username(),
					() -> wishes.change(new Wishes.Change("Ik kan naaien", "Kapper worden",
							java.util.Set.of("koken", "ontmoeten"), 12, java.util.Set.of(java.time.DayOfWeek.TUESDAY)),
							0)))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> background.callAs(NewcomerFixture.CASE_MANAGER,
					() -> matching.talent(n.personId()).voorkeur()), v -> v.urenPerWeek() == 12)
			.andVerify(voorkeur -> {
				assertThat(voorkeur.interesses()).containsExactlyInAnyOrder("koken", "ontmoeten");
				assertThat(voorkeur.dagen()).containsExactly(java.time.DayOfWeek.TUESDAY);
				List<TimelineEntry> entries = background.callAs(NewcomerFixture.CASE_MANAGER,
						() -> timeline.of(n.household().id()));
				assertThat(entries).anySatisfy(e -> {
					assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.WISHES);
					assertThat(e.person()).isEqualTo("Selam");
					assertThat(e.detail()).contains("Ik kan naaien", "Kapper worden");
				});
			});
		assertThat(logged(n, "CREATE")).isEqualTo(1);
	}

	@Test
	void theApiRefusesBadWishesWithAProblemAndChangesNothing() throws Exception {
		NewcomerFixture n = newcomer("Hewan");
		var auth = httpBasic(n.username(), NewcomerFixture.PASSWORD);
		mvc.perform(put("/api/v1/portaal/wensen").with(auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"talenten":"Fietsen maken","wensen":"","interesses":["techniek"],"urenPerWeek":8,"dagen":["MONDAY"],"versie":0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versie").value(1));
		for (String bad : List.of("{\"interesses\":[\"techniek\"],\"urenPerWeek\":0,\"versie\":1}",
				"{\"interesses\":[\"drugs\"],\"urenPerWeek\":8,\"versie\":1}",
				"{\"interesses\":[],\"urenPerWeek\":8,\"dagen\":[\"FUNDAY\"],\"versie\":1}",
				"{\"talenten\":\"" + "x".repeat(1001) + "\",\"urenPerWeek\":8,\"versie\":1}")) {
			mvc.perform(put("/api/v1/portaal/wensen").with(auth)
				.header("Accept-Language", "nl")
				.contentType(MediaType.APPLICATION_JSON)
				.content(bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		// A stale version is a conflict, not a lost change.
		mvc.perform(put("/api/v1/portaal/wensen").with(auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"urenPerWeek\":9,\"versie\":0}")).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/portaal/wensen").with(auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.talenten").value("Fietsen maken"))
			.andExpect(jsonPath("$.urenPerWeek").value(8))
			.andExpect(jsonPath("$.versie").value(1));
		assertThat(logged(n, "READ")).isPositive();
		// Staff have no portal wishes of their own.
		mvc.perform(get("/api/v1/portaal/wensen").with(Logins.basic("consulent.aalten")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theWishesPageSaysWhatIsWrongInTheNewcomersLanguageAndKeepsWhatWasTyped() throws Exception {
		NewcomerFixture n = newcomer("Luwam");
		MockHttpSession session = session(n);
		String page = Http.ok(mvc.perform(get("/portaal/wensen").session(session).locale(Locale.forLanguageTag("nl"))));
		assertThat(page).contains("Wat ik wil en kan", "/vendor/pictograms/chef-hat.svg", "dir=\"auto\"");
		String refused = Http.ok(mvc.perform(post("/portaal/wensen").session(session)
			.with(csrf())
			.locale(Locale.forLanguageTag("nl"))
			.param("talenten", "Ik kan koken")
			.param("uren", "veel")
			.param("versie", "0")));
		assertThat(refused).contains("data-testid=\"wishes-error\"", "Ik kan koken", "van 1 tot 60");
		assertThat(jdbc.sql("select count(*) from portal.wish where person_id = ?")
			.param(n.personId())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(post("/portaal/wensen").session(session)
			.with(csrf())
			.param("talenten", "Ik kan koken")
			.param("interesses", "koken")
			.param("uren", "10")
			.param("dagen", "FRIDAY")
			.param("versie", "0")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/portaal/wensen").session(session)).andReturn().getResponse().getContentAsString())
			.contains("Ik kan koken", "data-testid=\"wishes-saved\"");
	}

	@Test
	void theNewcomersOwnViewStandsBesideTheIntakeForTheCaseManager() throws Exception {
		NewcomerFixture n = newcomer("Mebrat");
		MockHttpSession session = session(n);
		String refused = Http.ok(mvc.perform(post("/portaal/zelfbeoordeling").session(session)
			.with(csrf())
			.locale(Locale.forLanguageTag("nl"))
			.param("WERK", "7")));
		assertThat(refused).contains("data-testid=\"self-error\"", "gezichtjes");
		mvc.perform(post("/portaal/zelfbeoordeling").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"self-error\"")));
		var auth = httpBasic(n.username(), NewcomerFixture.PASSWORD);
		mvc.perform(post("/api/v1/portaal/zelfbeoordeling").with(auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\":{\"WERK\":5}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/portaal/zelfbeoordeling").with(auth)).andExpect(status().isNoContent());

		mvc.perform(post("/portaal/zelfbeoordeling").session(session)
			.with(csrf())
			.param("WERK", "1")
			.param("TAAL_EN_COMMUNICATIE", "3")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/portaal/zelfbeoordeling").with(auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.WERK").value(1))
			.andExpect(jsonPath("$.scores.TAAL_EN_COMMUNICATIE").value(3));

		MockHttpSession caseManager = Logins.session(mvc, NewcomerFixture.CASE_MANAGER);
		String intake = Http.ok(mvc.perform(
				get("/huishoudens/" + n.household().id() + "/leden/" + n.personId() + "/intake").session(caseManager)));
		assertThat(intake).contains("Eigen beoordeling door de nieuwkomer", "Niet goed", "Goed");
		List<TimelineEntry> entries = background.callAs(NewcomerFixture.CASE_MANAGER,
				() -> timeline.of(n.household().id()));
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.SELF_ASSESSMENT);
			assertThat(e.person()).isEqualTo("Mebrat");
		});
		// A case manager of another municipality does not see it.
		mvc.perform(get("/huishoudens/" + n.household().id() + "/leden/" + n.personId() + "/intake")
			.session(Logins.session(mvc, "consulent.doetinchem"))).andExpect(status().isNotFound());
		assertThat(logged(n, "CREATE")).isEqualTo(1);
	}

}
