package nl.verbinder.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified bearer token and the {@link TokenPrincipal} it stands for. The token itself
 * is not kept beyond the request: nothing about it is stored in a session.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final TokenPrincipal principal;

	private final Jwt token;

	TokenAuthentication(TokenPrincipal principal, Jwt token) {
		super(authorities(principal));
		this.principal = principal;
		this.token = token;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(TokenPrincipal principal) {
		var authorities = new ArrayList<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority(principal.actor().role().authority()));
		principal.granted().forEach(p -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + p.scope())));
		return authorities;
	}

	@Override
	public TokenPrincipal getPrincipal() {
		return principal;
	}

	@Override
	public Jwt getCredentials() {
		return token;
	}

	@Override
	public String getName() {
		return principal.actor().username();
	}

}
