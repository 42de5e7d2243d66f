package nl.verbinder.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newcomer's OIDC login ({@code verbinder.portal.oidc.*}), e.g. DigiD through an OIDC
 * broker: which of Spring's client registrations is the portal's (configured like
 * staff's, with explicit endpoints, but its own) and which claim of the ID token
 * identifies the newcomer (a pseudonymous subject, or a BSN claim the broker sends).
 *
 * @param registrationId the registration under
 * {@code spring.security.oauth2.client.registration.<id>}; never offered to staff
 * @param claim the claim whose value is linked to a newcomer's account
 */
@ConfigurationProperties("verbinder.portal.oidc")
record PortalOidcSettings(@DefaultValue("portal") String registrationId, @DefaultValue("sub") String claim) {

	/** How a claim's value is kept with the account: apart from staff's subjects. */
	String link(String value) {
		return "portal:" + registrationId + ":" + value;
	}

}
