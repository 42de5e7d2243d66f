package nl.verbinder.demo;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.partner.KisGebied;
import nl.verbinder.partner.Organisatie.Aanbod;
import nl.verbinder.partner.Organisatie.Contactpersoon;
import nl.verbinder.partner.Organisatie.Soort;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;

/**
 * The social map of the demo region: 40 organisations, formal and informal. Per
 * municipality a sports club, a neighbourhood initiative and a welfare organisation; for
 * the region VluchtelingenWerk, language schools, social work, job coaching, the social
 * work company, housing support, care, language buddies, the municipal work team and five
 * employers, each with one account manager. Ids are derived from names.
 */
final class DemoPartners {

	/** The organisation of the demo account "partner". */
	static final String VLUCHTELINGENWERK = "VluchtelingenWerk Achterhoek";

	/** The sports club of the demo account "sportclub". */
	static final String SPORTCLUB_WINTERSWIJK = "Sportclub Winterswijk";

	private DemoPartners() {
	}

	static UUID id(String naam) {
		return UUID.nameUUIDFromBytes(("organisatie-" + naam).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A municipality of the demo region with the names of its sports club and
	 * neighbourhood initiative.
	 */
	record Place(String code, String naam, String club, String buurt) {
	}

	static final List<Place> PLACES = List.of(
			new Place("GM0197", "Aalten", "Korfbalvereniging Aalten", "Buurthuis De Dijkstraat"),
			new Place("GM1859", "Berkelland", "Voetbalclub Eibergen", "Taalcafé Borculo"),
			new Place("GM1876", "Bronckhorst", "Zwemclub Hengelo", "Dorpshuis Vorden"),
			new Place("GM0222", "Doetinchem", "Atletiekvereniging Doetinchem", "Wijkteam De Huet"),
			new Place("GM1955", "Montferland", "Voetbalvereniging Didam", "Ontmoetingscentrum 's-Heerenberg"),
			new Place("GM1586", "Oost Gelre", "Tafeltennisclub Groenlo", "Inloophuis Lichtenvoorde"),
			new Place("GM1509", "Oude IJsselstreek", "Volleybalclub Ulft", "Repaircafé Gendringen"),
			new Place("GM0294", "Winterswijk", SPORTCLUB_WINTERSWIJK, "Buurtkamer Woold"));

	static List<Organisatie> organisaties() {
		Set<GemeenteCode> region = new TreeSet<>(Comparator.comparing(GemeenteCode::value));
		PLACES.forEach(p -> region.add(new GemeenteCode(p.code())));
		List<Organisatie> list = new ArrayList<>();
		for (Place p : PLACES) {
			Set<GemeenteCode> here = Set.of(new GemeenteCode(p.code()));
			list.add(new Organisatie(id(p.club()), p.club(), Soort.SPORTCLUB, true, List.of(
					new Aanbod("Kennismaken en vier weken gratis meetrainen", EnumSet.of(Domein.GEZONDHEID_EN_ZORG),
							EnumSet.of(KisGebied.ONTMOETEN)),
					new Aanbod("Vrijwilligerswerk langs de lijn en in de kantine", EnumSet.of(Domein.SOCIALE_BRUGGEN),
							EnumSet.of(KisGebied.BIJDRAGEN_AAN_SAMENLEVING))),
					List.of("kinderen 6–18", "volwassenen"), here, Set.of(new TaalCode("nl"), new TaalCode("en")),
					List.of(new Contactpersoon("Ruud Hendriksen", "coördinator nieuwe leden", "0543-512345",
							"nieuweleden@" + slug(p.club()) + ".nl")),
					null));
			list.add(new Organisatie(id(p.buurt()), p.buurt(), Soort.BUURTINITIATIEF, false,
					List.of(new Aanbod("Koffie-ochtend en taaltafel, elke dinsdag",
							EnumSet.of(Domein.TAAL_EN_COMMUNICATIE, Domein.SOCIALE_BRUGGEN),
							EnumSet.of(KisGebied.ONTMOETEN))),
					List.of("iedereen uit de buurt"), here, Set.of(new TaalCode("nl"), new TaalCode("ar")),
					List.of(new Contactpersoon("Ineke Bos", "vrijwilliger", "06-12345678", "")), null));
			list.add(new Organisatie(id("Welzijn " + p.naam()), "Welzijn " + p.naam(), Soort.WELZIJN, true,
					List.of(new Aanbod("Ouderschap en opvoeden in Nederland", EnumSet.of(Domein.SOCIALE_BANDEN),
							EnumSet.of(KisGebied.ZORGEN_VOOR_ANDEREN)),
							new Aanbod("Formulierenbrigade", EnumSet.of(Domein.STABILITEIT),
									EnumSet.of(KisGebied.FINANCIELE_GEZONDHEID))),
					List.of("gezinnen", "alleenstaande moeders jonger dan 27"), here,
					Set.of(new TaalCode("nl"), new TaalCode("en")), List.of(new Contactpersoon("Samira El Idrissi",
							"opbouwwerker", "0314-123456", "info@welzijn" + slug(p.naam()) + ".nl")),
					null));
		}
		list.add(regional(VLUCHTELINGENWERK, Soort.VLUCHTELINGENWERK, true, region,
				"Maatschappelijke begeleiding in het eerste jaar",
				EnumSet.of(Domein.HUISVESTING, Domein.STABILITEIT, Domein.SOCIALE_BRUGGEN),
				EnumSet.of(KisGebied.ZELFREDZAAMHEID), List.of("statushouders in hun eerste jaar", "nareizigers"),
				"Sanne de Vries", "begeleider", "ar", "ti", "fa"));
		list.add(regional("Taalschool Graafschap", Soort.TAALAANBIEDER, true, region, "B1-route met praktijkmodules",
				EnumSet.of(Domein.TAAL_EN_COMMUNICATIE), EnumSet.of(KisGebied.ZELFREDZAAMHEID),
				List.of("inburgeraars op de B1-route"), "Marloes Tiemessen", "intake", "en"));
		list.add(regional("Taalhuis Achterhoek", Soort.TAALAANBIEDER, true, region, "Z-route en alfabetisering",
				EnumSet.of(Domein.TAAL_EN_COMMUNICATIE), EnumSet.of(KisGebied.ZELFREDZAAMHEID),
				List.of("inburgeraars op de Z-route"), "Jeroen Ormel", "coördinator", "ar"));
		list.add(regional("Onderwijsroute Graafschap College", Soort.TAALAANBIEDER, true, region,
				"Schakeltraject naar mbo en hbo", EnumSet.of(Domein.ONDERWIJS), EnumSet.of(KisGebied.BETAALD_WERK),
				List.of("jongeren 18–21 op de onderwijsroute"), "Petra Kuipers", "loopbaanbegeleider", "en"));
		list.add(regional("Maatschappelijk werk Achterhoek", Soort.MAATSCHAPPELIJK_WERK, true, region,
				"Hulp bij schulden en spanningen thuis", EnumSet.of(Domein.STABILITEIT, Domein.GEZONDHEID_EN_ZORG),
				EnumSet.of(KisGebied.FINANCIELE_GEZONDHEID), List.of("gezinnen met schulden"), "Ahmed Yilmaz",
				"maatschappelijk werker", "tr", "ar"));
		list.add(regional("Jobcoach Oost", Soort.JOBCOACHING, true, region, "Begeleiding naar en op de werkplek",
				EnumSet.of(Domein.WERK), EnumSet.of(KisGebied.BETAALD_WERK), List.of("statushouders met werkervaring"),
				"Linda Wolters", "jobcoach", "en"));
		list.add(regional("Werkbedrijf Achterhoek", Soort.SOCIAAL_WERKBEDRIJF, true, region,
				"Leerwerkplekken en taal op de werkvloer", EnumSet.of(Domein.WERK, Domein.TAAL_EN_COMMUNICATIE),
				EnumSet.of(KisGebied.BETAALD_WERK), List.of("statushouders zonder werkervaring in Nederland"),
				"Gert Jan Berendsen", "accountmanager", "en"));
		list.add(regional("Woonbegeleiding Oost-Gelderland", Soort.WOONBEGELEIDING, true, region,
				"Wegwijs in huis, buurt en energie", EnumSet.of(Domein.HUISVESTING),
				EnumSet.of(KisGebied.ZELFREDZAAMHEID), List.of("nieuwe huurders"), "Karin Lammers", "woonbegeleider",
				"en"));
		list.add(regional("Huisartsen Coöperatie Achterhoek", Soort.ZORG, true, region,
				"Kennismakingsconsult en uitleg over de zorg", EnumSet.of(Domein.GEZONDHEID_EN_ZORG),
				EnumSet.of(KisGebied.ZELFREDZAAMHEID), List.of("nieuwe inwoners"), "dr. Wim Schuurman",
				"praktijkondersteuner", "en"));
		list.add(regional("Taalmaatjes Achterhoek", Soort.VRIJWILLIGERSORGANISATIE, true, region,
				"Een taalmaatje, een uur per week", EnumSet.of(Domein.TAAL_EN_COMMUNICATIE, Domein.SOCIALE_BRUGGEN),
				EnumSet.of(KisGebied.ONTMOETEN), List.of("volwassenen"), "Hanneke Rouwmaat", "coördinator", "en"));
		list.add(regional("Werkplein Achterhoek", Soort.GEMEENTELIJK_TEAM, true, region,
				"Werk en inkomen, participatietraject", EnumSet.of(Domein.WERK, Domein.STABILITEIT),
				EnumSet.of(KisGebied.BETAALD_WERK), List.of("bijstandsgerechtigden"), "Tom Hulshof", "klantmanager",
				"en"));
		String[][] employers = { { "Zorggroep Sensire", "zorg" }, { "Metaalbedrijf Ulft", "techniek" },
				{ "Tuinbouw De Liemers", "tuinbouw" }, { "Transport Groenlo", "logistiek" },
				{ "Bakkerij Achterhoek", "voeding" } };
		String[] managers = { "Monique Bomers", "Erik te Winkel", "Joyce Arink", "Bas Lubbers", "Femke Ter Haar" };
		for (int i = 0; i < employers.length; i++) {
			list.add(new Organisatie(id(employers[i][0]), employers[i][0], Soort.WERKGEVER, true,
					List.of(new Aanbod("Werk en leerbanen in de " + employers[i][1], EnumSet.of(Domein.WERK),
							EnumSet.of(KisGebied.BETAALD_WERK))),
					List.of("werkzoekenden"), region, Set.of(new TaalCode("nl")), List.of(),
					new Contactpersoon(managers[i], "accountmanager werkgeversservicepunt", "0314-377" + (100 + i),
							"werkgevers@werkplein-achterhoek.nl")));
		}
		return list;
	}

	private static Organisatie regional(String naam, Soort soort, boolean formeel, Set<GemeenteCode> region,
			String aanbod, Set<Domein> domeinen, Set<KisGebied> gebieden, List<String> doelgroepen, String contact,
			String functie, String... talen) {
		Set<TaalCode> languages = new HashSet<>();
		languages.add(new TaalCode("nl"));
		for (String t : talen) {
			languages.add(new TaalCode(t));
		}
		return new Organisatie(id(naam), naam, soort, formeel, List.of(new Aanbod(aanbod, domeinen, gebieden)),
				doelgroepen, region, languages,
				List.of(new Contactpersoon(contact, functie, "088-1234567", "info@" + slug(naam) + ".nl")), null);
	}

	private static String slug(String naam) {
		return Normalizer.normalize(naam.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
	}

}
