package nl.verbinder.brp;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the BRP is asked ({@code verbinder.brp.*}); without a {@code url} the lookup is
 * off and the registration page says so.
 *
 * @param url the base URL of the Haal Centraal BRP Personen API (the one before
 * {@code /personen}), e.g.
 * {@code https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp}
 * @param apiKey the key sent in the {@code X-API-KEY} header, if the provider asks for
 * one
 * @param oauth2Registration the id of a Spring Security client registration with the
 * {@code client_credentials} grant whose access token is sent as a bearer token, if the
 * provider asks for one
 * @param connectTimeout how long a connection may take (default 3 s)
 * @param readTimeout how long the BRP may take to answer (default 10 s)
 */
@ConfigurationProperties("verbinder.brp")
record BrpSettings(@Nullable URI url, @Nullable String apiKey, @Nullable String oauth2Registration,
		@DefaultValue("3s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

	BrpSettings {
		if (url != null && !"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
			throw new IllegalArgumentException("verbinder.brp.url must be an http(s) URL, not " + url);
		}
	}

	boolean enabled() {
		return url != null;
	}

	/** The endpoint of the Personen operation. */
	URI personen() {
		String base = String.valueOf(url);
		return URI.create((base.endsWith("/") ? base : base + "/") + "personen");
	}

}
