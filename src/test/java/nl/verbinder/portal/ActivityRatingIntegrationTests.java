package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ratings of the activities of a plan: a newcomer rates only an activity of their own
 * plan in force; staff with aggregate figures see summaries per activity and provider
 * only from five answers on (and a provider not when a smaller group could be worked out
 * from it), never who rated; a partner sees none of it; bad answers change nothing.
 */
@VerbinderIntegrationTest
class ActivityRatingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	PipDecisions pips;

	@Autowired
	ActivityRatings activityRatings;

	@Autowired
	JdbcClient jdbc;

	private static final String OK = """
			{"geholpen":3,"respect":3,"begrepen":2,"aanraden":3,"toelichting":"%s"}""";

	/** A newcomer whose plan in force has the given activities. */
	private NewcomerFixture withPlan(String voornaam, PipInhoud.Activiteit... activities) {
		LocalDate arrived = LocalDate.now().minusMonths(3);
		// With a residence permit, so that the Wet inburgering 2021 applies and a plan
		// can
		// be made.
		HouseholdView household = background.callAs(NewcomerFixture.CASE_MANAGER,
				() -> inburgering.register(new GemeenteCode("GM0197"), "Markt " + voornaam, "7121 AA", arrived,
						List.of(new Inburgering.NewMember(voornaam, "Plan" + Long.toString(System.nanoTime(), 36),
								LocalDate.of(1990, 5, 6), Gezinsrol.INBURGERAAR, Geslacht.VROUW, "SY", "SY",
								arrived.minusMonths(2), null, null)),
						true));
		UUID person = household.members().getFirst().personId();
		var issued = background.callAs(NewcomerFixture.CASE_MANAGER,
				() -> invitations.invite(household.id(), person, "nl"));
		String username = invitations.activate(issued.code(), NewcomerFixture.PASSWORD, NewcomerFixture.PASSWORD,
				"10.8." + (System.nanoTime() % 200) + ".1");
		NewcomerFixture n = new NewcomerFixture(household, person, username);
		background.runAs(NewcomerFixture.CASE_MANAGER, () -> {
			var inhoud = new PipInhoud(new Leerroute.B1Route(), Inburgeringstermijn.from(arrived),
					List.of(new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Zelf boodschappen doen",
							LocalDate.now().plusMonths(4), List.of("Naar de les"))),
					List.of(activities), null);
			pips.draft(n.personId(), inhoud);
			pips.discuss(n.personId(), 0, LocalDate.now().minusDays(2), "Goed plan");
			pips.establish(n.personId(), 1, LocalDate.now().minusDays(1));
		});
		return n;
	}

	private static PipInhoud.Activiteit activity(String provider, String what, LocalDate start) {
		return new PipInhoud.Activiteit(provider, what, start, null, 8, PipInhoud.ActiviteitStatus.LOOPT);
	}

	private static UUID onlyKey(NewcomerFixture n, BackgroundWork background, ActivityRatings ratings) {
		return background.callAs(n.username(), () -> ratings.mine().getFirst().key());
	}

	private void rate(NewcomerFixture n, String comment) throws Exception {
		UUID key = onlyKey(n, background, activityRatings);
		mvc.perform(put("/api/v1/portaal/beoordelingen/activiteiten/" + key)
			.with(httpBasic(n.username(), NewcomerFixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(OK.formatted(comment))).andExpect(status().isOk());
	}

	private ActivityRatings.Overview policy() {
		return background.callAs("beleid", () -> activityRatings.overview());
	}

	/**
	 * Five answers from four persons (one rated a restarted course twice) are too few: a
	 * group is shown from five persons.
	 */
	@Test
	void fiveAnswersOfFourPersonsStayHidden() throws Exception {
		String provider = "Taalschool " + Long.toString(System.nanoTime(), 36);
		LocalDate started = LocalDate.now().minusWeeks(6);
		NewcomerFixture twice = withPlan("Ghada", activity(provider, "Taalcursus B1", started),
				activity(provider, "Taalcursus B1", started.plusWeeks(2)));
		List<UUID> keys = background.callAs(twice.username(), () -> activityRatings.mine())
			.stream()
			.map(a -> a.key())
			.toList();
		assertThat(keys).hasSize(2);
		for (UUID key : keys) {
			mvc.perform(put("/api/v1/portaal/beoordelingen/activiteiten/" + key)
				.with(httpBasic(twice.username(), NewcomerFixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(OK.formatted("Herstart"))).andExpect(status().isOk());
		}
		for (String name : List.of("Hiba", "Idris", "Jamila")) {
			rate(withPlan(name, activity(provider, "Taalcursus B1", started)), "Les");
		}
		var overview = policy();
		assertThat(overview.activities()).noneMatch(a -> a.summary().aanbieder().equals(provider));
		assertThat(overview.providers()).noneMatch(p -> p.aanbieder().equals(provider));

		rate(withPlan("Karim", activity(provider, "Taalcursus B1", started)), "Les");
		assertThat(policy().activities()).filteredOn(a -> a.summary().aanbieder().equals(provider))
			.singleElement()
			.satisfies(a -> assertThat(a.summary().answers()).isEqualTo(6));
	}

	@Test
	void staffSeeActivitiesAndProvidersOnlyFromFiveAnswersAndNeverWhoRated() throws Exception {
		String provider = "Taalschool " + Long.toString(System.nanoTime(), 36);
		LocalDate started = LocalDate.now().minusWeeks(3);
		List<NewcomerFixture> raters = new ArrayList<>();
		for (String name : List.of("Aziz", "Bahar", "Chiara", "Dawit", "Esra")) {
			raters.add(withPlan(name, activity(provider, "Taalcursus B1", started)));
		}
		for (int i = 0; i < 4; i++) {
			rate(raters.get(i), "Les-" + i);
		}
		// Four answers: nothing to see.
		assertThat(policy().activities()).noneMatch(a -> a.summary().aanbieder().equals(provider));
		assertThat(policy().providers()).noneMatch(p -> p.aanbieder().equals(provider));

		rate(raters.get(4), "Les-4");
		var overview = policy();
		assertThat(overview.activities()).filteredOn(a -> a.summary().aanbieder().equals(provider))
			.singleElement()
			.satisfies(a -> {
				assertThat(a.summary().answers()).isEqualTo(5);
				assertThat(a.summary().begrepen().beetje()).isEqualTo(5);
				assertThat(a.comments()).containsExactly("Les-0", "Les-1", "Les-2", "Les-3", "Les-4");
			});
		assertThat(overview.providers()).anyMatch(p -> p.aanbieder().equals(provider) && p.answers() == 5);

		// One answer on another activity of the provider: the provider's total would
		// give it away, so the provider is held back; the course stays.
		NewcomerFixture single = withPlan("Farid", activity(provider, "Workshop geldzaken", started));
		rate(single, "Alleen ik");
		overview = policy();
		assertThat(overview.providers()).noneMatch(p -> p.aanbieder().equals(provider));
		assertThat(overview.activities()).anyMatch(a -> a.summary().aanbieder().equals(provider));
		assertThat(overview.activities()).noneMatch(a -> a.comments().contains("Alleen ik"));

		String page = mvc.perform(get("/beoordelingen").session(Logins.session(mvc, "beleid")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"activity-summary\"",
				"Taalcursus B1 bij " + provider + " (5 antwoorden)");
		String api = mvc.perform(get("/api/v1/beoordelingen/activiteiten").with(Logins.basic("beleid")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains(provider, "\"answers\":5");
		raters.add(single);
		for (NewcomerFixture r : raters) {
			for (String trace : List.of(r.username(), r.personId().toString(),
					r.household().members().getFirst().voornaam(), r.household().members().getFirst().achternaam())) {
				assertThat(page).doesNotContain(trace);
				assertThat(api).doesNotContain(trace);
			}
		}
		// A partner sees no activity ratings at all, and a key person none either.
		String partner = mvc.perform(get("/beoordelingen").session(Logins.session(mvc, "sportclub")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partner).doesNotContain("activity-ratings", provider, "Les-");
		mvc.perform(get("/api/v1/beoordelingen/activiteiten").with(Logins.basic("sportclub")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/beoordelingen/activiteiten").with(Logins.basic("sleutelpersoon")))
			.andExpect(status().isForbidden());
	}

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * A count in a transaction restricted to {@code gemeenten} ({@code null}: none set).
	 */
	private long countIn(@Nullable String gemeenten, String sql, Object... params) {
		Long count = new TransactionTemplate(transactions).execute(t -> {
			if (gemeenten != null) {
				jdbc.sql("select set_config('verbinder.gemeenten', ?, true)").param(gemeenten).query().singleValue();
			}
			return jdbc.sql(sql).params(params).query(Long.class).single();
		});
		return count == null ? 0 : count;
	}

	/**
	 * Ratings are under row-level security: the newcomer's own rating is seen in their
	 * municipality's scope only; a query with no scope or another municipality's sees no
	 * rows of either ratings table, and a rating written outside the scope is refused.
	 */
	@Test
	void ratingsOutsideTheScopeAreNotSeenNorWritten() throws Exception {
		String provider = "Buurthuis " + Long.toString(System.nanoTime(), 36);
		NewcomerFixture n = withPlan("Rahel", activity(provider, "Naaicursus", LocalDate.now().minusDays(5)));
		rate(n, "Gezellig");
		String mine = "select count(*) from portal.activity_rating where person_id = ?";
		assertThat(countIn("GM0197", mine, n.personId())).isEqualTo(1);
		assertThat(countIn(null, mine, n.personId())).isZero();
		assertThat(countIn("GM0294", mine, n.personId())).isZero();
		assertThat(countIn(null, "select count(*) from portal.activity_rating")).isZero();
		assertThat(countIn(null, "select count(*) from portal.rating")).isZero();
		assertThat(countIn("GM9999", "select count(*) from portal.rating")).isZero();
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM0294', true)").query().singleValue();
			jdbc.sql("""
					insert into portal.activity_rating (person_id, activiteit, aanbieder, omschrijving, gemeente,
					  geholpen, respect, begrepen, aanraden, toelichting, rated_on)
					values (?, ?, 'x', 'x', 'GM0197', 3, 3, 3, 3, '', current_date)""")
				.params(UUID.randomUUID(), UUID.randomUUID())
				.update();
		})).isInstanceOf(DataAccessException.class);
		// What the newcomer and staff see still works under it.
		assertThat(background.callAs(n.username(), () -> activityRatings.mine()).getFirst().rating()).isNotNull();
		assertThat(policy()).isNotNull();
	}

	@Test
	void aNewcomerRatesOnlyAStartedActivityOfTheirOwnPlanAndBadAnswersChangeNothing() throws Exception {
		String provider = "Werkplaats " + Long.toString(System.nanoTime(), 36);
		NewcomerFixture mine = withPlan("Goitom", activity(provider, "Taalcursus B1", LocalDate.now().minusDays(10)),
				activity(provider, "Sollicitatietraining", LocalDate.now().plusMonths(2)));
		NewcomerFixture other = withPlan("Hiwet", activity(provider, "Taalcursus B1", LocalDate.now().minusDays(10)));
		UUID myKey = onlyKey(mine, background, activityRatings);
		UUID otherKey = onlyKey(other, background, activityRatings);
		assertThat(myKey).isNotEqualTo(otherKey);
		var auth = httpBasic(mine.username(), NewcomerFixture.PASSWORD);
		// Another newcomer's activity is not found, whatever the answers.
		mvc.perform(put("/api/v1/portaal/beoordelingen/activiteiten/" + otherKey).with(auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(OK.formatted("x"))).andExpect(status().isNotFound());
		for (String bad : List.of("{\"geholpen\":4,\"respect\":3,\"begrepen\":3,\"aanraden\":3}",
				"{\"respect\":3,\"begrepen\":3,\"aanraden\":3}", OK.formatted("x".repeat(1001)))) {
			mvc.perform(put("/api/v1/portaal/beoordelingen/activiteiten/" + myKey).with(auth)
				.contentType(MediaType.APPLICATION_JSON)
				.content(bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		String list = mvc.perform(get("/api/v1/portaal/beoordelingen/activiteiten").with(auth))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Only the started activity, not rated yet.
		assertThat(list).contains(myKey.toString(), "Taalcursus B1")
			.doesNotContain("Sollicitatietraining", "\"geholpen\"", otherKey.toString());

		// The page: the activity with its form; a bad answer is refused with a reason,
		// a good one kept, and the other newcomer's activity cannot be rated from it.
		var session = (MockHttpSession) mvc
			.perform(formLogin("/portaal/inloggen").user(mine.username()).password(NewcomerFixture.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = mvc.perform(get("/portaal/beoordelen").session(session).locale(Locale.forLanguageTag("nl")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"rateable-activity\"", "Taalcursus B1", provider,
				"/portaal/beoordelen/activiteit/" + myKey);
		String refused = mvc
			.perform(post("/portaal/beoordelen/activiteit/" + myKey).session(session)
				.with(csrf())
				.locale(Locale.forLanguageTag("nl"))
				.param("geholpen", "9")
				.param("respect", "3")
				.param("begrepen", "3")
				.param("aanraden", "3")
				.param("toelichting", "Getypt blijft staan"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("data-testid=\"rate-error\"", "Getypt blijft staan");
		mvc.perform(post("/portaal/beoordelen/activiteit/" + otherKey).session(session)
			.with(csrf())
			.param("geholpen", "3")
			.param("respect", "3")
			.param("begrepen", "3")
			.param("aanraden", "3")).andExpect(status().isNotFound());
		long before = logged(mine, "CREATE");
		mvc.perform(post("/portaal/beoordelen/activiteit/" + myKey).session(session)
			.with(csrf())
			.param("geholpen", "3")
			.param("respect", "2")
			.param("begrepen", "1")
			.param("aanraden", "3")
			.param("toelichting", "De juf is geduldig")).andExpect(redirectedUrl("/portaal/beoordelen"));
		assertThat(logged(mine, "CREATE")).isEqualTo(before + 1);
		var rated = background.callAs(mine.username(), () -> activityRatings.mine()).getFirst();
		assertThat(rated.rating()).isEqualTo(new Ratings.Answers(3, 2, 1, 3, "De juf is geduldig"));
		assertThat(background.callAs(other.username(), () -> activityRatings.mine()).getFirst().rating()).isNull();
		// Rating again changes the rating, logged as a change.
		mvc.perform(put("/api/v1/portaal/beoordelingen/activiteiten/" + myKey).with(auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(OK.formatted("Beter nu"))).andExpect(status().isOk());
		assertThat(logged(mine, "UPDATE")).isPositive();
		assertThat(background.callAs(mine.username(), () -> activityRatings.mine()).getFirst().rating().toelichting())
			.isEqualTo("Beter nu");
	}

	private long logged(NewcomerFixture n, String operation) {
		return jdbc.sql("""
				select count(*) from access.processing_record l
				where l.activity = 'portal.stem' and l.actor = ? and l.operation = ?""")
			.params(n.username(), operation)
			.query(Long.class)
			.single();
	}

}
