package nl.verbinder.partner;

import java.util.List;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, the
 * household's bases for sharing (consents), its referrals with their steps and plan
 * notices, and who was involved with it go. Idempotent: a second delivery finds nothing
 * and records nothing.
 */
@Component
class PartnerDestruction {

	/** The actor's name in the processing log. */
	private static final String TASK = "verbinder.vernietiging";

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from partner.plan_notice where doorverwijzing_id in (select id from partner.doorverwijzing where household_id = :h or person_id = any (:p))",
			"delete from partner.doorverwijzing_stap where doorverwijzing_id in (select id from partner.doorverwijzing where household_id = :h or person_id = any (:p))",
			"delete from partner.doorverwijzing where household_id = :h or person_id = any (:p)",
			"delete from partner.grondslag where household_id = :h or person_id = any (:p)",
			"delete from partner.betrokkenheid where household_id = :h");

	private final BackgroundWork background;

	private final HouseholdDataDestruction destruction;

	PartnerDestruction(BackgroundWork background, HouseholdDataDestruction destruction) {
		this.background = background;
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		GemeenteCode gemeente = new GemeenteCode(destroyed.gemeente());
		background.callAsSystem(TASK, gemeente, () -> {
			return destruction.destroy(gemeente, destroyed.householdId(), destroyed.personIds(), DELETES,
					PartnerAccess.SAMENWERKING, "partner.household-data");
		});
	}

}
