package nl.verbinder.access;

import static nl.verbinder.access.Attempts.formLogin;
import static nl.verbinder.access.Attempts.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.ApiPages;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed logins slow down whoever fails, not the account's owner: per username and
 * address, per address, and per username from addresses it never logged in from; refused
 * attempts and unknown usernames cost no password hash. Every test uses addresses of its
 * own (documentation ranges), so that the counts of one do not reach another; the rest of
 * the suite logs in from 127.0.0.1.
 */
@VerbinderIntegrationTest
class LoginThrottleIntegrationTests {

	private static final String PASSWORD = "the-owners-own-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountAdministration administration;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Clock clock;

	private void open(String username) {
		administration.open(username, "Eigenaar " + username, Role.CASE_MANAGER, new GemeenteCode("GM0294"), PASSWORD,
				false);
	}

	private double hashesVerified() {
		return meters.get(MeteredPasswordEncoder.METER).tag("operation", "verify").counter().count();
	}

	@Test
	void aStrangersFailedLoginsFromAnotherAddressDoNotKeepTheOwnerOut() throws Exception {
		open("consulent.eigenaar");
		String home = "198.51.100.10";
		String stranger = "203.0.113.20";
		mvc.perform(formLogin("consulent.eigenaar", PASSWORD, home)).andExpect(redirectedUrl("/"));

		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("consulent.eigenaar", "guess-" + i, stranger))
				.andExpect(redirectedUrl("/login?error"));
		}
		for (int i = 5; i < 10; i++) {
			mvc.perform(formLogin("consulent.eigenaar", "guess-" + i, stranger))
				.andExpect(header().string("Location", startsWith("/login?throttled=")));
		}
		// Even the right password is refused from the stranger's address: it is the
		// address that waits.
		mvc.perform(formLogin("consulent.eigenaar", PASSWORD, stranger))
			.andExpect(header().string("Location", startsWith("/login?throttled=")));

		mvc.perform(formLogin("consulent.eigenaar", PASSWORD, home)).andExpect(redirectedUrl("/"));
		mvc.perform(
				get("/api/v1/referentie/gemeenten").with(httpBasic("consulent.eigenaar", PASSWORD)).with(from(home)))
			.andExpect(status().isOk());
		// From an address it never used either: one stranger's failures are no
		// account-wide matter.
		mvc.perform(formLogin("consulent.eigenaar", PASSWORD, "198.51.100.11")).andExpect(redirectedUrl("/"));
	}

	@Test
	void theOwnersOwnFailuresThrottleTheirAddressWithA429ProblemForTheApi() throws Exception {
		open("consulent.vergeetachtig");
		String address = "192.0.2.30";
		for (int i = 0; i < 5; i++) {
			mvc.perform(
					get("/api/v1/accounts").with(httpBasic("consulent.vergeetachtig", "typo-" + i)).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		double hashes = hashesVerified();
		MockHttpServletResponse refused = mvc
			.perform(get("/api/v1/referentie/gemeenten").with(httpBasic("consulent.vergeetachtig", PASSWORD))
				.with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("Too Many Requests"))
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andReturn()
			.getResponse();
		long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 60L);
		mvc.perform(formLogin("consulent.vergeetachtig", PASSWORD, address))
			.andExpect(header().string("Location", startsWith("/login?throttled=")));
		assertThat(hashesVerified()).as("a throttled attempt is refused before its password is hashed")
			.isEqualTo(hashes);
	}

	@Test
	void anAttackFromManyAddressesDelaysNewAddressesButNotTheOwnersOwn() throws Exception {
		open("consulent.belaagd");
		String home = "198.51.100.40";
		mvc.perform(formLogin("consulent.belaagd", PASSWORD, home)).andExpect(redirectedUrl("/"));
		for (int i = 1; i <= 20; i++) {
			mvc.perform(formLogin("consulent.belaagd", "guess-" + i, "203.0.113." + (100 + i)))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("consulent.belaagd", PASSWORD, "203.0.113.200"))
			.andExpect(header().string("Location", startsWith("/login?throttled=")));
		mvc.perform(formLogin("consulent.belaagd", PASSWORD, home)).andExpect(redirectedUrl("/"));
	}

	@Test
	void unknownUsernamesCostNoHashAndGetTheAnswerAKnownOneGets() throws Exception {
		open("consulent.bekend");
		double before = hashesVerified();
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin("niemand.bestaat", "guess-" + i, "192.0.2.50"))
				.andExpect(redirectedUrl("/login?error"));
		}
		String unknown = mvc
			.perform(get("/api/v1/accounts").with(httpBasic("niemand.bestaat", "guess")).with(from("192.0.2.50")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get("/api/v1/accounts").with(httpBasic("x".repeat(500), "guess")).with(from("192.0.2.50")))
			.andExpect(status().isUnauthorized());
		assertThat(hashesVerified()).as("no hash for unknown usernames").isEqualTo(before);

		String known = mvc
			.perform(get("/api/v1/accounts").with(httpBasic("consulent.bekend", "guess")).with(from("192.0.2.51")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(hashesVerified()).as("one hash for a known username").isEqualTo(before + 1);
		assertThat(unknown).isEqualTo(known);
	}

	@Test
	void anUnknownUsernameIsThrottledJustLikeAKnownOne() throws Exception {
		open("consulent.echt");
		for (String username : new String[] { "consulent.echt", "consulent.verzonnen" }) {
			String address = username.equals("consulent.echt") ? "192.0.2.52" : "192.0.2.53";
			for (int i = 0; i < 5; i++) {
				mvc.perform(formLogin(username, "guess-" + i, address)).andExpect(redirectedUrl("/login?error"));
			}
			mvc.perform(formLogin(username, "guess-5", address))
				.andExpect(header().string("Location", startsWith("/login?throttled=")));
		}
	}

	@Test
	void theLoginPageSaysWhenToTryAgainInThePagesLanguage() throws Exception {
		long until = clock.instant().plusSeconds(90).getEpochSecond();
		String dutch = Http.ok(mvc.perform(get("/login").param("throttled", Long.toString(until))));
		assertThat(dutch).contains("data-testid=\"login-throttled\"").contains("Probeer het opnieuw vanaf");
		String arabic = mvc.perform(get("/login").param("throttled", Long.toString(until)).param("lang", "ar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(arabic).contains("حاول مرة أخرى");
		mvc.perform(get("/login").param("throttled", "not-a-time")).andExpect(status().isOk());
	}

	@Test
	void theAdministratorSeesAThrottledAttemptAndCanClearIt() throws Exception {
		open("consulent.geholpen");
		String address = "192.0.2.60";
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("consulent.geholpen", "guess-" + i, address));
		}
		var admin = Logins.session(mvc, "beheerder");
		String page = Http.ok(mvc.perform(get("/beheer/inlogpogingen").session(admin)));
		assertThat(page).contains("consulent.geholpen").contains(address).contains("Wachten tot");
		List<Boolean> throttled = new ArrayList<>();
		ApiPages.all(mvc, "/api/v1/accounts", Logins.basic("beheerder")).forEach(a -> {
			if (a.get("gebruikersnaam").asString().equals("consulent.geholpen")) {
				throttled.add(a.get("vertraagd").asBoolean());
			}
		});
		assertThat(throttled).containsExactly(true);

		mvc.perform(post("/beheer/inlogpogingen/opheffen").session(admin)
			.with(csrf())
			.param("gebruikersnaam", "consulent.geholpen")
			.param("adres", address)).andExpect(redirectedUrl("/beheer/inlogpogingen"));
		mvc.perform(formLogin("consulent.geholpen", PASSWORD, address)).andExpect(redirectedUrl("/"));

		var caseManager = Logins.session(mvc, "consulent.aalten");
		mvc.perform(get("/beheer/inlogpogingen").session(caseManager)).andExpect(status().isForbidden());
	}

}
