package nl.verbinder.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Assigning;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import nl.verbinder.sleutelpersoon.Verzoek;
import org.springframework.stereotype.Component;

/** The demo region's key-person pool and a few months of requests for it. */
@Component
class DemoRequests {

	private static final Map<String, String> LANGUAGE_OF = Map.of("SY", "ar", "ER", "ti", "AF", "fa-AF", "TR", "tr",
			"YE", "ar", "SO", "so", "IQ", "ckb", "IR", "fa");

	private static final List<String> PURPOSES = List.of("Kennismakingsgesprek thuis, samen met de consulent",
			"Meegaan naar de huisarts en het gesprek vertalen", "Brief van de Belastingdienst samen doornemen",
			"Uitleg over school en ouderavond", "Advies over een folder voor de eigen gemeenschap");

	private final DemoAccounts accounts;

	private final BackgroundWork background;

	private final Sleutelpersonen sleutelpersonen;

	private final Requesting requesting;

	private final Assigning assigning;

	DemoRequests(DemoAccounts accounts, BackgroundWork background, Sleutelpersonen sleutelpersonen,
			Requesting requesting, Assigning assigning) {
		this.accounts = accounts;
		this.background = background;
		this.sleutelpersonen = sleutelpersonen;
		this.requesting = requesting;
		this.assigning = assigning;
	}

	/** The pool, added by the coordinator; returns how many key persons it has. */
	int recordPool(LocalDate today) {
		List<Sleutelpersoon> pool = DemoSleutelpersonen.pool(today);
		UUID keyPersonAccount = accounts.idOf("sleutelpersoon");
		background.runAs("coordinator", () -> {
			pool.forEach(sleutelpersonen::add);
			// The demo account "sleutelpersoon" (Yonas Tekle) is the first key person of
			// the pool.
			sleutelpersonen.linkAccount(pool.getFirst().id(), keyPersonAccount);
		});
		return pool.size();
	}

	/**
	 * A few months of requests from the case managers for households in their
	 * municipality; the older ones assigned by the coordinator to the best candidate
	 * (when there is one), the recent ones still open.
	 */
	void recordRequests(Random random, List<HouseholdView> households, LocalDate today) {
		for (HouseholdView household : households) {
			String nationality = household.members().getFirst().nationaliteit();
			String language = LANGUAGE_OF.getOrDefault(nationality, "ar");
			LocalDate from = today.minusDays(random.nextInt(100)).plusDays(14);
			var kind = Verzoek.Soort.values()[random.nextInt(Verzoek.Soort.values().length)];
			var rol = kind == Verzoek.Soort.VERTALING || kind == Verzoek.Soort.BEGELEIDING ? Rol.VERTALER
					: kind == Verzoek.Soort.VOORLICHTING ? Rol.VOORLICHTER : Rol.VERBINDER;
			String caseManager = accounts.caseManagerOf(household.gemeente());
			var request = background.callAs(caseManager,
					() -> requesting.request(new Requesting.NewRequest(kind, List.of(new TaalCode(language)), rol, null,
							new GemeenteCode(household.gemeente()), "Centrum", from, from.plusDays(7),
							60 + 30 * random.nextInt(4), Verzoek.Urgentie.NORMAAL, household.id().value(),
							PURPOSES.get(random.nextInt(PURPOSES.size())))));
			if (from.isBefore(today.plusDays(7))) {
				UUID id = request.verzoek().id();
				background.runAs("coordinator", () -> {
					var ranking = assigning.candidates(id);
					if (ranking.candidates().isEmpty()) {
						return; // stays open: nobody in range speaks the language
					}
					assigning.offer(id, ranking.candidates().getFirst().sleutelpersoon().id(), 0);
					if (from.isBefore(today)) {
						// Accepted by phone; done and reported when the window has
						// passed.
						assigning.recordOnBehalf(id, 1, true, null);
						if (from.plusDays(7).isBefore(today)) {
							assigning.recordOnBehalf(id, 2, true,
									new Verzoek.Verslag(from.plusDays(random.nextInt(7)),
											request.verzoek().minuten() + 15 * random.nextInt(3),
											5 + random.nextInt(40), "Gesprek verliep goed; vervolgafspraak gemaakt"));
						}
					}
				});
			}
		}
	}

}
