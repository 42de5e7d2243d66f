package nl.verbinder.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Advies;
import nl.verbinder.sleutelpersoon.Advising;
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

	private final Advising advising;

	DemoRequests(DemoAccounts accounts, BackgroundWork background, Sleutelpersonen sleutelpersonen,
			Requesting requesting, Assigning assigning, Advising advising) {
		this.accounts = accounts;
		this.background = background;
		this.sleutelpersonen = sleutelpersonen;
		this.requesting = requesting;
		this.assigning = assigning;
		this.advising = advising;
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

	/**
	 * Advice of the demo, by theme: what was noticed, and the coordinator's answer when
	 * decided.
	 */
	private static final List<Object[]> ADVICE = List.of(new Object[] { Domein.TAAL_EN_COMMUNICATIE,
			"Moeders komen niet naar het spreekuur: voor hen is dat een doktersbezoek. Noem het een inloopochtend." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"Brieven van de gemeente zijn te moeilijk; een korte samenvatting met plaatjes bovenaan zou helpen." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"Het taalcafé is op dinsdagochtend, als veel vrouwen de kinderen naar school brengen. Kan het later?" },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE, "Vaders willen graag taalles in de avond, naast hun werk." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"Een tolk via de telefoon wordt niet vertrouwd; liever iemand uit de eigen gemeenschap." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"De taalmaatjes zijn vooral studenten; ouderen zouden graag een oudere taalmaatje hebben." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"Veel mensen kennen het woord inburgeringstermijn niet; leg het uit in de eigen taal." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"De app van de school heeft geen vertaling; ouders missen de berichten over uitjes." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"Een afspraakbevestiging per sms met een plaatje van het gebouw helpt mensen de weg te vinden." },
			new Object[] { Domein.TAAL_EN_COMMUNICATIE,
					"Taallessen met oppas voor de kleine kinderen zouden veel moeders helpen." },
			new Object[] { Domein.GEZONDHEID_EN_ZORG,
					"Mensen weten niet dat de huisarts de eerste ingang is en gaan meteen naar de spoedpost." },
			new Object[] { Domein.GEZONDHEID_EN_ZORG,
					"Over psychische klachten wordt in de gemeenschap niet gesproken; een voorlichting door een ervaringsdeskundige kan helpen." },
			new Object[] { Domein.GEZONDHEID_EN_ZORG,
					"De tandarts neemt geen nieuwe patiënten aan; gezinnen wachten maanden." },
			new Object[] { Domein.GEZONDHEID_EN_ZORG,
					"Het consultatiebureau stuurt brieven zonder vertaling; ouders begrijpen de uitnodigingen niet." },
			new Object[] { Domein.GEZONDHEID_EN_ZORG,
					"Vrouwen willen liever een vrouwelijke huisarts; dat is niet overal bekend." },
			new Object[] { Domein.GEZONDHEID_EN_ZORG,
					"Een voorlichting over de zorgverzekering en het eigen risico is nodig in de eerste maand." },
			new Object[] { Domein.WERK,
					"Een tandarts uit Syrië wil in de zorg werken; niemand weet hoe zijn diploma erkend wordt." },
			new Object[] { Domein.WERK,
					"Werkgevers in de regio zoeken chauffeurs; veel nieuwkomers hebben een rijbewijs uit het land van herkomst." },
			new Object[] { Domein.WERK,
					"Vrijwilligerswerk wordt gezien als werken zonder loon; leg uit wat het oplevert." },
			new Object[] { Domein.WERK,
					"Jongeren willen eerst werken om geld naar familie te sturen, niet eerst naar school." },
			new Object[] { Domein.WERK, "Een werkgever wil graag één contactpersoon bij de gemeente, niet drie." },
			new Object[] { Domein.HUISVESTING, "Gezinnen weten niet dat ze de verhuurder moeten bellen bij schimmel." },
			new Object[] { Domein.HUISVESTING,
					"De energierekening is na de eerste winter een schok; een voorlichting in het najaar zou helpen." },
			new Object[] { Domein.HUISVESTING,
					"Afval scheiden wordt niet begrepen; een filmpje in de eigen taal helpt meer dan een folder." },
			new Object[] { Domein.HUISVESTING,
					"Buren klagen over geluid; een kennismaking met de buren bij de verhuizing voorkomt veel." },
			new Object[] { Domein.HUISVESTING,
					"Na het ontzorgen betalen gezinnen de huur niet meer automatisch; een machtiging regelen helpt." },
			new Object[] { Domein.VRIJE_TIJD, "De atletiekclub wil graag nieuwe leden uit de Eritrese gemeenschap." },
			new Object[] { Domein.VRIJE_TIJD, "Zwemles voor volwassen vrouwen in een apart uur wordt gemist." },
			new Object[] { Domein.STABILITEIT, "Mensen schrikken van brieven van de Belastingdienst over toeslagen." },
			new Object[] { null,
					"Veel nieuwkomers kennen de sleutelpersonen nog niet; stel ons voor bij de eerste kennismaking." });

	/** What became of the advice, in turn: most acted on, some not, some still open. */
	private static final List<Advies.Status> OUTCOMES = List.of(Advies.Status.OPGEPAKT, Advies.Status.OPGEPAKT,
			Advies.Status.IN_BEHANDELING, Advies.Status.OPGEPAKT, Advies.Status.NIET_OPGEPAKT, Advies.Status.OPGEPAKT,
			Advies.Status.NIEUW, Advies.Status.OPGEPAKT, Advies.Status.OPGEPAKT, Advies.Status.IN_BEHANDELING);

	/**
	 * Advice given by the key person Yonas and the case managers, most of it answered by
	 * the coordinator: acted on, not acted on (with the reason), or under consideration.
	 */
	void recordAdvice(Random random) {
		List<DemoAccounts.DemoAccount> caseManagers = accounts.caseManagers()
			.stream()
			.filter(a -> a.gemeente() != null)
			.toList();
		for (int i = 0; i < ADVICE.size(); i++) {
			Domein domein = (Domein) ADVICE.get(i)[0];
			String tekst = (String) ADVICE.get(i)[1];
			// By Yonas and the case managers in turn (a case manager's about their
			// municipality), so that a theme's figures rest on several authors.
			int turn = i % (caseManagers.size() + 1);
			DemoAccounts.DemoAccount caseManager = turn == 0 ? null : caseManagers.get(turn - 1);
			String author = caseManager == null ? "sleutelpersoon" : caseManager.username();
			GemeenteCode about = caseManager == null ? null : caseManager.gemeente();
			String community = random.nextBoolean() ? "SY" : "ER";
			var given = background.callAs(author,
					() -> advising.give(new Advising.NewAdvice(tekst, domein, about, community)));
			Advies.Status status = OUTCOMES.get(i % OUTCOMES.size());
			if (status == Advies.Status.NIEUW) {
				continue;
			}
			UUID id = given.advies().id();
			background.runAs("coordinator", () -> {
				var triaged = advising.triage(id, given.versie(), Advies.Status.IN_BEHANDELING, null);
				if (status != Advies.Status.IN_BEHANDELING) {
					advising.triage(id, triaged.versie(), status,
							status == Advies.Status.OPGEPAKT ? "Besproken in het regio-overleg; we passen het aan."
									: "Niet nu: daar is dit jaar geen budget voor.");
				}
			});
		}
	}

}
