package nl.verbinder.inkoop;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, its
 * members' participations in purchased trajectories go, with their attendance and
 * results. Idempotent: a second delivery finds nothing and records nothing.
 */
@Component
class InkoopDestruction {

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from inkoop.aanwezigheid where deelname_id in (select id from inkoop.deelname where household_id = :h or person_id = any (:p))",
			"delete from inkoop.resultaat where deelname_id in (select id from inkoop.deelname where household_id = :h or person_id = any (:p))",
			"delete from inkoop.deelname where household_id = :h or person_id = any (:p)");

	private final HouseholdDataDestruction destruction;

	InkoopDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				InkoopAccess.TRAJECTEN, "inkoop.household-data");
	}

}
