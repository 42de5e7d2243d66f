package nl.verbinder.partner;

import java.util.List;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
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

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from partner.plan_notice where doorverwijzing_id in (select id from partner.doorverwijzing where household_id = :h or person_id = any (:p))",
			"delete from partner.doorverwijzing_stap where doorverwijzing_id in (select id from partner.doorverwijzing where household_id = :h or person_id = any (:p))",
			"delete from partner.doorverwijzing where household_id = :h or person_id = any (:p)",
			"delete from partner.grondslag where household_id = :h or person_id = any (:p)",
			"delete from partner.betrokkenheid where household_id = :h");

	private final HouseholdDataDestruction destruction;

	PartnerDestruction(HouseholdDataDestruction destruction) {
		this.destruction = destruction;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		destruction.destroyAsVerbinder(destroyed.gemeente(), destroyed.householdId(), destroyed.personIds(), DELETES,
				PartnerAccess.SAMENWERKING, "partner.household-data");
	}

}
