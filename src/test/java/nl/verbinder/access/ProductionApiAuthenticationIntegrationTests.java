package nl.verbinder.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * Under the {@code production} profile the API takes bearer tokens only: HTTP Basic is
 * not even looked at, and an unauthenticated request is challenged with {@code Bearer}
 * alone, on the staff API and the portal's. Only the security configuration is started,
 * with a controller that answers whoever gets through (the whole application is started
 * without {@code production} by the other integration tests; the {@code API-Version}
 * header of these refusals is the API's filter's, checked there).
 */
@SpringJUnitWebConfig(ProductionApiAuthenticationIntegrationTests.WithApi.class)
@ActiveProfiles("production")
class ProductionApiAuthenticationIntegrationTests {

	@Configuration(proxyBeanMethods = false)
	@Import(StrictTransportSecurityIntegrationTests.SecurityOnly.class)
	static class WithApi {

		@Bean
		PathPermissions api() {
			return PathPermissions.of(PathPermission.get("/api/v1/huishoudens", Permission.HOUSEHOLD_READ),
					PathPermission.any("/api/v1/portaal/**", Permission.OWN_DATA));
		}

		@Bean
		Answering answering() {
			return new Answering();
		}

	}

	@RestController
	static class Answering {

		@GetMapping({ "/api/v1/huishoudens", "/api/v1/portaal/huishouden" })
		String answer() {
			return "{\"ok\":true}";
		}

	}

	@Autowired
	WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void basicIsRefusedAndOnlyBearerIsOffered() throws Exception {
		for (String path : new String[] { "/api/v1/huishoudens", "/api/v1/portaal/huishouden" }) {
			refused(mvc.perform(get(path).with(httpBasic("consulent.doetinchem", "verbinder-demo"))));
			refused(mvc.perform(get(path)));
		}
	}

	@Test
	void aValidTokenIsTaken() throws Exception {
		mvc.perform(get("/api/v1/huishoudens").with(TestTokens.bearer("zaaksysteem", "GM0222", "households:read")))
			.andExpect(status().isOk());
	}

	@Test
	void aNewcomersTokenWhoseSubjectHasNoAccountIsRefused() throws Exception {
		mvc.perform(get("/api/v1/portaal/huishouden").with(
				TestTokens.bearer(TestTokens.sign(TestTokens.claims("someone", "GM0222", "portal:own-data").build()))))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Verbinder\", error=\"invalid_token\""));
	}

	private static void refused(ResultActions result) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", "Bearer realm=\"Verbinder\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

}
