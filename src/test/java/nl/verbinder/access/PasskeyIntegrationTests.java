package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passkeys on the portal's chain: only a signed-in newcomer gets options to make one (a
 * user verifying, discoverable passkey for the configured relying party, kept in the
 * access schema), anyone gets options to log in with one, a forged answer does not get
 * in, staff are refused, and a newcomer cannot remove a passkey that is not theirs.
 */
@VerbinderIntegrationTest
class PasskeyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession newcomer(String username) throws Exception {
		var result = mvc.perform(formLogin("/portaal/inloggen").user(username).password(Logins.DEMO_PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/portaal/welkom");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	@Test
	void aNewcomerGetsOptionsForAUserVerifyingDiscoverablePasskey() throws Exception {
		String options = Http
			.ok(mvc.perform(post("/webauthn/register/options").session(newcomer("tesfay")).with(csrf())));
		assertThat(options).contains("\"id\":\"localhost\"", "\"name\":\"tesfay\"", "\"residentKey\":\"required\"",
				"\"userVerification\":\"required\"");
		// The user entity is kept in the access schema, by the account's name.
		assertThat(
				jdbc.sql("select count(*) from access.user_entities where name = 'tesfay'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void staffGetNoPasskeyAndAnonymousCallersNoOptionsToMakeOne() throws Exception {
		MockHttpSession staff = Logins.session(mvc, "consulent.aalten");
		mvc.perform(post("/webauthn/register/options").session(staff).with(csrf())).andExpect(status().isForbidden());
		assertThat(mvc.perform(post("/webauthn/register/options").with(csrf())).andReturn().getResponse().getStatus())
			.isNotEqualTo(200);
		mvc.perform(post("/webauthn/register").session(staff)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		// Without the CSRF token nothing is answered.
		mvc.perform(post("/webauthn/register/options").session(newcomer("tesfay"))).andExpect(status().isForbidden());
	}

	@Test
	void anyoneGetsOptionsToLogInButAForgedAnswerDoesNotGetIn() throws Exception {
		var session = new MockHttpSession();
		String options = Http.ok(mvc.perform(post("/webauthn/authenticate/options").session(session).with(csrf())));
		assertThat(options).contains("\"challenge\"", "\"rpId\":\"localhost\"", "\"userVerification\":\"required\"");
		mvc.perform(post("/login/webauthn").session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"authenticatorData":"AAAA",
					"clientDataJSON":"AAAA","signature":"AAAA"},"clientExtensionResults":{}}"""))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/portaal/mijn").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aNewcomerCannotRemoveAPasskeyThatIsNotTheirs() throws Exception {
		MockHttpSession amina = newcomer("amina");
		mvc.perform(get("/portaal/toegangssleutels").session(amina)).andExpect(status().isOk());
		var removed = mvc.perform(post("/portaal/toegangssleutels/bm90LWhlcnM/verwijderen").session(amina).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(removed.getFlashMap().containsKey("passkeyGone")).isTrue();
		mvc.perform(get("/portaal/toegangssleutels").session(Logins.session(mvc, "consulent.aalten")))
			.andExpect(status().isForbidden());
	}

}
