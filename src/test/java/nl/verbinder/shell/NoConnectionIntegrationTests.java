package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.verbinder.TestTokens;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.Role;
import nl.verbinder.journey.Browser;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * When no database connection comes free within the pool's connection timeout, a request
 * is answered 503 with {@code Retry-After}, not 500: problem+json for the API (whether
 * the login's throttle or the controller found no connection), the error page in the
 * reader's language for pages (where the session could not be read), passing axe in Dutch
 * and, right to left, in Arabic. Once connections are free again the same requests are
 * answered. A context of its own with a pool of two connections and a short timeout,
 * which the test holds itself; through the real server, so that the error page is
 * rendered as a browser gets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "verbinder.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=2",
				"spring.datasource.hikari.connection-timeout=500" })
@ActiveProfiles("test")
@Import(TestTokens.Keys.class)
class NoConnectionIntegrationTests {

	private static final String USERNAME = "consulent.wachtrij";

	private static final String PASSWORD = "een wachtwoord voor de wachtrij";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountAdministration administration;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void noFreeConnectionIsA503WithRetryAfterForTheApiAndForPages() throws Exception {
		administration.open(USERNAME, "Wachtende Consulent", Role.CASE_MANAGER, new GemeenteCode("GM0197"), PASSWORD,
				false);
		logIn();
		assertThat(page("/huishoudens", "nl").statusCode()).isEqualTo(200);
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String bearer = "Bearer " + TestTokens.machineClient("zaaksysteem-aalten", "GM0197", "households:read");

		List<Connection> held = holdEveryConnection();
		try {
			// Pages: the session cannot be read; the error page says so in the reader's
			// language.
			HttpResponse<String> dutch = page("/huishoudens", "nl");
			assertThat(dutch.statusCode()).isEqualTo(503);
			assertThat(Long.parseLong(dutch.headers().firstValue("Retry-After").orElseThrow())).isPositive();
			assertThat(dutch.body()).contains("Verbinder is even te druk", "Er is niets gewijzigd");
			HttpResponse<String> english = page("/huishoudens", "en");
			assertThat(english.statusCode()).isEqualTo(503);
			assertThat(english.body()).contains("Verbinder is too busy for a moment", "Nothing was changed");
			// Right to left in Arabic; in Dutch and Arabic the page passes axe.
			HttpResponse<String> arabic = page("/huishoudens", "ar");
			assertThat(arabic.statusCode()).isEqualTo(503);
			assertThat(arabic.body()).contains("lang=\"ar\"", "dir=\"rtl\"");
			List<String> violations = new ArrayList<>();
			for (HttpResponse<String> answer : List.of(dutch, arabic)) {
				Page shown = browser.newPage();
				shown.setContent(answer.body());
				violations.addAll(Browser.axeViolations(shown));
			}
			assertThat(violations).isEmpty();

			// The API: the login's throttle (HTTP Basic) and the controller (a token)
			// alike.
			for (String authorization : List.of(basic, bearer)) {
				HttpResponse<String> api = api("/api/v1/huishoudens", authorization);
				assertThat(api.statusCode()).as(authorization.split(" ")[0]).isEqualTo(503);
				assertThat(api.headers().firstValue("Content-Type").orElseThrow())
					.startsWith("application/problem+json");
				assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).isPositive();
				assertThat(api.headers().firstValue("API-Version")).isPresent();
				assertThat(api.body()).contains("\"status\":503", "too busy to handle this request");
			}
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}

		assertThat(page("/huishoudens", "nl").statusCode()).isEqualTo(200);
		assertThat(api("/api/v1/huishoudens", basic).statusCode()).isEqualTo(200);
		assertThat(api("/api/v1/huishoudens", bearer).statusCode()).isEqualTo(200);
	}

	/**
	 * Every connection of the pool, taken by the test (retried while another holds one).
	 */
	private List<Connection> holdEveryConnection() throws InterruptedException {
		List<Connection> held = new ArrayList<>();
		int size = ((com.zaxxer.hikari.HikariDataSource) dataSource).getMaximumPoolSize();
		for (int attempt = 0; held.size() < size && attempt < 100; attempt++) {
			try {
				held.add(dataSource.getConnection());
			}
			catch (SQLException busy) {
				Thread.sleep(50);
			}
		}
		assertThat(held).as("every connection held").hasSize(size);
		return held;
	}

	private void logIn() throws Exception {
		String form = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String body = "username=" + USERNAME + "&password=" + PASSWORD.replace(" ", "+") + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	/**
	 * A page in the session, in {@code language} (the language cookie, as the menu sets
	 * it).
	 */
	private HttpResponse<String> page(String path, String language) throws Exception {
		HttpCookie chosen = new HttpCookie("verbinder-lang", language);
		chosen.setPath("/");
		chosen.setVersion(0);
		cookies.getCookieStore().add(uri("/"), chosen);
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> api(String path, String authorization) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", authorization)
				.header("Accept-Language", "en")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
