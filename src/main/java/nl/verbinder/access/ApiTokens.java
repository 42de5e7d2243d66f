package nl.verbinder.access;

import com.nimbusds.jose.jwk.Curve;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Verifies the API's bearer tokens (an OAuth2 resource server): the signature with the
 * keys of {@link ApiTokenSettings}, then the issuer, the audience, the expiry (which a
 * token must have) and the not-before time within the allowed clock skew. Nothing is
 * fetched at start-up: keys given in the configuration are read then, a JWK set URI on
 * the first token. Under {@code production} the development key of {@code dev/} is
 * refused, so that a token anyone can sign never opens a real installation.
 */
@Component
class ApiTokens {

	private static final Logger logger = LoggerFactory.getLogger(ApiTokens.class);

	/**
	 * SHA-256 of the development public key ({@code dev/token-signing-key.pub.pem}, DER).
	 */
	static final String DEVELOPMENT_KEY_SHA256 = "064f13ba0d860950853560c8d57e1096b21964939793fd767e9e976e002e580d";

	private static final Pattern PEM_PUBLIC_KEY = Pattern
		.compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

	private final @Nullable JwtDecoder decoder;

	/**
	 * Under {@code production} the development key stops the start. Elsewhere it is taken
	 * only with the embedded database of the run and test commands: an installation on a
	 * database server of its own (acceptance, a trial) takes no token that anyone can
	 * sign, whatever its profile is called.
	 */
	ApiTokens(ApiTokenSettings settings, Clock clock, Environment environment) throws IOException {
		boolean production = environment.acceptsProfiles(Profiles.of("production"));
		boolean ownDatabaseServer = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		if (settings.enabled() && !production && ownDatabaseServer && usesDevelopmentKey(settings)) {
			logger.warn("verbinder.api.tokens: the development key of dev/ is taken only with the embedded database; "
					+ "the API takes no bearer tokens until the identity provider's keys are configured");
			this.decoder = null;
		}
		else {
			this.decoder = settings.enabled() ? decoder(settings, clock, production) : null;
		}
		if (production && this.decoder == null) {
			// Under production the API takes bearer tokens alone: without an issuer it
			// refuses
			// every call, which an operator should hear of at start-up, not from a
			// client.
			logger.warn("verbinder.api.tokens: no issuer configured, so the API refuses every call (401) under "
					+ "production; configure the identity provider's issuer, audiences and keys");
		}
	}

	private static boolean usesDevelopmentKey(ApiTokenSettings settings) throws IOException {
		if (settings.jwkSetUri() != null && !settings.jwkSetUri().isBlank()) {
			return false;
		}
		String text = settings.publicKey() != null ? settings.publicKey()
				: Objects.requireNonNull(settings.publicKeyLocation()).getContentAsString(StandardCharsets.UTF_8);
		return keys(text).getKeys().stream().anyMatch(ApiTokens::developmentKey);
	}

	/** Whether the API takes bearer tokens (an issuer and its keys are configured). */
	boolean enabled() {
		return decoder != null;
	}

	/**
	 * Lets the chain take bearer tokens, turned into actors by {@code actors}, with the
	 * chain's refusals; does nothing when no issuer is configured.
	 */
	void apply(HttpSecurity http, Converter<Jwt, ? extends AbstractAuthenticationToken> actors, ApiRefusals refusals)
			throws Exception {
		if (decoder != null) {
			http.oauth2ResourceServer(
					server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(actors))
						.authenticationEntryPoint(refusals)
						.accessDeniedHandler(refusals));
		}
	}

	static JwtDecoder decoder(ApiTokenSettings settings, Clock clock, boolean production) throws IOException {
		NimbusJwtDecoder decoder;
		if (settings.jwkSetUri() != null && !settings.jwkSetUri().isBlank()) {
			// Every algorithm named, so that the builder never reads the set to find
			// them; a slow identity provider makes a request fail (401), not wait.
			var requests = new SimpleClientHttpRequestFactory();
			requests.setConnectTimeout(settings.keysTimeout());
			requests.setReadTimeout(settings.keysTimeout());
			decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri())
				.jwsAlgorithms(algorithms -> algorithms.addAll(Arrays.asList(SignatureAlgorithm.values())))
				.restOperations(new RestTemplate(requests))
				.build();
		}
		else {
			String text = settings.publicKey() != null ? settings.publicKey()
					: Objects.requireNonNull(settings.publicKeyLocation()).getContentAsString(StandardCharsets.UTF_8);
			JWKSet keys = keys(text);
			if (production && keys.getKeys().stream().anyMatch(ApiTokens::developmentKey)) {
				throw new IllegalStateException("verbinder.api.tokens: the development key of dev/ is refused under "
						+ "production; configure the keys of the installation's identity provider");
			}
			decoder = NimbusJwtDecoder.withJwkSource(source(keys))
				.jwsAlgorithms(algorithms -> algorithms.addAll(Arrays.asList(SignatureAlgorithm.values())))
				.build();
		}
		decoder.setJwtValidator(validator(settings, clock));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(ApiTokenSettings settings, Clock clock) {
		var times = new JwtTimestampValidator(settings.clockSkew());
		times.setClock(clock);
		List<String> audiences = settings.audiences();
		return new DelegatingOAuth2TokenValidator<>(
				List.of(new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull), times,
						new JwtIssuerValidator(Objects.requireNonNull(settings.issuer())),
						new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
								aud -> aud != null && aud.stream().anyMatch(audiences::contains))));
	}

	/** PEM public keys (one or several, RSA or EC) or a JWK set, public parts only. */
	static JWKSet keys(String text) {
		try {
			if (text.strip().startsWith("{")) {
				return JWKSet.parse(text).toPublicJWKSet();
			}
			List<JWK> keys = new ArrayList<>();
			var pem = PEM_PUBLIC_KEY.matcher(text);
			while (pem.find()) {
				keys.add(key(Base64.getMimeDecoder().decode(pem.group(1).strip())));
			}
			if (keys.isEmpty()) {
				throw new IllegalArgumentException("verbinder.api.tokens: no PEM public key or JWK set found");
			}
			return new JWKSet(keys);
		}
		catch (ParseException | GeneralSecurityException e) {
			throw new IllegalArgumentException("verbinder.api.tokens: unreadable key (" + e.getMessage() + ")", e);
		}
	}

	private static JWK key(byte[] der) throws GeneralSecurityException {
		var spec = new X509EncodedKeySpec(der);
		try {
			return new RSAKey.Builder((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec)).build();
		}
		catch (InvalidKeySpecException notRsa) {
			var ec = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
			return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
		}
	}

	/**
	 * The keys as a source: a key of the set without a key id (a PEM key) verifies tokens
	 * of its type whatever key id they name; keys with ids are matched by id.
	 */
	private static JWKSource<SecurityContext> source(JWKSet keys) {
		return (selector, context) -> {
			List<JWK> matched = selector.select(keys);
			if (!matched.isEmpty()) {
				return matched;
			}
			JWKMatcher matcher = selector.getMatcher();
			return keys.getKeys()
				.stream()
				.filter(k -> k.getKeyID() == null)
				.filter(k -> matcher.getKeyTypes() == null || matcher.getKeyTypes().contains(k.getKeyType()))
				.filter(k -> !(k instanceof ECKey ec) || matcher.getCurves() == null
						|| matcher.getCurves().contains(ec.getCurve()))
				.toList();
		};
	}

	private static boolean developmentKey(JWK key) {
		try {
			byte[] der = key instanceof RSAKey rsa ? rsa.toPublicKey().getEncoded()
					: key instanceof ECKey ec ? ec.toPublicKey().getEncoded() : new byte[0];
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(der))
				.equals(DEVELOPMENT_KEY_SHA256);
		}
		catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
			return false;
		}
	}

	Optional<JwtDecoder> decoder() {
		return Optional.ofNullable(decoder);
	}

}
