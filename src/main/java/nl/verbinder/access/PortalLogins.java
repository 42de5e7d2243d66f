package nl.verbinder.access;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * What the portal's pages offer besides a password: the newcomer's OIDC login when its
 * registration is configured ({@link PortalOidcSettings}). The portal shows it on its
 * login page and lets a signed-in newcomer link it on their passkey page.
 */
@Service
public class PortalLogins {

	/** Where the portal's OIDC login starts, and the name the registration gives it. */
	public static final String OIDC_START = "/portaal/oauth2/authorization";

	/** The portal's OIDC login: its name (e.g. DigiD) and where it starts. */
	public record OidcLogin(String name, String path) {
	}

	private final Optional<OidcLogin> oidc;

	PortalLogins(ObjectProvider<ClientRegistrationRepository> registrations, PortalOidcSettings settings) {
		this.oidc = Optional.ofNullable(registrations.getIfAvailable())
			.map(r -> r.findByRegistrationId(settings.registrationId()))
			.map(PortalLogins::login);
	}

	private static OidcLogin login(ClientRegistration registration) {
		return new OidcLogin(registration.getClientName(), OIDC_START + "/" + registration.getRegistrationId());
	}

	public Optional<OidcLogin> oidc() {
		return oidc;
	}

}
