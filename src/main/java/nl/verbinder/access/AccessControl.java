package nl.verbinder.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that grants access to data. Every module asks it for an
 * {@link AccessScope} before it reads or changes anything that belongs to a municipality;
 * the answer depends on the role <em>and</em> the municipality of the current actor. It
 * fails closed: no authenticated actor, an unknown principal type or a missing permission
 * all end in an exception, never in a default scope. A case manager's scope for household
 * data also holds the households they opened in an emergency ({@link EmergencyAccess}),
 * on pages only.
 */
@Service
public class AccessControl {

	private static final String GRANTS_ATTRIBUTE = AccessControl.class.getName() + ".emergencyGrants";

	private final Region region;

	private final EmergencyGrants grants;

	AccessControl(Region region, EmergencyGrants grants) {
		this.region = region;
		this.grants = grants;
	}

	/** The current actor; throws when nobody is authenticated. */
	public Actor currentActor() {
		return findCurrentActor()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated Verbinder account"));
	}

	public Optional<Actor> findCurrentActor() {
		return currentPrincipal().map(ActorPrincipal::actor);
	}

	private static Optional<ActorPrincipal> currentPrincipal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return authentication.getPrincipal() instanceof ActorPrincipal principal ? Optional.of(principal)
				: Optional.empty();
	}

	/**
	 * The municipalities where the current actor may exercise {@code permission}: its own
	 * municipality, or every municipality of the region for regional accounts. Throws
	 * when the role lacks the permission, or a bearer token its scope.
	 */
	public AccessScope scopeFor(Permission permission) {
		Actor actor = currentActor();
		if (!currentPrincipal().orElseThrow().may(permission)) {
			throw new AccessDeniedException(actor.username() + " (" + actor.role() + ") lacks " + permission);
		}
		if (actor.regional()) {
			return new AccessScope(actor, permission, region.gemeenteCodes());
		}
		if (!region.contains(actor.gemeente())) {
			throw new AccessDeniedException(
					actor.username() + " works for " + actor.gemeente() + ", outside the region");
		}
		return new AccessScope(actor, permission, Set.of(actor.gemeente()), emergencyGrants(permission));
	}

	/**
	 * The households the current actor opened in an emergency and may still use for
	 * household data: only a person's account on a page (never the API, a token or
	 * Verbinder's own work), read once per request.
	 */
	@SuppressWarnings("unchecked")
	private Map<UUID, UUID> emergencyGrants(Permission permission) {
		if ((permission != Permission.HOUSEHOLD_READ && permission != Permission.HOUSEHOLD_WRITE)
				|| !mayOpenInEmergency()) {
			return Map.of();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object cached = request.getAttribute(GRANTS_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached == null) {
			cached = grants.activeFor(currentActor().id());
			request.setAttribute(GRANTS_ATTRIBUTE, cached, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<UUID, UUID>) cached;
	}

	/** Forgets the grants read in this request, after one was opened. */
	void forgetEmergencyGrants() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(GRANTS_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * Whether the current actor may open a household in an emergency: a person's account
	 * (local or OIDC login; not a token, not Verbinder itself) of one municipality that
	 * may change household data, in a request for a page.
	 */
	boolean mayOpenInEmergency() {
		Optional<ActorPrincipal> principal = currentPrincipal();
		if (principal.isEmpty() || principal.get() instanceof TokenPrincipal
				|| principal.get() instanceof BackgroundWork.SystemPrincipal) {
			return false;
		}
		Actor actor = principal.get().actor();
		return !actor.regional() && actor.role().may(Permission.HOUSEHOLD_WRITE) && pageRequest() != null;
	}

	private static @Nullable HttpServletRequest pageRequest() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") ? null : request;
	}

	/**
	 * The region, for one lookup only: where a household lives, which
	 * {@link EmergencyAccess#open} asks after the reason was stated and before the grant
	 * is written. Never handed outside this module.
	 */
	AccessScope lookupScope() {
		if (!mayOpenInEmergency()) {
			throw new AccessDeniedException("Only a case manager opening a household in an emergency looks it up");
		}
		return new AccessScope(currentActor(), Permission.HOUSEHOLD_READ, region.gemeenteCodes());
	}

	/**
	 * The whole region, for permissions that concern figures rather than persons
	 * ({@link Permission#AGGREGATES_READ}); refused for any other permission.
	 */
	public AccessScope regionScope(Permission permission) {
		if (permission != Permission.AGGREGATES_READ) {
			throw new AccessDeniedException("Only figures are shown region-wide to every role, not " + permission);
		}
		scopeFor(permission);
		return new AccessScope(currentActor(), permission, region.gemeenteCodes());
	}

	public Region region() {
		return region;
	}

}
