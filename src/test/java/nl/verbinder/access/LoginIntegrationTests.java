package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.shared.GemeenteCode;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

@VerbinderIntegrationTest
class LoginIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	BackgroundWork background;

	@Test
	void throttlesAnAccountAtItsAddressAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
		administration.open("consulent.throttle", "Throttle Test", Role.CASE_MANAGER, new GemeenteCode("GM1859"),
				"a-long-enough-password", false);
		for (int i = 0; i < 5; i++) {
			mvc.perform(Attempts.formLogin("consulent.throttle", "wrong-" + i, "192.0.2.10"))
				.andExpect(header().string("Location", "/login?error"));
		}
		mvc.perform(Attempts.formLogin("consulent.throttle", "a-long-enough-password", "192.0.2.10"))
			.andExpect(header().string("Location", Matchers.startsWith("/login?throttled=")));
		assertThat(failures("consulent.throttle", "192.0.2.10")).isEqualTo(5);
	}

	@Test
	void countsEveryOneOfManyParallelWrongPasswordsAndLetsParallelLoginsIn() throws Exception {
		administration.open("consulent.parallel", "Parallel Test", Role.CASE_MANAGER, new GemeenteCode("GM1876"),
				"a-long-enough-password", false);
		try (var pool = Executors.newFixedThreadPool(4)) {
			var results = new ArrayList<Future<String>>();
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit(() -> mvc
					.perform(Attempts.formLogin("consulent.parallel", "a-long-enough-password", "192.0.2.11"))
					.andReturn()
					.getResponse()
					.getRedirectedUrl()));
			}
			for (var result : results) {
				assertThat(result.get()).isEqualTo("/");
			}
			results.clear();
			for (int i = 0; i < 4; i++) {
				int n = i;
				results.add(pool
					.submit(() -> mvc.perform(Attempts.formLogin("consulent.parallel", "wrong-" + n, "192.0.2.11"))
						.andReturn()
						.getResponse()
						.getRedirectedUrl()));
			}
			for (var result : results) {
				assertThat(result.get()).isEqualTo("/login?error");
			}
		}
		assertThat(failures("consulent.parallel", "192.0.2.11")).isEqualTo(4);
	}

	/**
	 * The failed logins of a username from an address, as the administrator sees them.
	 */
	private int failures(String username, String address) {
		return background.callAs("beheerder", () -> administration.failedLogins())
			.stream()
			.filter(f -> username.equals(f.username()) && address.equals(f.address()))
			.mapToInt(LoginThrottleView::failures)
			.sum();
	}

	@Test
	void storesPasswordsOnlyAsArgon2Hashes() {
		String hash = accounts.findByUsername("beheerder").orElseThrow().passwordHash();
		assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain(Logins.DEMO_PASSWORD);
	}

	@Test
	void demoAccountsDoNotExistForLoginInProduction() {
		var production = new MockEnvironment();
		production.setActiveProfiles("production");
		var service = new LocalAccounts(accounts, production);
		Assertions.assertThatThrownBy(() -> service.principal("beheerder"))
			.isInstanceOf(UsernameNotFoundException.class);
		assertThat(new LocalAccounts(accounts, new MockEnvironment()).principal("beheerder")).isNotNull();
	}

	@Test
	void pagesCarryASecurityPolicyWithoutInlineScripts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self'")
			.doesNotContain("unsafe");
	}

	@Test
	void sendsNoStrictTransportSecurityOutsideProduction() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get("/api/v1/accounts").secure(true))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		var session = Logins.session(mvc, "consulent.aalten");
		mvc.perform(post("/huishoudens").session(session).param("adres", "x")).andExpect(status().isForbidden());
	}

}
