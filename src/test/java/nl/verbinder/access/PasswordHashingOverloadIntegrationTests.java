package nl.verbinder.access;

import static nl.verbinder.access.Attempts.formLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When every password-hashing thread is busy and the queue before them is full, a login
 * is refused at once instead of hanging or failing: the API answers 503 problem+json with
 * {@code Retry-After}, the staff and portal login pages say to try again shortly in the
 * page's language, and nobody is logged in. Once the hashes are done, logins work again.
 * <p>
 * The application's own encoder is filled: its threads are held by hashes whose password
 * (a test's {@link CharSequence}) is read only when the test lets it, and its queue by
 * hashes waiting behind them; nothing of Verbinder is replaced.
 */
@VerbinderIntegrationTest
class PasswordHashingOverloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MeterRegistry meters;

	@Test
	void aLoginWhileTheHashesAreOverloadedIsRefusedReadablyAndLogsNobodyIn() throws Exception {
		MeteredPasswordEncoder encoder = (MeteredPasswordEncoder) passwords;
		String hash = encoder.encode("een wachtwoord dat niemand gebruikt");
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch held = new CountDownLatch(encoder.threads());
		List<Future<Boolean>> hashes = new ArrayList<>();
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			try {
				for (int i = 0; i < encoder.threads(); i++) {
					hashes.add(callers.submit(() -> encoder.matches(new HeldPassword(held, release), hash)));
				}
				assertThat(held.await(30, TimeUnit.SECONDS)).as("every hashing thread held").isTrue();
				for (int i = 0; i < encoder.queueLength(); i++) {
					hashes.add(callers.submit(() -> encoder.matches("in de wachtrij", hash)));
				}
				awaitQueueFull(encoder.queueLength());

				// The API: 503 problem+json with Retry-After, in the caller's language.
				String retryAfter = mvc
					.perform(get("/api/v1/referentie/gemeenten").with(Logins.basic("consulent.aalten"))
						.header("Accept-Language", "en"))
					.andExpect(status().isServiceUnavailable())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.status").value(503))
					.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("too busy")))
					.andReturn()
					.getResponse()
					.getHeader("Retry-After");
				assertThat(Long.parseLong(retryAfter)).isPositive();

				// The staff's and the newcomer's login forms: back to the page, nobody
				// in.
				mvc.perform(formLogin("consulent.aalten", Logins.DEMO_PASSWORD, "198.51.100.61"))
					.andExpect(redirectedUrl("/login?busy"))
					.andExpect(unauthenticated());
				mvc.perform(formLogin("/portaal/inloggen").user("amina").password(Logins.DEMO_PASSWORD))
					.andExpect(redirectedUrl("/portaal/inloggen?bezet"))
					.andExpect(unauthenticated());
			}
			finally {
				release.countDown();
			}
			for (Future<Boolean> waiting : hashes) {
				assertThat(waiting.get(60, TimeUnit.SECONDS)).as("a wrong password, checked after all").isFalse();
			}
		}
		assertThat(meters.get("verbinder.password.hash.refused").tag("reason", "queue-full").counter().count())
			.isGreaterThanOrEqualTo(3);

		assertThat(Http.ok(mvc.perform(get("/login").param("busy", "")))).contains("data-testid=\"login-busy\"",
				"Verbinder is nu erg druk", "U bent niet ingelogd");
		assertThat(Http.ok(mvc.perform(get("/login").param("busy", "").param("lang", "en"))))
			.contains("Verbinder is very busy right now", "You are not logged in");
		assertThat(Http.ok(mvc.perform(get("/portaal/inloggen").param("bezet", ""))))
			.contains("data-testid=\"login-busy\"", "Het is nu erg druk");

		// The hashes done, the same logins get in.
		mvc.perform(get("/api/v1/referentie/gemeenten").with(httpBasic("consulent.aalten", Logins.DEMO_PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(formLogin("consulent.aalten", Logins.DEMO_PASSWORD, "198.51.100.61")).andExpect(redirectedUrl("/"));
	}

	private void awaitQueueFull(int length) throws InterruptedException {
		for (int i = 0; i < 3000 && queued() < length; i++) {
			Thread.sleep(10);
		}
		assertThat(queued()).as("the queue full").isEqualTo(length);
	}

	private double queued() {
		return meters.get("verbinder.password.hash.queued").gauge().value();
	}

	/**
	 * A password that holds the hashing thread that reads it until {@code release}: as a
	 * hash that takes long would, but for exactly as long as the test needs.
	 */
	private record HeldPassword(CountDownLatch held, CountDownLatch release) implements CharSequence {

		private static final String TEXT = "een vastgehouden wachtwoord";

		@Override
		public int length() {
			return TEXT.length();
		}

		@Override
		public char charAt(int index) {
			return TEXT.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return TEXT.subSequence(start, end);
		}

		@Override
		public String toString() {
			held.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			return TEXT;
		}

	}

}
