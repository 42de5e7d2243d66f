package nl.verbinder.portal;

import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.HouseholdDataDestruction;
import nl.verbinder.inburgering.HouseholdFileDestroyed;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a household's inburgering file was destroyed after its retention period, the
 * portal destroys what it keeps about the household and its members: the newcomers'
 * accounts are closed for good (with their passkeys and sessions), and their invitations,
 * questions, wishes and ratings go. Idempotent: a second delivery finds nothing and
 * records nothing.
 */
@Component
class PortalDestruction {

	/** The actor's name in the processing log. */
	private static final String TASK = HouseholdDataDestruction.TASK;

	/** With the household as :h and its persons as :p, children before parents. */
	private static final List<String> DELETES = List.of(
			"delete from portal.message where household_id = :h or person_id = any (:p)",
			"delete from portal.rating where person_id = any (:p)",
			"delete from portal.activity_rating where person_id = any (:p)",
			"delete from portal.wish where household_id = :h or person_id = any (:p)",
			"delete from portal.invitation where household_id = :h or person_id = any (:p)",
			"delete from portal.newcomer where household_id = :h or person_id = any (:p)");

	private final BackgroundWork background;

	private final HouseholdDataDestruction destruction;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PortalDestruction(BackgroundWork background, HouseholdDataDestruction destruction,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.background = background;
		this.destruction = destruction;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(HouseholdFileDestroyed destroyed) {
		GemeenteCode gemeente = new GemeenteCode(destroyed.gemeente());
		background.callAsSystem(TASK, gemeente, () -> {
			destruction.closeNewcomerAccounts(jdbc.sql("""
					select account_id from portal.newcomer where household_id = ? or person_id = any (?)
					union select account_id from portal.invitation
					where account_id is not null and (household_id = ? or person_id = any (?))""")
				.params(destroyed.householdId(), persons(destroyed), destroyed.householdId(), persons(destroyed))
				.query((rs, n) -> new AccountId(rs.getObject(1, UUID.class)))
				.list());
			return destruction.destroy(gemeente, destroyed.householdId(), destroyed.personIds(), DELETES,
					Invitations.INVITING, "portal.household-data");
		});
	}

	private static UUID[] persons(HouseholdFileDestroyed destroyed) {
		return destroyed.personIds().toArray(UUID[]::new);
	}

}
