package nl.verbinder.inburgering;

import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.access.Permission;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How this module's use cases get their scope: ask {@link AccessControl} and restrict the
 * database transaction to it (both walls at once), and find a person's household within
 * it.
 */
@Component
class Scoping {

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final Households households;

	private final JdbcClient jdbc;

	private final EmergencyAccess emergencyAccess;

	Scoping(AccessControl access, RowLevelSecurity rowLevelSecurity, Households households, JdbcClient jdbc,
			EmergencyAccess emergencyAccess) {
		this.emergencyAccess = emergencyAccess;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.households = households;
		this.jdbc = jdbc;
	}

	AccessScope scope(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	/**
	 * A household within the scope; "not found" for households outside it, so existence
	 * does not leak. A household of another municipality that the actor opened in an
	 * emergency is within it, and each such use is logged with the grant.
	 */
	Household household(HouseholdId id, AccessScope scope) {
		return households.findById(id.value())
			.filter(h -> inScope(h, scope))
			.orElseThrow(() -> new NoSuchElementException("No household " + id + " in scope"));
	}

	private boolean inScope(Household household, AccessScope scope) {
		if (!scope.coversHousehold(household.id().value(), household.gemeente())) {
			return false;
		}
		emergencyAccess.recordUse(scope, household.id().value(), household.gemeente());
		return true;
	}

	/** The household of a person within the scope; "not found" for persons outside it. */
	Household householdOf(UUID personId, AccessScope scope) {
		return jdbc.sql("select household_id from inburgering.household_member where person_id = ?")
			.param(personId)
			.query(UUID.class)
			.optional()
			.flatMap(households::findById)
			.filter(h -> inScope(h, scope))
			.orElseThrow(() -> new NoSuchElementException("No person " + personId + " in scope"));
	}

}
