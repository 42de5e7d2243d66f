package nl.verbinder.access;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Proof that the current actor holds a permission, and the municipalities it holds it
 * for. Only {@link AccessControl} creates scopes, so code that needs one cannot forget
 * the check: queries on personal data take a scope and filter by {@link #gemeenten()}. A
 * case manager's scope for household data may also hold single households of other
 * municipalities, opened in an emergency ({@link EmergencyAccess}): those count only
 * where a household is asked for by id ({@link #coversHousehold}), never in lists.
 */
public final class AccessScope {

	private final Actor actor;

	private final Permission permission;

	private final SortedSet<GemeenteCode> gemeenten;

	private final Map<UUID, UUID> emergencyGrants;

	AccessScope(Actor actor, Permission permission, Set<GemeenteCode> gemeenten) {
		this(actor, permission, gemeenten, Map.of());
	}

	AccessScope(Actor actor, Permission permission, Set<GemeenteCode> gemeenten, Map<UUID, UUID> emergencyGrants) {
		this.actor = actor;
		this.permission = permission;
		this.gemeenten = new TreeSet<>(gemeenten);
		this.emergencyGrants = Map.copyOf(emergencyGrants);
	}

	public Actor actor() {
		return actor;
	}

	public Permission permission() {
		return permission;
	}

	public SortedSet<GemeenteCode> gemeenten() {
		return Collections.unmodifiableSortedSet(gemeenten);
	}

	/** The municipality codes as strings, for SQL {@code = any(?)}. */
	public String[] gemeenteCodes() {
		return gemeenten.stream().map(GemeenteCode::value).toArray(String[]::new);
	}

	public boolean covers(GemeenteCode gemeente) {
		return gemeenten.contains(gemeente);
	}

	/**
	 * Whether the scope covers one household: its municipality is in scope, or the actor
	 * opened it in an emergency.
	 */
	public boolean coversHousehold(UUID household, GemeenteCode gemeente) {
		return covers(gemeente) || emergencyGrants.containsKey(household);
	}

	/** The active grant of emergency access by which this scope holds the household. */
	public Optional<UUID> emergencyGrant(UUID household) {
		return Optional.ofNullable(emergencyGrants.get(household));
	}

	/**
	 * The households opened in an emergency, for a query that asks for households by id
	 * ({@code h.id = any(?)} beside the municipalities).
	 */
	public UUID[] openedInEmergency() {
		return emergencyGrants.keySet().stream().sorted().toArray(UUID[]::new);
	}

	/**
	 * The households opened in an emergency, as strings, for row-level security.
	 */
	String[] emergencyHouseholds() {
		return emergencyGrants.keySet().stream().map(UUID::toString).sorted().toArray(String[]::new);
	}

	/** Throws unless the scope covers the municipality. */
	public void require(GemeenteCode gemeente) {
		if (!covers(gemeente)) {
			throw new AccessDeniedException(actor.username() + " may not " + permission + " in " + gemeente);
		}
	}

	@Override
	public String toString() {
		return "AccessScope[" + actor.username() + ", " + permission + ", " + gemeenten
				+ (emergencyGrants.isEmpty() ? "" : ", opened in an emergency: " + emergencyGrants.keySet()) + "]";
	}

}
