package nl.verbinder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forms of the pages as a browser sends them (with the CSRF token), for tests that post
 * them with MockMvc.
 */
public final class PageForms {

	private PageForms() {
	}

	/** The form that registers a household with its first member, sent in the session. */
	public static MockHttpServletRequestBuilder registration(MockHttpSession session, String municipality,
			String address, String postcode, String arrivalDate, String firstName, String surname, String birthDate) {
		return post("/huishoudens").session(session)
			.with(csrf())
			.param("gemeente", municipality)
			.param("adres", address)
			.param("postcode", postcode)
			.param("aankomstdatum", arrivalDate)
			.param("voornaam", firstName)
			.param("achternaam", surname)
			.param("geboortedatum", birthDate);
	}

}
