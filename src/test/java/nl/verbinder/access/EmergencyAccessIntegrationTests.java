package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Contacten;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.GemeenteCode;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Break the glass: a case manager of Aalten opens one household of Winterswijk after
 * stating a reason. Without a reason nothing opens; with one that household opens (and
 * only that one: not its neighbours, not in the caseload or the API list, not in the
 * database), every read is logged with the reason by reference, Winterswijk is told, the
 * administrator sees it, and when it expires (or its case manager ends it early) the
 * household is closed again.
 */
@VerbinderIntegrationTest
@EnableScenarios
class EmergencyAccessIntegrationTests {

	private static final String AALTEN = "consulent.aalten";

	private static final String WINTERSWIJK = "consulent.winterswijk";

	private static final String REASON = "Gezin meldt zich zonder onderdak bij ons loket; opvang regelen";

	@Autowired
	MockMvc mvc;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Contacten contacten;

	@Autowired
	BackgroundWork background;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AccessControl access;

	@Autowired
	EmergencyGrants grants;

	@Autowired
	EmergencyAccess emergencyAccess;

	@Autowired
	EmergencyAccessSettings settings;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Region region;

	@Autowired
	RowLevelSecurity rowLevelSecurity;

	private static String newBsn() {
		while (true) {
			String digits = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
			if (Bsn.valid(digits)) {
				return digits;
			}
		}
	}

	private record Registered(UUID household, UUID person, String bsn, String voornaam) {
	}

	private Registered registerInWinterswijk(String voornaam) {
		String bsn = newBsn();
		HouseholdView household = background.callAs(WINTERSWIJK,
				() -> inburgering.register(new GemeenteCode("GM0294"), "Misterstraat " + voornaam, "7101 AA",
						LocalDate.now().minusMonths(1), List.of(new Inburgering.NewMember(voornaam, "Haile",
								LocalDate.of(1991, 4, 5), Gezinsrol.INBURGERAAR, null, null, null, null, bsn, null)),
						true));
		return new Registered(household.id().value(), household.members().getFirst().personId(), bsn, voornaam);
	}

	private long grantsOf(String username, UUID household) {
		return jdbc.sql("select count(*) from access.emergency_access where actor = ? and household_id = ?")
			.params(username, household)
			.query(Long.class)
			.single();
	}

	@Test
	void withoutAReasonNothingOpensAndWithOneOnlyThatHouseholdOpensIsLoggedWithTheReasonAndTold(Scenario scenario)
			throws Exception {
		Registered target = registerInWinterswijk("Selam" + UUID.randomUUID().toString().substring(0, 6));
		Registered neighbour = registerInWinterswijk("Yared" + UUID.randomUUID().toString().substring(0, 6));
		MockHttpSession session = Logins.session(mvc, AALTEN);

		// Closed, as every household of another municipality.
		mvc.perform(get("/huishoudens/" + target.household()).session(session)).andExpect(status().isNotFound());

		// A search by a full BSN that finds nothing here offers the way, whether or not
		// the household exists elsewhere: the offer tells nothing.
		mvc.perform(get("/huishoudens").param("naam", target.bsn()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-offer\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(target.voornaam()))));
		mvc.perform(get("/huishoudens").param("naam", newBsn()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-offer\"")));

		// Without a reason (or too short a one): refused in words, nothing granted.
		for (String reason : new String[] { "", "spoed" }) {
			mvc.perform(post("/huishoudens/noodtoegang").param("bsn", target.bsn())
				.param("reden", reason)
				.session(session)
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-refused\"")))
				.andExpect(content().string(Matchers.containsString("Geef de reden, in minstens 20 tekens.")));
		}
		assertThat(grantsOf(AALTEN, target.household())).isZero();
		mvc.perform(get("/huishoudens/" + target.household()).session(session)).andExpect(status().isNotFound());

		// With a reason: the household opens; Winterswijk is told.
		scenario.stimulate(() -> {
			try {
				mvc.perform(post("/huishoudens/noodtoegang").param("bsn", target.bsn())
					.param("reden", REASON)
					.session(session)
					.with(csrf())).andExpect(redirectedUrl("/huishoudens/" + target.household()));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		})
			.andWaitForEventOfType(EmergencyAccessGranted.class)
			.matching(e -> e.household().equals(target.household()))
			.toArriveAndVerify(e -> {
				assertThat(e.gemeente()).isEqualTo("GM0294");
				assertThat(e.actorGemeente()).isEqualTo("GM0197");
				assertThat(Duration.between(e.grantedAt(), e.expiresAt())).isEqualTo(Duration.ofHours(24));
			});
		assertThat(grantsOf(AALTEN, target.household())).isOne();

		mvc.perform(get("/huishoudens/" + target.household()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(target.voornaam())))
			.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-banner\"")))
			.andExpect(content().string(Matchers.containsString(REASON)));
		mvc.perform(get("/api/v1/huishoudens/" + target.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isOk());

		// The read is logged under emergency access, and the record leads to the reason.
		List<String> reasons = jdbc.sql("""
				select g.reason from access.processing_record l
				join access.emergency_access g on g.account_id = l.actor_id and l.occurred_at >= g.granted_at
				  and l.occurred_at < g.expires_at
				where l.activity = 'access.noodtoegang' and l.operation = 'READ' and l.subject_type = 'person'
				  and l.subject_id = ? and g.household_id = ?""")
			.params(target.person().toString(), target.household())
			.query(String.class)
			.list();
		assertThat(reasons).isNotEmpty().containsOnly(REASON);

		// Only that household: not its neighbour, not in the caseload or the API list.
		mvc.perform(get("/huishoudens/" + neighbour.household()).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/huishoudens/" + neighbour.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/huishoudens").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(target.household().toString()))));
		mvc.perform(get("/huishoudens").param("naam", target.voornaam()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(target.household().toString()))));
		mvc.perform(get("/api/v1/huishoudens").param("pageSize", "100").with(Logins.basic(AALTEN)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(target.household().toString()))));
		mvc.perform(post("/huishoudens/" + target.household() + "/contactmomenten")
			.param("datum", LocalDate.now().toString())
			.param("kanaal", "TELEFOON")
			.param("vertolking", "GEEN")
			.param("aanwezigen", "Selam")
			.param("samenvatting", "Gebeld")
			.param("afspraakSoort", "STAP")
			.session(session)
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(background.callAs(WINTERSWIJK, () -> contacten.forHousehold(new HouseholdId(target.household()))))
			.as("reading only: nothing written")
			.isEmpty();
		// Nor what others keep about it: who is involved, through the API, is refused in
		// words (it failed in the database, a 500, before).
		mvc.perform(post("/api/v1/huishoudens/" + target.household() + "/betrokkenheid").with(Logins.basic(AALTEN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"naam\":\"Buurvrouw\",\"rol\":\"Helpt met post\",\"sinds\":\"%s\"}".formatted(LocalDate.now())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		// And in the database itself: the scope of the grant shows that one household of
		// Winterswijk, no other.
		List<UUID> visible = background.callAs(AALTEN, () -> transactions.execute(s -> {
			rowLevelSecurity.restrictTo(access.scopeFor(Permission.HOUSEHOLD_READ, target.household()));
			return jdbc.sql("select id from inburgering.household where gemeente = 'GM0294'").query(UUID.class).list();
		}));
		assertThat(visible).containsExactly(target.household());
		List<UUID> withoutGrant = background.callAs(AALTEN, () -> transactions.execute(s -> {
			rowLevelSecurity.restrictTo(access.scopeFor(Permission.HOUSEHOLD_READ, neighbour.household()));
			return jdbc.sql("select id from inburgering.household where gemeente = 'GM0294'").query(UUID.class).list();
		}));
		assertThat(withoutGrant).isEmpty();

		// The household's own case manager sees on its page who opened it, and why; its
		// neighbour shows nothing of the kind.
		MockHttpSession own = Logins.session(mvc, WINTERSWIJK);
		mvc.perform(get("/huishoudens/" + target.household()).session(own))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"opened-in-emergency\"")))
			.andExpect(content().string(Matchers.containsString(AALTEN)))
			.andExpect(content().string(Matchers.containsString(REASON)));
		mvc.perform(get("/huishoudens/" + neighbour.household()).session(own))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-testid=\"opened-in-emergency\""))));

		// Another case manager of Aalten holds no grant.
		mvc.perform(get("/huishoudens/" + target.household()).session(Logins.session(mvc, "consulent.doetinchem")))
			.andExpect(status().isNotFound());

		// The administrator's list, in Dutch and English; not for case managers.
		MockHttpSession admin = Logins.session(mvc, "beheerder");
		mvc.perform(get("/beheer/noodtoegang").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(REASON)))
			.andExpect(content().string(Matchers.containsString("Noodtoegang")));
		mvc.perform(get("/beheer/noodtoegang").param("lang", "en").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Emergency access")));
		mvc.perform(get("/beheer/noodtoegang").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/noodtoegangen").param("pageSize", "100").with(Logins.basic("beheerder")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(REASON)))
			.andExpect(content().string(Matchers.containsString(target.household().toString())));
		mvc.perform(get("/api/v1/noodtoegangen").with(Logins.basic(AALTEN))).andExpect(status().isForbidden());
	}

	@Test
	void theApiBreaksTheGlassWithAReasonAndRefusesWithoutOne() throws Exception {
		Registered target = registerInWinterswijk("Selam" + UUID.randomUUID().toString().substring(0, 6));
		String body = "{\"bsn\": \"%s\", \"reden\": \"%s\"}";

		// Without a reason, for an unknown BSN or a BSN that is no number: refused in
		// words, nothing granted.
		for (String refused : new String[] { body.formatted(target.bsn(), "spoed"), body.formatted(newBsn(), REASON),
				body.formatted("123", REASON), "{}" }) {
			mvc.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic(AALTEN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(refused))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").isNotEmpty());
		}
		// Only a case manager breaks the glass; the household's own case manager has no
		// need.
		mvc.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic("coordinator"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(target.bsn(), REASON))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic(WINTERSWIJK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(target.bsn(), REASON))).andExpect(status().isBadRequest());
		assertThat(grantsOf(AALTEN, target.household())).isZero();
		mvc.perform(get("/api/v1/huishoudens/" + target.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isNotFound());

		// With a reason: granted, the household readable, the grant's id to end it.
		String created = mvc
			.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic(AALTEN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(target.bsn(), REASON)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/huishoudens/" + target.household()))
			.andExpect(jsonPath("$.huishouden").value(target.household().toString()))
			.andExpect(jsonPath("$.gemeente").value("GM0294"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String grant = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		assertThat(grantsOf(AALTEN, target.household())).isOne();
		mvc.perform(get("/api/v1/huishoudens/" + target.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/noodtoegangen/" + grant + "/beeindiging").with(Logins.basic(AALTEN)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/huishoudens/" + target.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiAnswers200WithTheOpenGrantWhenTheCaseManagerHasOneAlreadyAnd201OnlyForANewOne() throws Exception {
		Registered target = registerInWinterswijk("Meron" + UUID.randomUUID().toString().substring(0, 6));
		String body = "{\"bsn\": \"%s\", \"reden\": \"%s\"}";
		String first = mvc
			.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic(AALTEN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(target.bsn(), REASON)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String grant = com.jayway.jsonpath.JsonPath.read(first, "$.id");

		// Asked again while it is open: the same grant, not created, nothing granted
		// twice.
		mvc.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic(AALTEN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(target.bsn(), "Nogmaals gevraagd: het gezin staat weer aan de balie")))
			.andExpect(status().isOk())
			.andExpect(header().string("Location", "/api/v1/huishoudens/" + target.household()))
			.andExpect(jsonPath("$.id").value(grant))
			.andExpect(jsonPath("$.huishouden").value(target.household().toString()))
			.andExpect(jsonPath("$.gemeente").value("GM0294"));
		assertThat(grantsOf(AALTEN, target.household())).isOne();

		// Once it ended, asking again makes a new one: 201.
		mvc.perform(post("/api/v1/noodtoegangen/" + grant + "/beeindiging").with(Logins.basic(AALTEN)))
			.andExpect(status().isOk());
		String renewed = mvc
			.perform(post("/api/v1/huishoudens/noodtoegang").with(Logins.basic(AALTEN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(target.bsn(), REASON)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(Matchers.not(grant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(grantsOf(AALTEN, target.household())).isEqualTo(2);
		mvc.perform(post("/api/v1/noodtoegangen/" + com.jayway.jsonpath.JsonPath.read(renewed, "$.id") + "/beeindiging")
			.with(Logins.basic(AALTEN))).andExpect(status().isOk());
	}

	/**
	 * Both requests are made while the test's own transaction holds the lock that
	 * granting takes, so that both are inside the granting at once, whatever order the
	 * threads run in; when it lets go they grant one after the other. Without the lock
	 * both would find no open grant and both add one (and never wait here).
	 */
	@Test
	void twoRequestsAtTheSameMomentMakeOneGrantThatBothName() throws Exception {
		Registered target = registerInWinterswijk("Luwam" + UUID.randomUUID().toString().substring(0, 6));
		GemeenteCode winterswijk = new GemeenteCode("GM0294");
		AccountId aalten = background.callAs(AALTEN, () -> access.currentActor().id());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<EmergencyAccess.Granted>> requests = transactions.execute(status -> {
				grants.lockGrantsOf(aalten, target.household());
				List<Future<EmergencyAccess.Granted>> both = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					both.add(threads.submit(() -> {
						start.await();
						return background.callAs(AALTEN,
								() -> emergencyAccess.grant(target.household(), winterswijk, REASON));
					}));
				}
				start.countDown();
				await().atMost(Duration.ofSeconds(30)).until(() -> waitingToGrant(aalten, target.household()) == 2);
				assertThat(grantsOf(AALTEN, target.household())).as("nothing granted while both wait").isZero();
				return both;
			});
			List<EmergencyAccess.Granted> granted = new ArrayList<>();
			for (Future<EmergencyAccess.Granted> request : requests) {
				granted.add(request.get(30, TimeUnit.SECONDS));
			}
			assertThat(grantsOf(AALTEN, target.household())).as("one grant").isOne();
			UUID stored = jdbc.sql("select id from access.emergency_access where actor = ? and household_id = ?")
				.params(AALTEN, target.household())
				.query(UUID.class)
				.single();
			assertThat(granted).extracting(g -> g.grant().id()).containsExactly(stored, stored);
			assertThat(granted).extracting(EmergencyAccess.Granted::created)
				.as("made by one, found by the other")
				.containsExactlyInAnyOrder(true, false);
			background.callAs(AALTEN, () -> emergencyAccess.endOwn(stored));
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * How many transactions wait for the lock on granting {@code account}
	 * {@code household}.
	 */
	private long waitingToGrant(AccountId account, UUID household) {
		return jdbc.sql("""
				select count(*) from pg_locks
				where locktype = 'advisory' and not granted and objsubid = 2
				  and classid::bigint = ? and objid::bigint = ?""")
			.params((long) EmergencyGrants.GRANT_LOCK,
					Integer.toUnsignedLong(EmergencyGrants.lockKey(account, household)))
			.query(Long.class)
			.single();
	}

	@Test
	void aGrantForAHouseholdOfOnesOwnMunicipalityOrAnUnknownBsnIsRefused() throws Exception {
		Registered own = registerInWinterswijk("Ruth" + UUID.randomUUID().toString().substring(0, 6));
		MockHttpSession session = Logins.session(mvc, WINTERSWIJK);
		mvc.perform(post("/huishoudens/noodtoegang").param("bsn", own.bsn())
			.param("reden", REASON)
			.session(session)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("hoort bij uw eigen gemeente")));
		mvc.perform(post("/huishoudens/noodtoegang").param("bsn", newBsn())
			.param("reden", REASON)
			.session(Logins.session(mvc, AALTEN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-refused\"")));
		mvc.perform(post("/huishoudens/noodtoegang").param("bsn", "123")
			.param("reden", REASON)
			.session(Logins.session(mvc, AALTEN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-refused\"")));
		assertThat(grantsOf(WINTERSWIJK, own.household())).isZero();
	}

	@Test
	void theCaseManagerEndsTheirOwnEmergencyAccessEarlyAndTheHouseholdIsClosedToThemAgain() throws Exception {
		Registered target = registerInWinterswijk("Lidya" + UUID.randomUUID().toString().substring(0, 6));
		MockHttpSession session = Logins.session(mvc, AALTEN);
		UUID grant = open(target, session);
		mvc.perform(get("/huishoudens/" + target.household()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"emergency-access-end\"")))
			.andExpect(content().string(Matchers.containsString("Noodtoegang nu beëindigen")));

		// Only its own case manager: another case manager finds no such grant, the
		// administrator ends grants on their own page, not here.
		mvc.perform(post("/huishoudens/noodtoegang/" + grant + "/beeindigen")
			.session(Logins.session(mvc, "consulent.doetinchem"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/noodtoegangen/" + grant + "/beeindiging").with(Logins.basic("consulent.doetinchem")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/noodtoegangen/" + grant + "/beeindiging").with(Logins.basic("beheerder")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/noodtoegangen/geen-noodtoegang/beeindiging").with(Logins.basic(AALTEN)))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/huishoudens/" + target.household()).session(session)).andExpect(status().isOk());

		// Its own case manager ends it from the household's page: back to the caseload,
		// and the household is closed to them again.
		mvc.perform(post("/huishoudens/noodtoegang/" + grant + "/beeindigen").session(session).with(csrf()))
			.andExpect(redirectedUrl("/huishoudens"))
			.andExpect(flash().attribute("emergencyEnded", true));
		mvc.perform(get("/huishoudens/" + target.household()).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/huishoudens/" + target.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isNotFound());
		assertThat(endedAt(grant)).as("ended as the administrator ends one: on the grant").isNotNull();
		mvc.perform(get("/api/v1/noodtoegangen").param("pageSize", "100").with(Logins.basic("beheerder")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$._embedded.noodtoegangen[?(@.id == '" + grant + "')].actief").value(false))
			.andExpect(jsonPath("$._embedded.noodtoegangen[?(@.id == '" + grant + "')].beeindigdOp").isNotEmpty());

		// The API does the same; ending again changes nothing.
		UUID again = open(target, session);
		assertThat(again).isNotEqualTo(grant);
		mvc.perform(post("/api/v1/noodtoegangen/" + again + "/beeindiging").with(Logins.basic(AALTEN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(again.toString()))
			.andExpect(jsonPath("$.actief").value(false))
			.andExpect(jsonPath("$.beeindigdOp").isNotEmpty());
		Instant ended = endedAt(again);
		mvc.perform(get("/api/v1/huishoudens/" + target.household()).with(Logins.basic(AALTEN)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/noodtoegangen/" + again + "/beeindiging").with(Logins.basic(AALTEN)))
			.andExpect(status().isOk());
		assertThat(endedAt(again)).isEqualTo(ended);
	}

	/** Opens the household for Aalten's case manager with the reason; the grant's id. */
	private UUID open(Registered target, MockHttpSession session) throws Exception {
		mvc.perform(post("/huishoudens/noodtoegang").param("bsn", target.bsn())
			.param("reden", REASON)
			.session(session)
			.with(csrf())).andExpect(redirectedUrl("/huishoudens/" + target.household()));
		return jdbc.sql("""
				select id from access.emergency_access where actor = ? and household_id = ?
				order by granted_at desc limit 1""").params(AALTEN, target.household()).query(UUID.class).single();
	}

	private @Nullable Instant endedAt(UUID grant) {
		return jdbc.sql("select ended_at from access.emergency_access where id = ?")
			.param(grant)
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant)
			.orElse(null);
	}

	@Test
	void whenTheGrantExpiresTheHouseholdIsClosedAgain() throws Exception {
		Registered target = registerInWinterswijk("Hanna" + UUID.randomUUID().toString().substring(0, 6));
		// A clock a day back, less a few seconds: the grant made by it expires in a few
		// seconds from now.
		Duration left = Duration.ofSeconds(6);
		Clock earlier = Clock.offset(Clock.systemUTC(), settings.duration().negated().plus(left));
		EmergencyAccess early = new EmergencyAccess(access, grants, settings, events, earlier);
		EmergencyAccessGrant grant = background.callAs(AALTEN,
				() -> early.grant(target.household(), new GemeenteCode("GM0294"), REASON).grant());
		MockHttpSession session = Logins.session(mvc, AALTEN);
		mvc.perform(get("/huishoudens/" + target.household()).session(session)).andExpect(status().isOk());

		// Exactly at its end the scope no longer opens it (a fixed clock), a moment
		// before
		// it still does.
		AccessControl justBefore = new AccessControl(region, grants,
				Clock.fixed(grant.expiresAt().minusMillis(1), java.time.ZoneOffset.UTC));
		AccessControl atTheEnd = new AccessControl(region, grants,
				Clock.fixed(grant.expiresAt(), java.time.ZoneOffset.UTC));
		assertThat(background.callAs(AALTEN,
				() -> justBefore.scopeFor(Permission.HOUSEHOLD_READ, target.household()).emergencyAccess()))
			.isPresent();
		assertThat(background.callAs(AALTEN,
				() -> atTheEnd.scopeFor(Permission.HOUSEHOLD_READ, target.household()).emergencyAccess()))
			.isEmpty();

		while (!Instant.now().isAfter(grant.expiresAt())) {
			Thread.sleep(200);
		}
		mvc.perform(get("/huishoudens/" + target.household()).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/beheer/noodtoegang").session(Logins.session(mvc, "beheerder")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Verlopen")));
	}

}
