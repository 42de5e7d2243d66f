package nl.verbinder.inburgering;

import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.access.Operation;
import nl.verbinder.access.ProcessingLog;
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

	private final ProcessingLog log;

	Scoping(AccessControl access, RowLevelSecurity rowLevelSecurity, Households households, JdbcClient jdbc,
			ProcessingLog log) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.households = households;
		this.jdbc = jdbc;
		this.log = log;
	}

	AccessScope scope(Permission permission) {
		AccessScope scope = access.scopeFor(permission);
		rowLevelSecurity.restrictTo(scope);
		return scope;
	}

	/**
	 * A household within the scope; "not found" for households outside it, so existence
	 * does not leak.
	 */
	Household household(HouseholdId id, AccessScope scope) {
		return households.findById(id.value())
			.filter(h -> scope.covers(h.gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No household " + id + " in scope"));
	}

	/**
	 * A household to read: within the reader's municipalities, or the one household that
	 * the current case manager's emergency access opens (and no other of its
	 * municipality). A read under an emergency access is logged under
	 * {@link EmergencyAccess#ACTIVITY} as well, which refers to the grant and its reason.
	 * "Not found" otherwise.
	 */
	Household readable(HouseholdId id) {
		AccessScope scope = access.scopeFor(Permission.HOUSEHOLD_READ, id.value());
		rowLevelSecurity.restrictTo(scope);
		Household household = households.findById(id.value())
			.filter(h -> scope.coversHousehold(h.id().value(), h.gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No household " + id + " in scope"));
		if (!scope.covers(household.gemeente())) {
			log.record(EmergencyAccess.ACTIVITY, Operation.READ,
					household.members().stream().map(m -> DataSubject.person(m.personId())).toList());
		}
		return household;
	}

	/** The household of a person within the scope; "not found" for persons outside it. */
	Household householdOf(UUID personId, AccessScope scope) {
		return jdbc.sql("select household_id from inburgering.household_member where person_id = ?")
			.param(personId)
			.query(UUID.class)
			.optional()
			.flatMap(households::findById)
			.filter(h -> scope.covers(h.gemeente()))
			.orElseThrow(() -> new NoSuchElementException("No person " + personId + " in scope"));
	}

}
