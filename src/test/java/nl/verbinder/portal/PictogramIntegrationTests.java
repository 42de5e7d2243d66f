package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.inburgering.Domein;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pictograms beside the words on the portal's pages: every life domain, every kind of
 * contact and every kind of appointment (and where it is) has one, it is served to anyone
 * (the portal's login page included), the pages show it, and the about page names where
 * the pictures come from.
 */
@VerbinderIntegrationTest
class PictogramIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pictograms pictograms;

	@Test
	void everyLifeDomainContactAndAppointmentKindHasAPictogramThatIsServed() throws Exception {
		for (Domein domein : Domein.values()) {
			assertServed(pictograms.domain(domein));
		}
		assertServed(pictograms.caseManager());
		assertServed(pictograms.keyPerson());
		assertServed(pictograms.organisation());
		for (Appointment.Kind kind : Appointment.Kind.values()) {
			assertServed(pictograms.appointment(kind));
		}
		for (String place : new String[] { "ADRES", "VIDEO", "TELEFOON" }) {
			assertServed(pictograms.place(place));
		}
	}

	@Test
	void thePlanAndContactsShowThemAndTheAboutPageNamesTheirSource() throws Exception {
		var login = mvc.perform(formLogin("/portaal/inloggen").user("amina").password(Logins.DEMO_PASSWORD))
			.andReturn();
		var session = (MockHttpSession) login.getRequest().getSession(false);

		String plan = page("/portaal/plan", session);
		assertThat(plan).contains("data-testid=\"domain-pictogram\"", "/vendor/pictograms/", "alt=\"\"");
		assertThat(page("/portaal/contacten", session)).contains("/vendor/pictograms/user-round.svg");
		assertThat(mvc.perform(get("/over")).andReturn().getResponse().getContentAsString()).contains("Lucide");
	}

	private void assertServed(String path) throws Exception {
		var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).as(path).startsWith("image/svg+xml");
		assertThat(response.getContentAsString()).as(path).contains("<svg");
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return Http.ok(mvc.perform(get(path).session(session)));
	}

}
