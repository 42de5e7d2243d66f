package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff read Dutch or English; key persons may also read their own pages in Arabic,
 * Persian or Tigrinya, right to left where the language is written so.
 */
@VerbinderIntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse page(MockHttpSession session, String path, Cookie... cookies) throws Exception {
		var request = get(path).session(session);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** The opening html tag, which carries the page's language and direction. */
	private static String root(String html) {
		var m = Pattern.compile("<html[^>]*>").matcher(html);
		assertThat(m.find()).isTrue();
		return m.group();
	}

	@Test
	void aKeyPersonReadsTheirPageInTigrinyaOrRightToLeftInArabic() throws Exception {
		MockHttpSession session = Logins.session(mvc, "sleutelpersoon");
		var tigrinya = page(session, "/mijn-verzoeken?lang=ti");
		assertThat(tigrinya.getStatus()).isEqualTo(200);
		String html = tigrinya.getContentAsString();
		assertThat(root(html)).contains("lang=\"ti\"").doesNotContain("dir=");
		assertThat(html).doesNotContain(">Mijn verzoeken</h1>").doesNotContain(">My requests</h1>");
		assertThat(tigrinya.getCookie("verbinder-lang").getValue()).isEqualTo("ti");

		String arabic = page(session, "/mijn-verzoeken?lang=ar").getContentAsString();
		assertThat(root(arabic)).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		assertThat(arabic).contains("hreflang=\"fa\"").contains("hreflang=\"ti\"");
	}

	@Test
	void staffAreOfferedDutchAndEnglishOnlyAndAnOwnLanguageCookieReadsAsDutch() throws Exception {
		MockHttpSession session = Logins.session(mvc, "consulent.winterswijk");
		var refused = page(session, "/huishoudens?lang=ar");
		assertThat(root(refused.getContentAsString())).contains("lang=\"nl\"").doesNotContain("dir=");
		assertThat(refused.getContentAsString()).doesNotContain("hreflang=\"ar\"");
		assertThat(refused.getCookie("verbinder-lang")).isNull();

		// The cookie a key person left on a shared computer does not turn a case
		// manager's page half Arabic.
		var shared = page(session, "/huishoudens", new Cookie("verbinder-lang", "ar"));
		assertThat(root(shared.getContentAsString())).contains("lang=\"nl\"");
		assertThat(root(page(session, "/huishoudens?lang=en").getContentAsString())).contains("lang=\"en\"");
	}

	@Test
	void theLoginPageOffersEveryLanguage() throws Exception {
		String login = mvc.perform(get("/login?lang=fa")).andReturn().getResponse().getContentAsString();
		assertThat(root(login)).contains("lang=\"fa\"").contains("dir=\"rtl\"");
		for (String tag : new String[] { "nl", "en", "ar", "fa", "ti" }) {
			assertThat(login).contains("hreflang=\"" + tag + "\"");
		}
	}

}
