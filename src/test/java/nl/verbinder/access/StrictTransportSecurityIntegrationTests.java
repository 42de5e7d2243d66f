package nl.verbinder.access;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import nl.verbinder.TestTokens;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * Under the {@code production} profile every HTTPS response tells browsers to keep to
 * HTTPS (the absence elsewhere is checked on the whole application in
 * {@code LoginIntegrationTests}). Only the security configuration is started here: the
 * header is its decision alone.
 */
@SpringJUnitWebConfig(StrictTransportSecurityIntegrationTests.SecurityOnly.class)
@ActiveProfiles("production")
class StrictTransportSecurityIntegrationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@EnableWebSecurity
	@Import(SecurityConfiguration.class)
	static class SecurityOnly {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		MeterRegistry meters() {
			return new SimpleMeterRegistry();
		}

		@Bean
		PortalOidcSettings portalOidc() {
			return new PortalOidcSettings("portal", "sub");
		}

		@Bean
		AccountOidcUserService oidcUsers(Environment environment, PortalOidcSettings portal) {
			return new AccountOidcUserService(Mockito.mock(Accounts.class), environment, "preferred_username", portal);
		}

		@Bean
		NewcomerOidcUserService newcomerOidcUsers(Environment environment, PortalOidcSettings portal) {
			return new NewcomerOidcUserService(Mockito.mock(Accounts.class), portal, environment);
		}

		@Bean
		PortalLogins portalLogins(ObjectProvider<ClientRegistrationRepository> registrations,
				PortalOidcSettings portal) {
			return new PortalLogins(registrations, portal);
		}

		@Bean
		PasskeyChain passkeys(ObjectProvider<AuthenticationEventPublisher> events) {
			return new PasskeyChain(new PasskeySettings("localhost", "Verbinder", List.of("http://localhost:8080")),
					Mockito.mock(WebAuthnRelyingPartyOperations.class), Mockito.mock(LocalAccounts.class), events);
		}

		@Bean
		PathPermissions home() {
			return PathPermissions.of(PathPermission.authenticated("/"));
		}

		@Bean
		ApiTokenSettings apiTokenSettings() {
			return new ApiTokenSettings(TestTokens.ISSUER, List.of(TestTokens.AUDIENCE), TestTokens.publicKeyPem(),
					null, null, Duration.ofSeconds(60), "gemeente", "client_id", "scope", Duration.ofSeconds(5));
		}

		@Bean
		ApiTokens apiTokens(ApiTokenSettings settings, Clock clock, Environment environment) throws IOException {
			return new ApiTokens(settings, clock, environment);
		}

		@Bean
		TokenActors tokenActors(ApiTokenSettings settings, PortalOidcSettings portal, Environment environment) {
			return new TokenActors(settings, portal, Mockito.mock(Accounts.class), environment);
		}

	}

	@Autowired
	WebApplicationContext context;

	@Test
	void sendsStrictTransportSecurityOnHttpsUnderProduction() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		String expected = "max-age=" + SecurityConfiguration.HSTS_MAX_AGE_SECONDS + " ; includeSubDomains";
		mvc.perform(get("/").secure(true)).andExpect(header().string("Strict-Transport-Security", expected));
		mvc.perform(get("/api/v1/accounts").secure(true))
			.andExpect(header().string("Strict-Transport-Security", expected));
		// Over plain HTTP the header means nothing to a browser, and the standard says
		// not to send it.
		mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

}
