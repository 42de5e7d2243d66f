package nl.verbinder.matching;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, its
 * members' preferences for matching and the wishes they gave in the portal go.
 * Idempotent: a second delivery finds nothing and records nothing.
 */
@Component
class MatchingDestruction {

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from matching.portal_wishes where household_id = :h or person_id = any (:p)",
			"delete from matching.voorkeur where household_id = :h or person_id = any (:p)");

	private final HouseholdDataDestruction destruction;

	MatchingDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				Matching.MATCHING, "matching.household-data");
	}

}
