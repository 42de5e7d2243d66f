package nl.verbinder.demo;

import java.util.List;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.EmergencyOpening;
import nl.verbinder.inburgering.HouseholdView;
import org.springframework.stereotype.Component;

/**
 * Break the glass in the demo region: Bronckhorst's case manager opened a household of
 * Berkelland that turned up at the Bronckhorst desk, with the reason, so that the
 * administrator's list at {@code /beheer/noodtoegang} shows a real grant (open for the
 * configured time from when the demo was loaded).
 */
@Component
class DemoEmergencyAccess {

	static final String CASE_MANAGER = "consulent.bronckhorst";

	static final String REASON = "Gezin meldt zich zonder onderdak aan de balie in Vorden; "
			+ "opvang voor vannacht regelen, Berkelland is telefonisch niet bereikbaar.";

	private final BackgroundWork background;

	private final EmergencyOpening opening;

	DemoEmergencyAccess(BackgroundWork background, EmergencyOpening opening) {
		this.background = background;
		this.opening = opening;
	}

	/** Opens the first household of Berkelland with a BSN, if there is one. */
	void load(List<HouseholdView> households) {
		households.stream()
			.filter(h -> h.gemeente().equals("GM1859"))
			.flatMap(h -> h.members().stream().filter(m -> m.bsn() != null))
			.findFirst()
			.ifPresent(member -> background.runAs(CASE_MANAGER, () -> opening.open(member.bsn(), REASON)));
	}

}
