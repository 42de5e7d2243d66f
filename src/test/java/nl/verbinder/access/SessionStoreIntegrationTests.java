package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in PostgreSQL, not in one node's memory: a login over real HTTP is a row
 * in the database (without the password hash), the session cookie alone carries it to a
 * client that never logged in, and removing the row ends it.
 */
@VerbinderIntegrationTest
class SessionStoreIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoginIsASessionInTheDatabaseThatAnyClientWithItsCookieContinues() throws Exception {
		String username = "consulent.doetinchem";
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(loginPage);
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		HttpResponse<String> login = browser.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + username + "&password=" + Logins.DEMO_PASSWORD + "&_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

		HttpCookie session = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow();
		// The cookie carries the session id in base64; other tests have sessions of this
		// account too.
		String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII);
		assertThat(jdbc.sql("select principal_name from access.spring_session where session_id = ?")
			.param(sessionId)
			.query(String.class)
			.single()).isEqualTo(username);
		String hash = jdbc.sql("select password_hash from access.account where username = ?")
			.param(username)
			.query(String.class)
			.single();
		List<byte[]> attributes = jdbc.sql("""
				select a.attribute_bytes from access.spring_session_attributes a
				join access.spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
			.param(sessionId)
			.query(byte[].class)
			.list();
		assertThat(attributes).isNotEmpty()
			.allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(hash));

		// Another client with only the cookie (as a second node would see the request) is
		// logged in.
		HttpClient other = HttpClient.newHttpClient();
		HttpResponse<String> caseload = other.send(
				request("/huishoudens").header("Cookie", "SESSION=" + session.getValue()).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(caseload.statusCode()).isEqualTo(200);

		// The database is where the session is: without the row the cookie means nothing.
		jdbc.sql("delete from access.spring_session where session_id = ?").param(sessionId).update();
		HttpResponse<String> after = other.send(
				request("/huishoudens").header("Cookie", "SESSION=" + session.getValue()).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
