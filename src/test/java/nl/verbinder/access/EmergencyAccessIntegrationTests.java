package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadEntry;
import nl.verbinder.inburgering.CaseloadFilter;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Noodtoegang: a case manager of Aalten (an account of this test's own, so that no other
 * test meets its grants) opens a Winterswijk household in an emergency. Without a reason
 * it stays refused; with one it opens, every use is logged with the grant (and so the
 * reason), Winterswijk is told on the household page, the administrator lists it, and it
 * expires. Other Winterswijk households stay refused, and the API never opens it.
 */
@VerbinderIntegrationTest
class EmergencyAccessIntegrationTests {

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	Caseload caseload;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Region region;

	private String username;

	private List<CaseloadEntry> winterswijk;

	@BeforeEach
	void openACaseManagerAccountInAalten() {
		username = "nood.aalten." + ThreadLocalRandom.current().nextInt(1_000_000);
		background.runAs("beheerder", () -> accounts.open(new AccountAdministration.NewAccount(username,
				"Consulent Nood", Role.CASE_MANAGER, AALTEN, Logins.DEMO_PASSWORD)));
		winterswijk = background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 2));
	}

	private String path(CaseloadEntry household) {
		return "/huishoudens/" + household.id();
	}

	@Test
	void withoutAReasonTheHouseholdStaysRefused() throws Exception {
		var session = Logins.session(mvc, username);
		String offer = mvc.perform(get(path(winterswijk.getFirst())).session(session))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(offer).contains("data-testid=\"emergency-form\"").doesNotContain(winterswijk.getFirst().adres());

		String refused = mvc.perform(
				post(path(winterswijk.getFirst()) + "/noodtoegang").session(session).with(csrf()).param("reden", "   "))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Noem de reden waarom u dit huishouden in een noodgeval opent.")
			.contains("aria-invalid=\"true\"")
			.doesNotContain(winterswijk.getFirst().adres());
		assertThat(grantsOf(username)).isZero();
		mvc.perform(get(path(winterswijk.getFirst())).session(session)).andExpect(status().isForbidden());
	}

	@Test
	void withAReasonItOpensLogsEveryUseTellsTheOwnMunicipalityAndIsListed() throws Exception {
		var session = Logins.session(mvc, username);
		CaseloadEntry household = winterswijk.getFirst();
		String reason = "Gezin op doorreis, acute huisvestingsvraag " + UUID.randomUUID();
		mvc.perform(post(path(household) + "/noodtoegang").session(session).with(csrf()).param("reden", reason))
			.andExpect(status().is3xxRedirection());
		UUID grant = jdbc.sql("select id from access.emergency_access where account_name = ? and reason = ?")
			.params("Consulent Nood", reason)
			.query(UUID.class)
			.single();
		// 24 hours by default.
		assertThat(jdbc.sql("select extract(epoch from until - opened_at) from access.emergency_access where id = ?")
			.param(grant)
			.query(Double.class)
			.single()).isEqualTo(Duration.ofHours(24).toSeconds());

		String page = mvc.perform(get(path(household)).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(household.adres());
		String section = mvc.perform(get(path(household) + "/noodtoegang/meldingen").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section).contains("data-testid=\"emergency-grant\"").contains(reason);

		// Opening and every use are in the processing log with the grant, which holds the
		// reason; the members' reads are logged as for any page view.
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where activity = 'access.noodtoegang' and subject_type = 'noodtoegang' and subject_id = ?
				  and actor = ? and operation in ('CREATE', 'READ')""")
			.params(grant.toString(), username)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);

		// Another household of Winterswijk stays refused, and so does the API.
		mvc.perform(get(path(winterswijk.get(1))).session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1" + path(household)).with(Logins.basic(username))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1" + path(household) + "/noodtoegang").with(Logins.basic(username))
			.contentType("application/json")
			.content("{\"reden\":\"via de API\"}"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404, 405));

		// Winterswijk is told on its household page.
		MockHttpSession ownMunicipality = Logins.session(mvc, "consulent.winterswijk");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					mvc.perform(get(path(household) + "/noodtoegang/meldingen").session(ownMunicipality))
						.andReturn()
						.getResponse()
						.getContentAsString())
				.contains("data-testid=\"emergency-notice\"")
				.contains(reason));

		// The administrator lists it with the reason and who.
		assertThat(mvc.perform(get("/beheer/noodtoegang").session(Logins.session(mvc, "beheerder")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(reason).contains("Consulent Nood");
	}

	@Test
	void anExpiredGrantRefusesAgain() throws Exception {
		var session = Logins.session(mvc, username);
		CaseloadEntry household = winterswijk.getFirst();
		mvc.perform(post(path(household) + "/noodtoegang").session(session)
			.with(csrf())
			.param("reden", "Acute zorg tijdens een verhuizing")).andExpect(status().is3xxRedirection());
		UUID id = household.id().value();

		assertThat(coversOnAPage(clock, id)).isTrue();
		assertThat(coversOnAPage(Clock.offset(clock, Duration.ofHours(24).minusMinutes(1)), id)).isTrue();
		assertThat(coversOnAPage(Clock.offset(clock, Duration.ofHours(24).plusSeconds(1)), id)).isFalse();
		// Outside a page (the API, background work) the grant never counts.
		assertThat(background.callAs(username,
				() -> new AccessControl(region, new EmergencyGrants(jdbc, clock)).scopeFor(Permission.HOUSEHOLD_READ)
					.coversHousehold(id, WINTERSWIJK)))
			.isFalse();
	}

	/**
	 * Whether the test's case manager's scope on a page covers the household, judged at
	 * the clock's now.
	 */
	private boolean coversOnAPage(Clock at, UUID household) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/huishoudens")));
		try {
			return background.callAs(username,
					() -> new AccessControl(region, new EmergencyGrants(jdbc, at)).scopeFor(Permission.HOUSEHOLD_READ)
						.coversHousehold(household, WINTERSWIJK));
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private long grantsOf(String account) {
		return jdbc.sql("""
				select count(*) from access.emergency_access g join access.account a on a.id = g.account_id
				where a.username = ?""").param(account).query(Long.class).single();
	}

}
