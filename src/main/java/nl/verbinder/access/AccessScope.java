package nl.verbinder.access;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Proof that the current actor holds a permission, and the municipalities it holds it
 * for. Only {@link AccessControl} creates scopes, so code that needs one cannot forget
 * the check: queries on personal data take a scope and filter by {@link #gemeenten()}.
 */
public final class AccessScope {

	private final Actor actor;

	private final Permission permission;

	private final SortedSet<GemeenteCode> gemeenten;

	/** The one household outside the municipalities that an emergency access opens. */
	private final @Nullable EmergencyAccessGrant emergency;

	AccessScope(Actor actor, Permission permission, Set<GemeenteCode> gemeenten) {
		this(actor, permission, gemeenten, null);
	}

	private AccessScope(Actor actor, Permission permission, Set<GemeenteCode> gemeenten,
			@Nullable EmergencyAccessGrant emergency) {
		this.actor = actor;
		this.permission = permission;
		this.gemeenten = new TreeSet<>(gemeenten);
		this.emergency = emergency;
	}

	/** This scope and the one household that {@code grant} opens. */
	AccessScope with(EmergencyAccessGrant grant) {
		return new AccessScope(actor, permission, gemeenten, grant);
	}

	/**
	 * The emergency access this scope opens its one household by, if any: what the caller
	 * logs the reads under.
	 */
	public Optional<EmergencyAccessGrant> emergencyAccess() {
		return Optional.ofNullable(emergency);
	}

	/**
	 * Whether the scope covers a household of {@code gemeente}: that municipality is in
	 * scope, or an emergency access opens this one household (and no other of its
	 * municipality).
	 */
	public boolean coversHousehold(UUID household, GemeenteCode gemeente) {
		return covers(gemeente) || (emergency != null && emergency.household().equals(household)
				&& emergency.gemeente().equals(gemeente));
	}

	/** The household ids as strings, for the row-level security setting. */
	String[] householdIds() {
		return emergency == null ? new String[0] : new String[] { emergency.household().toString() };
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

	/** Throws unless the scope covers the municipality. */
	public void require(GemeenteCode gemeente) {
		if (!covers(gemeente)) {
			throw new AccessDeniedException(actor.username() + " may not " + permission + " in " + gemeente);
		}
	}

	@Override
	public String toString() {
		return "AccessScope[" + actor.username() + ", " + permission + ", " + gemeenten
				+ (emergency == null ? "" : ", emergency access to " + emergency.household()) + "]";
	}

}
