package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.placement.PlacementPublished;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registers the households of a published placement for their intake, in the planner's
 * name, after the placement committed. Registering is once per placed household, so a
 * redelivered event (after a crash) registers nobody twice.
 */
@Component
class PlacementIntake {

	private final Inburgering inburgering;

	private final BackgroundWork background;

	PlacementIntake(Inburgering inburgering, BackgroundWork background) {
		this.inburgering = inburgering;
		this.background = background;
	}

	@ApplicationModuleListener
	void on(PlacementPublished published) {
		background.runAs(new AccountId(published.publishedBy()),
				() -> published.households()
					.forEach(placed -> inburgering.registerPlaced(published.run(), placed.candidate(),
							new GemeenteCode(placed.gemeente()), placed.whereNow(), published.placedOn(),
							members(placed, published.placedOn()))));
	}

	/** Adults (18 on the day of placement) are inburgeraars, the others children. */
	private static List<Inburgering.NewMember> members(PlacementPublished.PlacedHousehold placed, LocalDate on) {
		return placed.members().stream().map(m -> {
			boolean adult = !m.geboortedatum().isAfter(on.minusYears(18));
			return new Inburgering.NewMember(m.voornaam(), m.achternaam(), m.geboortedatum(),
					adult ? Gezinsrol.INBURGERAAR : Gezinsrol.KIND,
					"VROUW".equals(m.geslacht()) ? Geslacht.VROUW : Geslacht.MAN, m.land(), m.land(), null, null, null);
		}).toList();
	}

}
