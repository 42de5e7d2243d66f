package nl.verbinder.access;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps the newcomer's OIDC login (the portal's own registration,
 * {@link PortalOidcSettings}) to an activated newcomer's account. The configured claim's
 * value is linked to the account once, by the newcomer themselves: signed in with their
 * password or passkey, they choose to link the login on their passkey page, and the
 * identity provider's answer then belongs to that account. From then on that login alone
 * gets them in. A value that is linked to no account, or to an account that is not an
 * enabled newcomer's, gets in nowhere: only invited and activated newcomers log in, and
 * the portal's login page says so in their language. The identity provider proves who
 * someone is; the invitation and the activation decided whose account it is.
 */
@Component
class NewcomerOidcUserService extends OidcUserService {

	private final Accounts accounts;

	private final PortalOidcSettings settings;

	private final boolean production;

	NewcomerOidcUserService(Accounts accounts, PortalOidcSettings settings, Environment environment) {
		this.accounts = accounts;
		this.settings = settings;
		this.production = environment.acceptsProfiles(Profiles.of("production"));
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest request) {
		if (!settings.registrationId().equals(request.getClientRegistration().getRegistrationId())) {
			throw refused("not the portal's login");
		}
		OidcUser user = super.loadUser(request);
		String value = user.getClaimAsString(settings.claim());
		if (value == null || value.isBlank()) {
			throw refused("no claim " + settings.claim());
		}
		String link = settings.link(value);
		Optional<Account> linked = accounts.findByOidcSubject(link);
		Optional<Account> signedIn = signedInNewcomer();
		if (signedIn.isPresent()) {
			Account account = signedIn.get();
			if (linked.isPresent() && !linked.get().id().equals(account.id())) {
				throw refused("linked to another account");
			}
			account.linkOidcSubject(link);
			accounts.save(account);
			return new AccountOidcUserService.AccountOidcUser(account.actor(), user);
		}
		Account account = linked.filter(Account::enabled)
			.filter(a -> a.role() == Role.NEWCOMER)
			.filter(a -> !(production && a.demo()))
			.orElseThrow(() -> refused("no newcomer's account for this login"));
		return new AccountOidcUserService.AccountOidcUser(account.actor(), user);
	}

	/** The newcomer who is signed in on this session already, who links the login. */
	private Optional<Account> signedInNewcomer() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && current.getPrincipal() instanceof ActorPrincipal principal
				&& principal.actor().role() == Role.NEWCOMER) {
			return accounts.findById(principal.actor().id().value()).filter(Account::enabled);
		}
		return Optional.empty();
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("unknown_newcomer", why, null));
	}

}
