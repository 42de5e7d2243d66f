package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With OIDC configured by explicit endpoints the application starts without reaching the
 * identity provider, offers the login on the login page, and sends the browser to the
 * configured endpoint.
 */
@SpringBootTest(properties = { "spring.security.oauth2.client.registration.gemeente.client-id=verbinder",
		"spring.security.oauth2.client.registration.gemeente.client-secret=secret",
		"spring.security.oauth2.client.registration.gemeente.client-name=Gemeente Achterhoek",
		"spring.security.oauth2.client.registration.gemeente.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.gemeente.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
		"spring.security.oauth2.client.provider.gemeente.authorization-uri=https://idp.invalid/authorize",
		"spring.security.oauth2.client.provider.gemeente.token-uri=https://idp.invalid/token",
		"spring.security.oauth2.client.provider.gemeente.jwk-set-uri=https://idp.invalid/jwks",
		"spring.security.oauth2.client.provider.gemeente.user-name-attribute=sub", "verbinder.demo.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcLoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void offersTheConfiguredIdentityProviderWithoutDiscoveryAtStartUp() throws Exception {
		String login = Http.ok(mvc.perform(get("/login")));
		assertThat(login).contains("/oauth2/authorization/gemeente").contains("Gemeente Achterhoek");

		String location = mvc.perform(get("/oauth2/authorization/gemeente"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("https://idp.invalid/authorize?")
			.contains("client_id=verbinder")
			.contains("scope=openid%20profile");
	}

}
