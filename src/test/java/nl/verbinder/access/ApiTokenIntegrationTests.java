package nl.verbinder.access;

import static nl.verbinder.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.TestTokens;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.inburgering.CaseloadEntry;
import nl.verbinder.inburgering.CaseloadFilter;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Machine clients with bearer tokens this test signs itself: a token reads its own
 * municipality's households and nothing of another's, only with the scope for it, and
 * only when its signature, issuer, audience and expiry hold; the processing log names the
 * client.
 */
@VerbinderIntegrationTest
class ApiTokenIntegrationTests {

	private static final String DOETINCHEM = "GM0222";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Caseload caseload;

	@Autowired
	JdbcClient jdbc;

	private CaseloadEntry doetinchem;

	private CaseloadEntry winterswijk;

	@BeforeEach
	void findHouseholds() {
		doetinchem = background.callAs("consulent.doetinchem", () -> caseload.list(CaseloadFilter.ALL, 1)).getFirst();
		winterswijk = background.callAs("consulent.winterswijk", () -> caseload.list(CaseloadFilter.ALL, 1)).getFirst();
	}

	@Test
	void aTokenReadsItsMunicipalitysHouseholdsAndTheLogNamesTheClient() throws Exception {
		mvc.perform(get("/api/v1/huishoudens/" + doetinchem.id())
			.with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "households:read")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(doetinchem.adres())));
		// The members' personal data were read: the log names the client as the actor.
		var logged = jdbc.sql("""
				select distinct actor || '|' || actor_role || '|' || actor_gemeente from access.processing_record
				where actor = 'zaaksysteem-doetinchem' and operation = 'READ'""").query(String.class).list();
		assertThat(logged).containsExactly("zaaksysteem-doetinchem|API_CLIENT|GM0222");
		String list = ApiPages.allAsText(mvc, "/api/v1/huishoudens",
				bearer("zaaksysteem-doetinchem", DOETINCHEM, "households:read aggregates:read"));
		assertThat(list).contains(doetinchem.id().toString()).doesNotContain(winterswijk.id().toString());
	}

	@Test
	void aTokenOfOneMunicipalityCannotReadAnothersHousehold() throws Exception {
		String path = "/api/v1/huishoudens/" + winterswijk.id();
		int caseManager = mvc.perform(get(path).with(Logins.basic("consulent.doetinchem")))
			.andReturn()
			.getResponse()
			.getStatus();
		var token = mvc.perform(get(path).with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "households:read")))
			.andReturn()
			.getResponse();
		assertThat(token.getStatus()).isEqualTo(caseManager).isIn(403, 404);
		assertThat(token.getContentAsString()).doesNotContain(winterswijk.adres());
	}

	@Test
	void aTokenWithoutTheScopeIsForbidden() throws Exception {
		problem(mvc.perform(get("/api/v1/huishoudens/" + doetinchem.id())
			.with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "reference:read"))), 403)
			.andExpect(header().string("WWW-Authenticate", Matchers.containsString("insufficient_scope")));
		// A scope beyond what a machine client may ever hold grants nothing.
		problem(mvc.perform(
				get("/api/v1/accounts").with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "accounts:manage"))), 403);
		mvc.perform(get("/api/v1/referentie/gemeenten")
			.with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "reference:read"))).andExpect(status().isOk());
	}

	/**
	 * Paths that any authenticated caller may reach check the permission in the service;
	 * there too a token's scopes narrow its role.
	 */
	@Test
	void aTokenNeedsItsScopeWhereTheServiceChecksThePermission() throws Exception {
		problem(mvc.perform(get("/api/v1/beoordelingen")
			.with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "households:read reference:read"))), 403);
		mvc.perform(get("/api/v1/beoordelingen").with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "aggregates:read")))
			.andExpect(status().isOk());
	}

	/** The integrity check walks the whole region's chain: not for a connected system. */
	@Test
	void aConnectedSystemReadsTheLogButNeverSetsOffTheIntegrityCheck() throws Exception {
		problem(mvc.perform(get("/api/v1/verwerkingen/integriteit")
			.with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "processing-log:read"))), 403);
		problem(mvc.perform(post("/api/v1/verwerkingen/integriteit/volledig")
			.with(bearer("zaaksysteem-doetinchem", DOETINCHEM, "processing-log:read"))), 403);
	}

	@Test
	void expiredForeignOrForgedTokensAreRefused() throws Exception {
		String path = "/api/v1/huishoudens/" + doetinchem.id();
		Instant past = Instant.now().minusSeconds(600);
		String[] refused = {
				TestTokens.machineClient("c", DOETINCHEM, "households:read",
						c -> c.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past))),
				TestTokens.machineClient("c", DOETINCHEM, "households:read", c -> c.issuer("https://other.test")),
				TestTokens.machineClient("c", DOETINCHEM, "households:read", c -> c.audience("another-api")),
				TestTokens.machineClient("c", DOETINCHEM, "households:read", c -> c.expirationTime(null)),
				TestTokens.signWithAnotherKey(TestTokens.claims("c", DOETINCHEM, "households:read").build()),
				TestTokens.machineClient("c", "Doetinchem", "households:read"),
				TestTokens.machineClient("c", DOETINCHEM, "households:read", c -> c.claim("gemeente", null)),
				"not-a-token" };
		for (String token : refused) {
			problem(mvc.perform(get(path).with(bearer(token))), 401)
				.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
				.andExpect(header().string("API-Version", "1.0.0"))
				.andExpect(content().string(Matchers.not(Matchers.containsString(doetinchem.adres()))));
		}
	}

	@Test
	void outsideProductionAnAnonymousRequestIsOfferedBothSchemes() throws Exception {
		problem(mvc.perform(get("/api/v1/huishoudens")), 401).andExpect(
				header().stringValues("WWW-Authenticate", "Basic realm=\"Verbinder\"", "Bearer realm=\"Verbinder\""));
	}

	@Test
	void aNewcomersAppReadsTheirOwnDataWithATokenForTheirLinkedSubject() throws Exception {
		String before = jdbc.sql("select oidc_subject from access.account where username = 'amina'")
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("update access.account set oidc_subject = 'portal:portal:app-amina' where username = 'amina'")
			.update();
		try {
			String own = TestTokens.sign(TestTokens.claims("app-amina", DOETINCHEM, "portal:own-data")
				.claim("client_id", null)
				.claim("gemeente", null)
				.build());
			mvc.perform(get("/api/v1/portaal/mij").with(bearer(own))).andExpect(status().isOk());
			problem(mvc.perform(get("/api/v1/portaal/mij").with(bearer(TestTokens.sign(
					TestTokens.claims("app-amina", DOETINCHEM, "households:read").claim("client_id", null).build())))),
					403);
			// A subject no newcomer's account is linked to, or a machine client: nobody.
			problem(mvc.perform(get("/api/v1/portaal/mij")
				.with(bearer(TestTokens.sign(TestTokens.claims("app-nobody", DOETINCHEM, "portal:own-data").build())))),
					401);
			// The newcomer's token is no machine client's on the staff API.
			problem(mvc.perform(get("/api/v1/huishoudens").with(bearer(own))), 401);
		}
		finally {
			jdbc.sql("update access.account set oidc_subject = ? where username = 'amina'").param(before).update();
		}
	}

	@Test
	void theApiDescriptionDeclaresBearerTokensWithTheirScopesBesideBasic() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat").value("JWT"))
			.andExpect(jsonPath("$.components.securitySchemes.bearerAuth.description")
				.value(Matchers.containsString("households:read")))
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(jsonPath("$.security[*]").value(Matchers.hasSize(2)));
	}

	private static ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status));
	}

}
