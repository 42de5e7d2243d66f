package nl.verbinder.access;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that grants access to data. Every module asks it for an
 * {@link AccessScope} before it reads or changes anything that belongs to a municipality;
 * the answer depends on the role <em>and</em> the municipality of the current actor. It
 * fails closed: no authenticated actor, an unknown principal type or a missing permission
 * all end in an exception, never in a default scope.
 */
@Service
public class AccessControl {

	private final Region region;

	private final EmergencyGrants emergencyGrants;

	private final Clock clock;

	AccessControl(Region region, EmergencyGrants emergencyGrants, Clock clock) {
		this.region = region;
		this.emergencyGrants = emergencyGrants;
		this.clock = clock;
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
		return new AccessScope(actor, permission, Set.of(actor.gemeente()));
	}

	/**
	 * The scope for {@code permission} on one household: {@link #scopeFor(Permission)},
	 * and, when the current case manager holds an emergency access to that household that
	 * is active now, that one household besides. Only reading is opened so; the grant
	 * opens no other household, and no list.
	 */
	public AccessScope scopeFor(Permission permission, UUID household) {
		AccessScope scope = scopeFor(permission);
		Actor actor = scope.actor();
		if (permission != Permission.HOUSEHOLD_READ || actor.role() != Role.CASE_MANAGER || actor.regional()) {
			return scope;
		}
		return emergencyGrants.active(actor.id(), household, clock.instant())
			.filter(g -> g.holds(actor.id(), household))
			.map(scope::with)
			.orElse(scope);
	}

	/**
	 * The whole region for one search by the current case manager before an emergency
	 * access: finding the household of a full BSN that a stated reason came with. Nothing
	 * else may use it.
	 */
	public AccessScope emergencySearchScope() {
		AccessScope own = scopeFor(Permission.HOUSEHOLD_READ);
		if (own.actor().role() != Role.CASE_MANAGER) {
			throw new AccessDeniedException(own.actor().username() + " is no case manager");
		}
		return new AccessScope(own.actor(), Permission.HOUSEHOLD_READ, region.gemeenteCodes());
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
