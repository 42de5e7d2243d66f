package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ShellModelTests {

	@Test
	void aPageShownForASubmitLinksItsLanguagesToThePageThatHeldTheForm() {
		var refused = request("POST", "/verzoeken/1/bezoek/annulering");
		refused.addHeader("Referer", "http://localhost:8080/verzoeken/1/bezoek?lang=en");
		assertThat(ShellModel.pagePath(refused)).isEqualTo("/verzoeken/1/bezoek");
	}

	@Test
	void aPageReadItselfKeepsItsOwnPath() {
		var read = request("GET", "/huishoudens/1");
		read.addHeader("Referer", "http://localhost:8080/signaleringen");
		assertThat(ShellModel.pagePath(read)).isEqualTo("/huishoudens/1");
	}

	@Test
	void neverLinksToAnotherSiteOrPort() {
		for (String referer : new String[] { "https://evil.example/huishoudens", "http://localhost:9999/x",
				"http://localhost:8080//evil.example/x", "not a uri ^", "javascript:alert(1)" }) {
			var refused = request("POST", "/huishoudens/1/ontzorgen");
			refused.addHeader("Referer", referer);
			assertThat(ShellModel.pagePath(refused)).as(referer).isEqualTo("/huishoudens/1/ontzorgen");
		}
		assertThat(ShellModel.pagePath(request("POST", "/huishoudens/1/ontzorgen")))
			.isEqualTo("/huishoudens/1/ontzorgen");
	}

	private static MockHttpServletRequest request(String method, String path) {
		var request = new MockHttpServletRequest(method, path);
		request.setServerName("localhost");
		request.setServerPort(8080);
		return request;
	}

}
