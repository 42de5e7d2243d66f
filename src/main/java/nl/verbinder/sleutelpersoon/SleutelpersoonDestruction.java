package nl.verbinder.sleutelpersoon;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, the
 * requests for a key person for it stay as the key person's work (date, minutes,
 * kilometres, status), about nobody: they lose their link to the household, the contact's
 * first name, the purpose and the report's text (free text that may name or describe the
 * person) and are marked {@code vernietigd}, so that a done request keeps its report
 * (date, minutes, kilometres) with an empty text. The visits planned for them go: they
 * pointed to appointments at the household's home, which the appointment module destroys.
 * Idempotent: a second delivery finds nothing and records nothing.
 */
@Component
class SleutelpersoonDestruction {

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of("""
			delete from sleutelpersoon.visit_appointment
			where verzoek_id in (select id from sleutelpersoon.verzoek where household_id = :h)""", """
			update sleutelpersoon.verzoek
			set household_id = null, contact_voornaam = null, doel = '',
			    verslag = case when verslag is null then null else '' end, vernietigd = true, version = version + 1
			where household_id = :h""");

	private final HouseholdDataDestruction destruction;

	SleutelpersoonDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				Sleutelpersonen.INZET, "sleutelpersoon.household-data");
	}

}
