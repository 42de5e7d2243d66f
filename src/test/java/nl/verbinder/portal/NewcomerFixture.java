package nl.verbinder.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.GemeenteCode;

/**
 * A new household in Aalten with an activated newcomer, for tests of what the newcomer
 * says and does in the portal.
 */
record NewcomerFixture(HouseholdView household, UUID personId, String username) {

	static final String PASSWORD = "een lange zin om te onthouden";

	static final String CASE_MANAGER = "consulent.aalten";

	static NewcomerFixture activated(BackgroundWork background, Inburgering inburgering, Invitations invitations,
			String voornaam) {
		HouseholdView household = background.callAs(CASE_MANAGER,
				() -> inburgering.register(new GemeenteCode("GM0197"), "Markt " + voornaam, "7121 AA",
						LocalDate.now().minusMonths(3),
						List.of(new Inburgering.NewMember(voornaam, "Stem" + Long.toString(System.nanoTime(), 36),
								LocalDate.of(1990, 5, 6), Gezinsrol.INBURGERAAR)),
						true));
		UUID person = household.members().getFirst().personId();
		var issued = background.callAs(CASE_MANAGER, () -> invitations.invite(household.id(), person, "nl"));
		String username = invitations.activate(issued.code(), PASSWORD, PASSWORD,
				"10.9." + (System.nanoTime() % 200) + ".1");
		return new NewcomerFixture(household, person, username);
	}

}
