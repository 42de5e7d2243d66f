package nl.verbinder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bearer tokens the tests sign themselves: an EC key made once per test run, whose public
 * half {@link Keys} gives the application as its token issuer's key (PEM, as an
 * installation would), so that every integration test shares the one context.
 */
public final class TestTokens {

	public static final String ISSUER = "https://idp.test/verbinder";

	public static final String AUDIENCE = "verbinder-api";

	private static final ECKey KEY = generate();

	private TestTokens() {
	}

	/** A machine client's token for one municipality with the scopes, valid 5 minutes. */
	public static String machineClient(String clientId, String gemeente, String scopes) {
		return sign(claims(clientId, gemeente, scopes).build());
	}

	/** The claims of a valid machine client's token, to change before signing. */
	public static JWTClaimsSet.Builder claims(String clientId, String gemeente, String scopes) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(clientId)
			.claim("client_id", clientId)
			.claim("gemeente", gemeente)
			.claim("scope", scopes)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
	}

	public static String sign(JWTClaimsSet claims) {
		return sign(claims, KEY);
	}

	/** Signed with another key than the issuer's. */
	public static String signWithAnotherKey(JWTClaimsSet claims) {
		return sign(claims, generate());
	}

	public static String sign(JWTClaimsSet claims, ECKey key) {
		try {
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("test-key").build(), claims);
			jwt.sign(new ECDSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The token in the {@code Authorization} header of one request. */
	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	public static RequestPostProcessor bearer(String clientId, String gemeente, String scopes) {
		return bearer(machineClient(clientId, gemeente, scopes));
	}

	/** This run's public key, as PEM. */
	public static String publicKeyPem() {
		try {
			return "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder().encodeToString(KEY.toECPublicKey().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ECKey generate() {
		try {
			return new ECKeyGenerator(Curve.P_256).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Changes claims of a valid token, e.g. {@code c -> c.issuer("other")}. */
	public static String machineClient(String clientId, String gemeente, String scopes,
			UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(change.apply(claims(clientId, gemeente, scopes)).build());
	}

	/** Gives the application this run's issuer and key. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Keys {

		@Bean
		DynamicPropertyRegistrar testTokenIssuer() {
			return registry -> {
				registry.add("verbinder.api.tokens.issuer", () -> ISSUER);
				registry.add("verbinder.api.tokens.audiences", () -> AUDIENCE);
				registry.add("verbinder.api.tokens.public-key", TestTokens::publicKeyPem);
			};
		}

	}

}
