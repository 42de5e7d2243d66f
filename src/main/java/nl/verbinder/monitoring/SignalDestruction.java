package nl.verbinder.monitoring;

import java.util.List;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, the
 * signals about it go, open and closed. Idempotent: a second delivery finds nothing and
 * records nothing.
 */
@Component
class SignalDestruction {

	/** The actor's name in the processing log. */
	private static final String TASK = "verbinder.vernietiging";

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of("delete from monitoring.signal where household_id = :h");

	private final BackgroundWork background;

	private final HouseholdDataDestruction destruction;

	SignalDestruction(BackgroundWork background, HouseholdDataDestruction destruction) {
		this.background = background;
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		GemeenteCode gemeente = new GemeenteCode(destroyed.gemeente());
		background.callAsSystem(TASK, gemeente, () -> {
			return destruction.destroy(gemeente, destroyed.householdId(), destroyed.personIds(), DELETES,
					Signals.SIGNALEN, "monitoring.household-data");
		});
	}

}
