package nl.verbinder.sleutelpersoon;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, the
 * requests for a key person for it lose their link to the household: the request stays,
 * as the key person's work and hours, about nobody. Idempotent: a second delivery finds
 * nothing and records nothing.
 */
@Component
class SleutelpersoonDestruction {

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List
		.of("update sleutelpersoon.verzoek set household_id = null where household_id = :h");

	private final HouseholdDataDestruction destruction;

	SleutelpersoonDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				Sleutelpersonen.INZET, "sleutelpersoon.household-link");
	}

}
