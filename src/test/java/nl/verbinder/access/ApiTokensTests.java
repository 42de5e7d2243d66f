package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.verbinder.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtException;

class ApiTokensTests {

	private static ApiTokenSettings settings(String key, Duration skew) {
		return new ApiTokenSettings("https://idp.test/verbinder", List.of("verbinder-api"), key, null, null, skew,
				"gemeente", "client_id", "scope", Duration.ofSeconds(5));
	}

	@Test
	void refusesTheDevelopmentKeyUnderProductionOnly() throws Exception {
		String development = Files.readString(Path.of("dev/token-signing-key.pub.pem"));
		assertThatThrownBy(
				() -> ApiTokens.decoder(settings(development, Duration.ofMinutes(1)), Clock.systemUTC(), true))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("development key");
		assertThat(ApiTokens.decoder(settings(development, Duration.ofMinutes(1)), Clock.systemUTC(), false))
			.isNotNull();
	}

	@Test
	void takesTheDevelopmentKeyOnlyWithTheEmbeddedDatabase() throws Exception {
		String development = Files.readString(Path.of("dev/token-signing-key.pub.pem"));
		var embedded = new MockEnvironment();
		assertThat(new ApiTokens(settings(development, Duration.ofMinutes(1)), Clock.systemUTC(), embedded).enabled())
			.isTrue();
		var server = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/verbinder");
		server.setActiveProfiles("acceptatie");
		assertThat(new ApiTokens(settings(development, Duration.ofMinutes(1)), Clock.systemUTC(), server).enabled())
			.isFalse();
		assertThat(new ApiTokens(settings(TestTokens.publicKeyPem(), Duration.ofMinutes(1)), Clock.systemUTC(), server)
			.enabled()).isTrue();
		var production = new MockEnvironment();
		production.setActiveProfiles("production");
		assertThatThrownBy(
				() -> new ApiTokens(settings(development, Duration.ofMinutes(1)), Clock.systemUTC(), production))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void boundsTheClockSkewAndNeedsAnAudienceAndOneKeySource() {
		assertThatThrownBy(() -> settings(TestTokens.publicKeyPem(), Duration.ofMinutes(6)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ApiTokenSettings("https://idp.test", List.of(), TestTokens.publicKeyPem(), null,
				null, Duration.ZERO, "gemeente", "client_id", "scope", Duration.ofSeconds(5)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ApiTokenSettings("https://idp.test", List.of("a"), TestTokens.publicKeyPem(), null,
				"https://idp.test/jwks", Duration.ZERO, "gemeente", "client_id", "scope", Duration.ofSeconds(5)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ApiTokenSettings(null, List.of("a"), TestTokens.publicKeyPem(), null, null,
				Duration.ZERO, "gemeente", "client_id", "scope", Duration.ofSeconds(5)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new ApiTokenSettings(null, List.of(), null, null, null, Duration.ofSeconds(60), "gemeente",
				"client_id", "scope", Duration.ofSeconds(5))
			.enabled()).isFalse();
	}

	@Test
	void verifiesWithAPemKeyWhateverKeyIdTheTokenNames() throws Exception {
		var decoder = ApiTokens.decoder(settings(TestTokens.publicKeyPem(), Duration.ofMinutes(1)), Clock.systemUTC(),
				true);
		String token = TestTokens.machineClient("c", "GM0222", "households:read");
		assertThat(decoder.decode(token).getClaimAsString("client_id")).isEqualTo("c");
		assertThatThrownBy(() -> decoder.decode(token.substring(0, token.length() - 4) + "AAAA"))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void aJwkSetUriIsNotReadAtStartUp() throws Exception {
		var settings = new ApiTokenSettings("https://idp.test", List.of("a"), null, null,
				"http://127.0.0.1:9/nothing-listens-here", Duration.ZERO, "gemeente", "client_id", "scope",
				Duration.ofSeconds(5));
		assertThat(ApiTokens.decoder(settings, Clock.systemUTC(), true)).isNotNull();
	}

	/**
	 * An identity provider that takes the connection but never answers makes the request
	 * fail (and the API answer 401), instead of holding a request thread for ever.
	 */
	@Test
	@Timeout(60)
	void givesUpOnAnIdentityProviderThatDoesNotAnswer() throws Exception {
		try (var silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			var settings = new ApiTokenSettings(TestTokens.ISSUER, List.of(TestTokens.AUDIENCE), null, null,
					"http://127.0.0.1:" + silent.getLocalPort() + "/jwks", Duration.ZERO, "gemeente", "client_id",
					"scope", Duration.ofMillis(300));
			var decoder = ApiTokens.decoder(settings, Clock.systemUTC(), true);
			String token = TestTokens.machineClient("zaaksysteem", "GM0197", "households:read");
			assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
		}
	}

}
