package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Permission;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ratings: a newcomer rates only what was arranged for them; the partner sees its
 * organisation's summary only from five answers on, never who rated or what one person
 * said; bad answers change nothing.
 */
@VerbinderIntegrationTest
class RatingIntegrationTests {

	private static final UUID CLUB = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes());

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	Grondslagen grondslagen;

	@Autowired
	Referrals referrals;

	@Autowired
	Ratings ratings;

	private record Rater(NewcomerFixture newcomer, UUID referral) {
	}

	/** A newcomer with an accepted referral to the sports club. */
	private Rater rater(String voornaam) {
		NewcomerFixture n = NewcomerFixture.activated(background, inburgering, invitations, voornaam);
		UUID referral = background.callAs(NewcomerFixture.CASE_MANAGER, () -> {
			var basis = grondslagen.recordBasis(n.household().id(),
					new Grondslagen.NewBasis(n.personId(), CLUB, Grondslag.Soort.TOESTEMMING, "Meedoen bij de club",
							EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES), Grondslag.Wijze.ONDERTEKEND, null, null,
							LocalDate.now().minusDays(3), LocalDate.now().plusYears(1)));
			var sent = referrals.refer(n.household().id(), n.personId(), basis.grondslag().organisatieId(), null,
					"Kennismaken met de club", Set.of(Gegevenscategorie.NAAM_EN_ADRES), Locale.forLanguageTag("nl"));
			referrals.stepOnBehalf(n.household().id(), sent.doorverwijzing().id(), sent.versie(),
					Doorverwijzing.Status.GEACCEPTEERD, null);
			return sent.doorverwijzing().id();
		});
		return new Rater(n, referral);
	}

	private void rate(Rater r, int answer, String comment) throws Exception {
		mvc.perform(put("/api/v1/portaal/beoordelingen/" + r.referral())
			.with(httpBasic(r.newcomer().username(), NewcomerFixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"geholpen":%d,"respect":3,"begrepen":2,"aanraden":%d,"toelichting":"%s"}""".formatted(answer,
					answer, comment)))
			.andExpect(status().isOk());
	}

	private String partnerPage() throws Exception {
		return Http.ok(mvc.perform(get("/beoordelingen").session(Logins.session(mvc, "sportclub"))));
	}

	@Test
	void thePartnerSeesASummaryOnlyFromFiveAnswersAndNeverWhoRated() throws Exception {
		List<Rater> raters = new ArrayList<>();
		for (String name : List.of("Abrehet", "Senait", "Filmon", "Ruta", "Yonas")) {
			raters.add(rater(name));
		}
		for (int i = 0; i < 4; i++) {
			rate(raters.get(i), 1 + i % 3, "Opmerking-" + i);
		}
		// Four answers: nothing to see, for the partner and for policy alike.
		assertThat(partnerPage()).contains("data-testid=\"ratings-held-back\"").doesNotContain("rating-summary");
		assertThat(background.callAs("sportclub", () -> ratings.overview().summaries())).isEmpty();
		assertThat(background.callAs("beleid", () -> ratings.overview().summaries()))
			.noneMatch(s -> s.organisatieId().equals(CLUB));

		rate(raters.get(4), 3, "Opmerking-4");
		String page = partnerPage();
		assertThat(page).contains("data-testid=\"rating-summary\"", "Sportclub Winterswijk (5 antwoorden)");
		String api = Http.ok(mvc.perform(get("/api/v1/beoordelingen").with(Logins.basic("sportclub"))));
		assertThat(api).contains("\"answers\":5");
		// Nothing says who rated, or what one person wrote.
		for (Rater r : raters) {
			for (String trace : List.of(r.newcomer().username(), r.newcomer().personId().toString(),
					r.referral().toString(), r.newcomer().household().members().getFirst().voornaam())) {
				assertThat(page).doesNotContain(trace);
				assertThat(api).doesNotContain(trace);
			}
		}
		assertThat(page).doesNotContain("Opmerking-");
		assertThat(api).doesNotContain("Opmerking-");
		// Policy sees the summary with the comments, in the order of their text, without
		// names.
		var policy = background.callAs("beleid", () -> ratings.overview());
		assertThat(policy.summaries()).anySatisfy(s -> {
			assertThat(s.organisatieId()).isEqualTo(CLUB);
			assertThat(s.geholpen().ja()).isEqualTo(2);
			assertThat(s.respect().jaPercentage()).isEqualTo(100);
		});
		assertThat(policy.comments().get(CLUB)).containsExactly("Opmerking-0", "Opmerking-1", "Opmerking-2",
				"Opmerking-3", "Opmerking-4");
		// A key person sees no ratings.
		mvc.perform(get("/api/v1/beoordelingen").with(Logins.basic("sleutelpersoon")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNewcomerRatesOnlyWhatWasArrangedForThemAndBadAnswersChangeNothing() throws Exception {
		Rater mine = rater("Helen");
		Rater other = rater("Daniel");
		var auth = httpBasic(mine.newcomer().username(), NewcomerFixture.PASSWORD);
		mvc.perform(put("/api/v1/portaal/beoordelingen/" + other.referral()).with(auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"geholpen\":3,\"respect\":3,\"begrepen\":3,\"aanraden\":3}")).andExpect(status().isNotFound());
		for (String bad : List.of("{\"geholpen\":4,\"respect\":3,\"begrepen\":3,\"aanraden\":3}",
				"{\"geholpen\":0,\"respect\":3,\"begrepen\":3,\"aanraden\":3}",
				"{\"respect\":3,\"begrepen\":3,\"aanraden\":3}",
				"{\"geholpen\":3,\"respect\":3,\"begrepen\":3,\"aanraden\":3,\"toelichting\":\"" + "x".repeat(1001)
						+ "\"}")) {
			mvc.perform(put("/api/v1/portaal/beoordelingen/" + mine.referral()).with(auth)
				.contentType(MediaType.APPLICATION_JSON)
				.content(bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		String list = Http.ok(mvc.perform(get("/api/v1/portaal/beoordelingen").with(auth)));
		// Not rated yet: no answers, and the other newcomer's referral is not there.
		assertThat(list).contains(mine.referral().toString())
			.doesNotContain("\"geholpen\"", other.referral().toString());
		// The page: one form per organisation, each answer a face.
		var session = (MockHttpSession) mvc
			.perform(formLogin("/portaal/inloggen").user(mine.newcomer().username()).password(NewcomerFixture.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = Http
			.ok(mvc.perform(get("/portaal/beoordelen").session(session).locale(Locale.forLanguageTag("nl"))));
		assertThat(page).contains("Sportclub Winterswijk", "/vendor/pictograms/smile.svg",
				"data-testid=\"rate-privacy\"");
	}

	@Test
	void aNewcomerStillRatesAnOrganisationWhoseWorkIsCompleted() throws Exception {
		Rater done = rater("Mebrat");
		background.runAs(NewcomerFixture.CASE_MANAGER, () -> {
			referrals.stepOnBehalf(done.newcomer().household().id(), done.referral(), 1, Doorverwijzing.Status.GESTART,
					null);
			referrals.stepOnBehalf(done.newcomer().household().id(), done.referral(), 2, Doorverwijzing.Status.AFGEROND,
					null);
		});
		rate(done, 3, "Het is gelukt");
		String list = Http.ok(mvc.perform(get("/api/v1/portaal/beoordelingen")
			.with(httpBasic(done.newcomer().username(), NewcomerFixture.PASSWORD))));
		assertThat(list).contains(done.referral().toString(), "Het is gelukt");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessControl access;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RowLevelSecurity rowLevelSecurity;

	/**
	 * A newcomer rates their own and their children's referrals, so one person can give
	 * five answers about one organisation: still no summary and no comment until five
	 * different newcomers answered.
	 */
	@Test
	void fiveAnswersOfOneNewcomerAreNoSummary() {
		UUID organisation = UUID.randomUUID();
		UUID mother = UUID.randomUUID();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		try {
			for (int i = 0; i < 5; i++) {
				insertRating(tx, organisation, mother);
			}
			assertThat(summaryOf(tx, organisation)).isEmpty();
			assertThat(commentsOf(tx)).doesNotContainKey(organisation);
			for (int i = 0; i < 4; i++) {
				insertRating(tx, organisation, UUID.randomUUID());
			}
			assertThat(summaryOf(tx, organisation)).singleElement()
				.satisfies(summary -> assertThat(summary.answers()).isEqualTo(9));
			assertThat(commentsOf(tx)).containsKey(organisation);
		}
		finally {
			tx.executeWithoutResult(t -> {
				jdbc.sql("select set_config('verbinder.gemeenten', 'GM0294', true)").query().singleValue();
				jdbc.sql("delete from portal.rating where organisatie_id = ?").param(organisation).update();
			});
		}
	}

	private Map<UUID, List<String>> commentsOf(TransactionTemplate tx) {
		// As the overview reads them: under the region's row-level security.
		Map<UUID, List<String>> comments = background.callAs("beleid", () -> tx.execute(t -> {
			rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
			return ratings.comments();
		}));
		return comments;
	}

	private List<RatingSummary> summaryOf(TransactionTemplate tx, UUID organisation) {
		return background.callAs("beleid",
				() -> tx.execute(t -> ratings.summaries(organisation, access.regionScope(Permission.AGGREGATES_READ))));
	}

	private void insertRating(TransactionTemplate tx, UUID organisation, UUID person) {
		tx.executeWithoutResult(t -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM0294', true)").query().singleValue();
			jdbc.sql(
					"""
							insert into portal.rating (doorverwijzing_id, organisatie_id, person_id, gemeente, geholpen, respect,
							  begrepen, aanraden, toelichting, rated_on)
							values (?, ?, ?, 'GM0294', 3, 3, 3, 3, 'Goed geholpen', current_date)""")
				.params(UUID.randomUUID(), organisation, person)
				.update();
		});
	}

}
