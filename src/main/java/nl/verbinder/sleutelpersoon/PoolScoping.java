package nl.verbinder.sleutelpersoon;

import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The module's one way to a scope: asks {@link AccessControl} for the permission and,
 * where requests of municipalities are read, restricts row-level security to it in the
 * same call.
 */
@Component
class PoolScoping {

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	PoolScoping(AccessControl access, RowLevelSecurity rowLevelSecurity) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	/** The caller's scope for the permission; refused when their role lacks it. */
	AccessScope check(Permission permission) {
		return access.scopeFor(permission);
	}

	/**
	 * The caller's scope for the permission, with row-level security restricted to it.
	 */
	AccessScope restrict(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	/**
	 * The caller's scope for the first of the permissions their role has, with row-level
	 * security restricted to it; refused when it has none of them.
	 */
	AccessScope restrictToFirstOf(Permission... permissions) {
		for (Permission permission : permissions) {
			if (access.currentActor().role().may(permission)) {
				return restrict(permission);
			}
		}
		return restrict(permissions[0]);
	}

	/**
	 * A change made on a version that is no longer current is a conflict, never a silent
	 * overwrite.
	 */
	static void requireVersion(long actual, long expected, String what) {
		if (actual != expected) {
			throw new OptimisticLockingFailureException(what + " is at version " + actual + ", not " + expected);
		}
	}

}
