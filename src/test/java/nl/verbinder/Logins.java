package nl.verbinder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real logins as demo accounts: through the login form for pages, with HTTP Basic for the
 * API.
 */
public final class Logins {

	public static final String DEMO_PASSWORD = "verbinder-demo";

	private Logins() {
	}

	/** A demo account's credentials for one API call. */
	public static RequestPostProcessor basic(String username) {
		return httpBasic(username, DEMO_PASSWORD);
	}

	public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
		if (result.getResponse().getStatus() != 302 || result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException(
					"Login of " + username + " failed: " + result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
