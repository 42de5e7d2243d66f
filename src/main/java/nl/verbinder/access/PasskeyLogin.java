package nl.verbinder.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Login with a passkey on the portal's login page: the relying party checks the phone's
 * signature and finds whose passkey it is; the account decides the rest, as with a
 * password. Only an enabled newcomer's account gets in (demo accounts not under
 * {@code production}, as {@link LocalAccounts} has it). Spring Security's own provider
 * would make the WebAuthn user entity the principal; ours makes it the account, so that
 * {@link AccessControl} and the portal's chains know the actor. Not a bean: a second
 * {@code AuthenticationProvider} bean would stop Spring from using {@link PasswordLogin}
 * for the password logins; {@link SecurityConfiguration} gives it to the portal chain's
 * passkey filter alone.
 */
final class PasskeyLogin implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final LocalAccounts accounts;

	PasskeyLogin(WebAuthnRelyingPartyOperations relyingParty, LocalAccounts accounts) {
		this.relyingParty = relyingParty;
		this.accounts = accounts;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		var request = (WebAuthnAuthenticationRequestToken) attempt;
		PublicKeyCredentialUserEntity user;
		try {
			user = relyingParty.authenticate(request.getWebAuthnRequest());
		}
		catch (RuntimeException e) {
			throw new BadCredentialsException("The passkey was not accepted", e);
		}
		AccountPrincipal principal = accounts.find(LocalAccounts.normalise(user.getName()))
			.filter(AccountPrincipal::isEnabled)
			.filter(p -> p.actor().role() == Role.NEWCOMER)
			.orElseThrow(() -> new BadCredentialsException("No newcomer's account for this passkey"));
		// The session (in the database) keeps the principal without its password hash.
		var authenticated = new PasskeyAuthentication(principal.withoutPassword());
		authenticated.setDetails(attempt.getDetails());
		return authenticated;
	}

	/**
	 * A newcomer signed in with a passkey: the account as principal, its role and the
	 * WebAuthn factor as authorities.
	 */
	static final class PasskeyAuthentication extends AbstractAuthenticationToken {

		private final AccountPrincipal principal;

		PasskeyAuthentication(AccountPrincipal principal) {
			super(authorities(principal));
			this.principal = principal;
			setAuthenticated(true);
		}

		private static List<GrantedAuthority> authorities(AccountPrincipal principal) {
			List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
			authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
			return authorities;
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public AccountPrincipal getPrincipal() {
			return principal;
		}

	}

}
