package nl.verbinder.access;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local account as Spring Security sees it after form or basic login. */
record AccountPrincipal(Actor actor, @Nullable String passwordHash,
		boolean enabled) implements UserDetails, ActorPrincipal {

	/** The same principal without its password hash, as kept in a session after login. */
	AccountPrincipal withoutPassword() {
		return new AccountPrincipal(actor, null, enabled);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(actor.role().authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + actor.username() + "]";
	}
}
