package nl.verbinder.access;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Who a verified bearer token stands for. On the staff API: a machine client (client
 * credentials, no account) with role {@link Role#API_CLIENT}, its client id as the actor
 * in the processing log, and the one municipality its token names, so that the same
 * {@link AccessScope} and row-level security hold as for a case manager of that
 * municipality. On the portal's API: the newcomer whose account is linked to the token's
 * subject (as for the portal's OIDC login), or nobody. What either may do is what its
 * role allows, narrowed to the token's scopes.
 */
@Component
class TokenActors {

	private final ApiTokenSettings settings;

	private final PortalOidcSettings portal;

	private final Accounts accounts;

	private final boolean production;

	TokenActors(ApiTokenSettings settings, PortalOidcSettings portal, Accounts accounts, Environment environment) {
		this.settings = settings;
		this.portal = portal;
		this.accounts = accounts;
		this.production = environment.acceptsProfiles(Profiles.of("production"));
	}

	/** A machine client on the staff API. */
	TokenAuthentication machineClient(Jwt token) {
		String client = Optional.ofNullable(text(token, settings.clientIdClaim()))
			.or(() -> Optional.ofNullable(text(token, "azp")))
			.orElseThrow(() -> refused("no " + settings.clientIdClaim()));
		var actor = new Actor(clientAccountId(client), client, client, Role.API_CLIENT, municipality(token));
		return new TokenAuthentication(new TokenPrincipal(actor, granted(token)), token);
	}

	/** A newcomer's app on the portal's API. */
	TokenAuthentication newcomer(Jwt token) {
		String value = text(token, portal.claim());
		if (value == null) {
			throw refused("no " + portal.claim());
		}
		Account account = accounts.findByOidcSubject(portal.link(value))
			.filter(Account::enabled)
			.filter(a -> a.role() == Role.NEWCOMER)
			.filter(a -> !(production && a.demo()))
			.orElseThrow(() -> refused("no newcomer's account for this subject"));
		return new TokenAuthentication(new TokenPrincipal(account.actor(), granted(token)), token);
	}

	/**
	 * The id a machine client acts under: derived from its client id (a name-based UUID,
	 * never one of an account), the same on every request and every node.
	 */
	static AccountId clientAccountId(String client) {
		return new AccountId(UUID.nameUUIDFromBytes(("api-client:" + client).getBytes(StandardCharsets.UTF_8)));
	}

	private GemeenteCode municipality(Jwt token) {
		Object claim = token.getClaims().get(settings.municipalityClaim());
		List<?> values = claim instanceof Collection<?> many ? List.copyOf(many)
				: claim == null ? List.of() : List.of(claim);
		if (values.size() != 1) {
			throw refused("one municipality in " + settings.municipalityClaim() + " needed, not " + values.size());
		}
		try {
			return new GemeenteCode(String.valueOf(values.getFirst()));
		}
		catch (RuleViolation e) {
			throw refused("no gemeente code in " + settings.municipalityClaim());
		}
	}

	private Set<Permission> granted(Jwt token) {
		Object claim = token.getClaims().get(settings.scopeClaim());
		List<String> names = claim instanceof String s ? Arrays.asList(s.strip().split("\\s+"))
				: claim instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
		Set<Permission> granted = EnumSet.noneOf(Permission.class);
		names.forEach(name -> Permission.ofScope(name).ifPresent(granted::add));
		return granted;
	}

	private static @Nullable String text(Jwt token, String claim) {
		Object value = token.getClaims().get(claim);
		return value instanceof String s && !s.isBlank() ? s : null;
	}

	private static InvalidBearerTokenException refused(String why) {
		return new InvalidBearerTokenException("Token refused: " + why);
	}

}
