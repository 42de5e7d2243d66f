package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.verbinder.Http;
import nl.verbinder.MockSessionBridge;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The newcomer's OIDC login (e.g. DigiD through a broker) against a real OIDC provider in
 * the test: an HTTP server with a token endpoint that signs ID tokens (RS256) and a JWK
 * set. Configured with explicit endpoints beside staff's registration, it is offered on
 * the portal's login page only; an activated newcomer links the login once, signed in,
 * and then gets in with it alone; a login linked to no newcomer gets a readable refusal.
 */
@SpringBootTest(properties = { "verbinder.demo.enabled=false",
		"spring.security.oauth2.client.registration.gemeente.client-id=verbinder",
		"spring.security.oauth2.client.registration.gemeente.client-secret=secret",
		"spring.security.oauth2.client.registration.gemeente.client-name=Gemeente Achterhoek",
		"spring.security.oauth2.client.registration.gemeente.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.gemeente.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
		"spring.security.oauth2.client.provider.gemeente.authorization-uri=https://idp.invalid/authorize",
		"spring.security.oauth2.client.provider.gemeente.token-uri=https://idp.invalid/token",
		"spring.security.oauth2.client.provider.gemeente.jwk-set-uri=https://idp.invalid/jwks",
		"spring.security.oauth2.client.provider.gemeente.user-name-attribute=sub",
		"spring.security.oauth2.client.registration.portal.client-id=verbinder-portaal",
		"spring.security.oauth2.client.registration.portal.client-secret=secret",
		"spring.security.oauth2.client.registration.portal.client-name=DigiD",
		"spring.security.oauth2.client.registration.portal.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.portal.redirect-uri={baseUrl}/portaal/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.registration.portal.scope=openid",
		"spring.security.oauth2.client.provider.portal.user-name-attribute=sub",
		"verbinder.portal.oidc.claim=pseudoniem" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MockSessionBridge.class)
class PortalOidcLoginIntegrationTests {

	private static final String PASSWORD = "een zin die alleen ik ken";

	private static final RSAKey KEY;

	private static final HttpServer PROVIDER;

	/** What the provider puts in the next ID token: the nonce and the pseudonym. */
	private static volatile String nonce = "";

	private static volatile String pseudonym = "";

	static {
		try {
			KEY = new RSAKeyGenerator(2048).keyID("test").generate();
			PROVIDER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			PROVIDER.createContext("/jwks", exchange -> answer(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
			PROVIDER.createContext("/token", exchange -> answer(exchange, """
					{"access_token":"at","token_type":"Bearer","expires_in":300,"id_token":"%s"}"""
				.formatted(idToken())));
			PROVIDER.start();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String issuer() {
		return "http://127.0.0.1:" + PROVIDER.getAddress().getPort();
	}

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.provider.portal.authorization-uri", () -> issuer() + "/authorize");
		registry.add("spring.security.oauth2.client.provider.portal.token-uri", () -> issuer() + "/token");
		registry.add("spring.security.oauth2.client.provider.portal.jwk-set-uri", () -> issuer() + "/jwks");
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.stop(0);
	}

	private static String idToken() {
		try {
			Instant now = Instant.now();
			var claims = new JWTClaimsSet.Builder().issuer(issuer())
				.subject("broker-" + pseudonym)
				.audience("verbinder-portaal")
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plusSeconds(300)))
				.claim("nonce", nonce)
				.claim("pseudoniem", pseudonym)
				.build();
			var jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(KEY));
			return jwt.serialize();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void answer(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The browser's round trip through the provider: start, come back with a code; the
	 * provider's ID token carries this pseudonym. Returns where the portal sends it next.
	 */
	private String roundTrip(MockHttpSession session, String as) throws Exception {
		String toProvider = mvc.perform(get("/portaal/oauth2/authorization/portal").session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(toProvider).startsWith(issuer() + "/authorize?").contains("client_id=verbinder-portaal");
		var parameters = UriComponentsBuilder.fromUri(URI.create(toProvider)).build().getQueryParams();
		nonce = URLDecoder.decode(parameters.getFirst("nonce"), StandardCharsets.UTF_8);
		pseudonym = as;
		return mvc
			.perform(get("/portaal/login/oauth2/code/portal").session(session)
				.param("code", "code-for-" + as)
				.param("state", URLDecoder.decode(parameters.getFirst("state"), StandardCharsets.UTF_8)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void theNewcomersLoginIsOfferedOnThePortalOnly() throws Exception {
		String portal = mvc.perform(get("/portaal/inloggen")).andReturn().getResponse().getContentAsString();
		assertThat(portal).contains("/portaal/oauth2/authorization/portal", "DigiD");
		String staff = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(staff).contains("/oauth2/authorization/gemeente").doesNotContain("authorization/portal");
	}

	@Test
	void anActivatedNewcomerLinksTheLoginOnceAndThenGetsInWithItAlone() throws Exception {
		accounts.openNewcomer("mariam.4711", "mariam.4711", new GemeenteCode("GM0197"), PASSWORD, false);
		var login = mvc.perform(formLogin("/portaal/inloggen").user("mariam.4711").password(PASSWORD)).andReturn();
		var signedIn = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(roundTrip(signedIn, "P-1234")).endsWith("/portaal/welkom");
		assertThat(jdbc.sql("select oidc_subject from access.account where username = 'mariam.4711'")
			.query(String.class)
			.single()).isEqualTo("portal:portal:P-1234");

		// A new browser: the provider's login alone.
		var fresh = new MockHttpSession();
		assertThat(roundTrip(fresh, "P-1234")).endsWith("/portaal/welkom");
		mvc.perform(get("/portaal/toegangssleutels").session(fresh)).andExpect(status().isOk());
	}

	@Test
	void aLoginLinkedToNoNewcomerIsRefusedWithAReadableMessage() throws Exception {
		var stranger = new MockHttpSession();
		assertThat(roundTrip(stranger, "P-unknown")).endsWith("/portaal/inloggen?onbekend");
		String page = Http.ok(mvc.perform(get("/portaal/inloggen").param("onbekend", "").session(stranger)));
		assertThat(page).contains("data-testid=\"oidc-refused\"", "consulent");
		mvc.perform(get("/portaal/toegangssleutels").session(stranger)).andExpect(status().is3xxRedirection());
		List<String> linked = jdbc.sql("select username from access.account where oidc_subject like '%P-unknown'")
			.query(String.class)
			.list();
		assertThat(linked).isEmpty();
	}

}
