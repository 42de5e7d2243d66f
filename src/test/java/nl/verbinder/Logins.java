package nl.verbinder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Real logins through the login form, for tests that act as a demo account. */
public final class Logins {

	public static final String DEMO_PASSWORD = "verbinder-demo";

	private Logins() {
	}

	public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
		if (result.getResponse().getStatus() != 302 || result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Login of " + username + " failed: " + result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}
}
