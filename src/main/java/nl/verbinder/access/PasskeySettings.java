package nl.verbinder.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The relying party of the newcomers' passkeys ({@code verbinder.portal.webauthn.*}).
 * Passkeys belong to a domain: the relying party id is the host name the portal is served
 * on (a phone only offers a passkey on that domain and its subdomains), and the allowed
 * origins are where the ceremonies may run, each exactly as the browser reports it
 * (scheme, host and any port). On {@code localhost} the port the server listens on is
 * allowed as well, so a developer's run and the tests need no setting.
 *
 * @param rpId the relying party id, e.g. {@code verbinder.achterhoek.nl}
 * @param rpName the name a phone shows when it asks to create a passkey
 * @param allowedOrigins the origins, e.g. {@code https://verbinder.achterhoek.nl}
 */
@ConfigurationProperties("verbinder.portal.webauthn")
record PasskeySettings(@DefaultValue("localhost") String rpId, @DefaultValue("Verbinder") String rpName,
		@DefaultValue("http://localhost:8080") List<String> allowedOrigins) {

	PasskeySettings {
		if (rpId.isBlank() || rpName.isBlank()) {
			throw new IllegalArgumentException("verbinder.portal.webauthn needs an rp-id and an rp-name");
		}
		allowedOrigins = List.copyOf(allowedOrigins);
	}

	boolean local() {
		return "localhost".equals(rpId);
	}

}
