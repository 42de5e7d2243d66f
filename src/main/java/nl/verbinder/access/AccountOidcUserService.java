package nl.verbinder.access;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an OIDC login to a Verbinder account: by the subject it was linked to before, or
 * on first login by the username claim (default {@code preferred_username}), after which
 * the subject is linked. The identity provider proves who someone is; the account decides
 * role and municipality. No account, no entry. The portal's own registration
 * ({@link PortalOidcSettings}) is refused here: it is {@link NewcomerOidcUserService}'s.
 */
@Component
class AccountOidcUserService extends OidcUserService {

	private final Accounts accounts;

	private final String usernameClaim;

	private final boolean production;

	private final PortalOidcSettings portal;

	AccountOidcUserService(Accounts accounts, Environment environment,
			@Value("${verbinder.oidc.username-claim:preferred_username}") String usernameClaim,
			PortalOidcSettings portal) {
		this.accounts = accounts;
		this.portal = portal;
		this.usernameClaim = usernameClaim;
		this.production = environment.acceptsProfiles(Profiles.of("production"));
	}

	@Override
	@Transactional
	public OidcUser loadUser(OidcUserRequest request) {
		if (portal.registrationId().equals(request.getClientRegistration().getRegistrationId())) {
			// The newcomers' login is the portal's (NewcomerOidcUserService), never
			// staff's.
			throw new OAuth2AuthenticationException(
					new OAuth2Error("unknown_account", "The portal's login is for newcomers", null));
		}
		OidcUser user = super.loadUser(request);
		String subject = user.getSubject();
		Account account = accounts.findByOidcSubject(subject).or(() -> {
			String username = user.getClaimAsString(usernameClaim);
			return username == null ? Optional.empty() : accounts.findByUsername(username.toLowerCase(Locale.ROOT));
		})
			.filter(Account::enabled)
			.filter(a -> !(production && a.demo()))
			.orElseThrow(() -> new OAuth2AuthenticationException(
					new OAuth2Error("unknown_account", "No Verbinder account for this login", null)));
		account.linkOidcSubject(subject);
		accounts.save(account);
		return new AccountOidcUser(account.actor(), user);
	}

	/** An OIDC user that carries the Verbinder actor it stands for. */
	static final class AccountOidcUser extends DefaultOidcUser implements ActorPrincipal {

		private final Actor actor;

		AccountOidcUser(Actor actor, OidcUser user) {
			super(List.of(new SimpleGrantedAuthority(actor.role().authority())), user.getIdToken(), user.getUserInfo());
			this.actor = actor;
		}

		@Override
		public Actor actor() {
			return actor;
		}

		@Override
		public String getName() {
			return actor.username();
		}

	}

}
