package nl.verbinder.monitoring;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, the
 * signals about it go, open and closed. Idempotent: a second delivery finds nothing and
 * records nothing.
 */
@Component
class SignalDestruction {

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of("delete from monitoring.signal where household_id = :h");

	private final HouseholdDataDestruction destruction;

	SignalDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				Signals.SIGNALEN, "monitoring.household-data");
	}

}
