package nl.verbinder.access;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How the API verifies bearer tokens ({@code verbinder.api.tokens.*}): signed JWTs of one
 * issuer, for one of the audiences, with the issuer's public keys given here (a PEM
 * public key or several, or a JWK set, inline or in a file) or at a JWK set URI that is
 * read on the first token, never at start-up. Without an issuer the API takes no tokens.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audiences the {@code aud} values of which a token must carry one
 * @param publicKey PEM public keys ({@code -----BEGIN PUBLIC KEY-----}, RSA or EC) or a
 * JWK set (JSON)
 * @param publicKeyLocation a file with the same, e.g. {@code file:/run/secrets/token.pem}
 * @param jwkSetUri the issuer's JWK set, read when the first token arrives and cached
 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off the server's
 * clock; at most five minutes
 * @param municipalityClaim the claim with the municipality a machine client acts for (its
 * gemeente code, e.g. {@code GM0222})
 * @param clientIdClaim the claim with a machine client's id (RFC 9068), else {@code azp}
 * @param scopeClaim the claim with the scopes (a space-separated string or a list)
 */
@ConfigurationProperties("verbinder.api.tokens")
record ApiTokenSettings(@Nullable String issuer, @DefaultValue List<String> audiences, @Nullable String publicKey,
		@Nullable Resource publicKeyLocation, @Nullable String jwkSetUri, @DefaultValue("60s") Duration clockSkew,
		@DefaultValue("gemeente") String municipalityClaim, @DefaultValue("client_id") String clientIdClaim,
		@DefaultValue("scope") String scopeClaim, @DefaultValue("5s") Duration keysTimeout) {

	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

	ApiTokenSettings {
		audiences = List.copyOf(audiences);
		int keySources = (present(publicKey) ? 1 : 0) + (publicKeyLocation != null ? 1 : 0)
				+ (present(jwkSetUri) ? 1 : 0);
		if (present(issuer)) {
			if (audiences.isEmpty()) {
				throw new IllegalArgumentException("verbinder.api.tokens needs the audiences its tokens are for");
			}
			if (keySources != 1) {
				throw new IllegalArgumentException(
						"verbinder.api.tokens needs exactly one of public-key, public-key-location and jwk-set-uri");
			}
		}
		else if (keySources > 0) {
			throw new IllegalArgumentException("verbinder.api.tokens has keys but no issuer");
		}
		if (keysTimeout.isNegative() || keysTimeout.isZero()) {
			throw new IllegalArgumentException("verbinder.api.tokens.keys-timeout must be positive");
		}
		if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
			throw new IllegalArgumentException("verbinder.api.tokens.clock-skew must be between 0 and 5 minutes");
		}
	}

	/** Whether the API takes bearer tokens at all. */
	boolean enabled() {
		return present(issuer);
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
