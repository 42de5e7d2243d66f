package nl.verbinder.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Login attempts as tests make them: through the login form, from a client address of
 * their choice.
 */
final class Attempts {

	private Attempts() {
	}

	/** The request comes from {@code address}, as the servlet's remote address. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * The login form posted with {@code username} and {@code password} from
	 * {@code address}.
	 */
	static MockHttpServletRequestBuilder formLogin(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

}
