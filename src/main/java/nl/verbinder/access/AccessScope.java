package nl.verbinder.access;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.verbinder.shared.GemeenteCode;
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

	AccessScope(Actor actor, Permission permission, Set<GemeenteCode> gemeenten) {
		this.actor = actor;
		this.permission = permission;
		this.gemeenten = new TreeSet<>(gemeenten);
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
		return "AccessScope[" + actor.username() + ", " + permission + ", " + gemeenten + "]";
	}

}
