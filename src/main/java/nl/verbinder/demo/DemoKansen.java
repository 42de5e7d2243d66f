package nl.verbinder.demo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.matching.Kans.Soort;
import nl.verbinder.matching.Matching;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;

/**
 * About 150 opportunities at the demo region's organisations: sports introductions and
 * volunteering at clubs and neighbourhood initiatives, language and student buddies,
 * vocational training for shortage sectors (with an orientation on several occupations,
 * and a route toward recognition of a foreign diploma in care), internships and jobs at
 * the employers, cleaning work included, so that underemployment shows.
 */
final class DemoKansen {

	private DemoKansen() {
	}

	private static final String ESCO = "http://data.europa.eu/esco/occupation/";
	static final String TANDARTS = ESCO + "e52b5707-7097-4dbc-ac61-054e917da241";
	static final String TANDARTSASSISTENT = ESCO + "bdc74965-1d1a-4f8e-a490-9cf71f494e02";

	private static final String HUISARTS = ESCO + "71f09c8b-a172-408c-b9e7-32e580e39ff6";

	private static final String APOTHEKER = ESCO + "7c132147-428b-4ea3-87e1-70f7abb691ce";

	private static final String FYSIOTHERAPEUT = ESCO + "006cc1f9-2841-41c3-991a-dc3f2f3bd533";

	private static final String DOKTERSASSISTENT = ESCO + "0c041d1e-1841-4acb-b0a1-2c387a61bf65";

	private static final String VERPLEEGKUNDIGE = ESCO + "8d3e8aaa-791b-4c75-a465-f3f827028f50";

	private static final String LASSER = ESCO + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

	private static final String METAALBEWERKER = ESCO + "c44f9f8c-46a6-40da-9630-cc568a18cc51";

	private static final String LOODGIETER = ESCO + "ed3cf43d-c2c1-4c46-82fc-1375e27e0290";

	private static final String AUTOMONTEUR = ESCO + "4ad4024e-d1d3-4dea-b6d1-2c7948111dce";

	private static final String BAKKER = ESCO + "1aadb308-432a-4d01-b54b-b4f7f76dd419";

	private static final String KOK = ESCO + "90f75f67-495d-49fa-ab57-2f320e251d7e";

	private static final String VERKOOPMEDEWERKER = ESCO + "9ba74e8a-c40c-4228-9998-eb3c7a5c11df";

	private static final String VRACHTWAGENCHAUFFEUR = ESCO + "45037d43-a8f5-4f46-b332-b2935bc305f4";

	private static final String MAGAZIJNMEDEWERKER = ESCO + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f";

	private static final String HEFTRUCKCHAUFFEUR = ESCO + "eeac6251-1974-42f5-91ed-513c6c883755";

	private static final String GROENVOORZIENING = ESCO + "a48b9a5a-5ded-482d-8cda-7fd097a32c16";

	private static final String PRODUCTIEMEDEWERKER = ESCO + "245be6d1-fe9a-4ac8-9f81-122a687e4724";

	private static final String SCHOONMAKER = ESCO + "303a1e34-cb16-4054-b323-81e5eec17397";

	private static final String GEVELREINIGER = ESCO + "a632fb74-ef49-4f4a-9777-b7df54a0f897";

	private static final String ONDERWIJSASSISTENT = ESCO + "4d27152a-a8ee-4f5a-9f93-a2fb4fb2b2e3";

	private static final String LERAAR = ESCO + "03d79393-7b30-4159-945b-01963eddd302";

	private static final String BOEKHOUDER = ESCO + "c3aae59e-1441-4b3e-bdd1-6da50dc7cf42";

	/** The interest tags the demo uses for opportunities and people. */
	static final List<String> INTERESTS = List.of("sport", "zorg", "techniek", "koken", "kinderen", "taal", "ontmoeten",
			"administratie", "logistiek", "groen", "onderwijs", "auto");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final Set<DayOfWeek> SCHOOL_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);

	static List<Matching.NewKans> kansen() {
		List<Matching.NewKans> list = new ArrayList<>();
		for (DemoPartners.Place p : DemoPartners.PLACES) {
			add(list, Soort.SPORT, p.club(), "Vier weken gratis meetrainen", p.code(), 3,
					EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 20, LanguageLevel.A0, null, List.of(),
					Set.of("sport", "ontmoeten"), "Kennismaken met de club en de buurt");
			add(list, Soort.VRIJWILLIGERSWERK, p.club(), "Helpen in de kantine", p.code(), 4,
					EnumSet.of(DayOfWeek.SATURDAY), 4, LanguageLevel.A1, null, List.of(), Set.of("koken", "ontmoeten"),
					"Nederlands oefenen met de leden");
			add(list, Soort.VRIJWILLIGERSWERK, p.club(), "Jeugdtrainer assisteren", p.code(), 3,
					EnumSet.of(DayOfWeek.WEDNESDAY), 3, LanguageLevel.A2, null, List.of(), Set.of("sport", "kinderen"),
					"Een cursus jeugdtrainer na drie maanden");
			add(list, Soort.VRIJWILLIGERSWERK, p.buurt(), "Gastvrouw of gastheer bij de koffieochtend", p.code(), 3,
					EnumSet.of(DayOfWeek.TUESDAY), 3, LanguageLevel.A1, null, List.of(), Set.of("ontmoeten", "koken"),
					"Buren leren kennen");
			add(list, Soort.BUDDY, p.buurt(), "Maatje aan de taaltafel", p.code(), 2, Set.of(), 10, LanguageLevel.A0,
					null, List.of(), Set.of("taal", "ontmoeten"), "Elke week samen Nederlands praten");
			add(list, Soort.VRIJWILLIGERSWERK, "Welzijn " + p.naam(), "Formulierenbrigade", p.code(), 4,
					EnumSet.of(DayOfWeek.MONDAY), 3, LanguageLevel.B1, BOEKHOUDER, List.of(), Set.of("administratie"),
					"Anderen helpen met brieven en formulieren");
			add(list, Soort.BUDDY, "Welzijn " + p.naam(), "Gezinsmaatje", p.code(), 2, Set.of(), 6, LanguageLevel.A0,
					null, List.of(), Set.of("kinderen", "ontmoeten"), "Een gezin uit de buurt dat de weg wijst");
			add(list, Soort.BUDDY, "Taalmaatjes Achterhoek", "Taalmaatje, een uur per week", p.code(), 1, Set.of(), 15,
					LanguageLevel.A0, null, List.of(), Set.of("taal"), "Een vaste vrijwilliger om mee te oefenen");
			add(list, Soort.VRIJWILLIGERSWERK, "Woonbegeleiding Oost-Gelderland", "Energiecoach in de wijk", p.code(),
					4, Set.of(), 2, LanguageLevel.A2, null, List.of(), Set.of("techniek", "ontmoeten"),
					"Training tot energiecoach");
			add(list, Soort.STAGE, "Werkbedrijf Achterhoek", "Leerwerkplek productie", p.code(), 24, WEEKDAYS, 4,
					LanguageLevel.A1, PRODUCTIEMEDEWERKER, List.of(), Set.of("techniek"),
					"Werken en Nederlands leren op de werkvloer");
		}
		for (String[] s : new String[][] { { "GM0222", "Doetinchem" }, { "GM0294", "Winterswijk" } }) {
			add(list, Soort.BUDDY, "Taalmaatjes Achterhoek", "Studentmaatje, één dag per week", s[0], 6,
					EnumSet.of(DayOfWeek.FRIDAY), 8, LanguageLevel.A0, null, List.of(), Set.of("taal", "onderwijs"),
					"Een student van de hogeschool als maatje");
			String school = "Onderwijsroute Graafschap College";
			add(list, Soort.OPLEIDING, school, "Opleiding tandartsassistent", s[0], 20, SCHOOL_DAYS, 12,
					LanguageLevel.A2, TANDARTSASSISTENT, List.of(), Set.of("zorg"),
					"Mbo niveau 4 met stage in een tandartspraktijk");
			add(list, Soort.OPLEIDING, school, "Route naar erkenning van een buitenlands zorgdiploma (BIG)", s[0], 16,
					SCHOOL_DAYS, 10, LanguageLevel.A2, TANDARTS, List.of(HUISARTS, APOTHEKER, FYSIOTHERAPEUT),
					Set.of("zorg"),
					"Taal, assessment en bijscholing naar BIG-registratie als tandarts, arts, apotheker of fysiotherapeut");
			add(list, Soort.OPLEIDING, school, "Opleiding doktersassistent", s[0], 20, SCHOOL_DAYS, 12,
					LanguageLevel.A2, DOKTERSASSISTENT, List.of(), Set.of("zorg", "administratie"), "Mbo niveau 4");
			add(list, Soort.OPLEIDING, school, "Verkort hbo verpleegkunde", s[0], 24, SCHOOL_DAYS, 10, LanguageLevel.B1,
					VERPLEEGKUNDIGE, List.of(), Set.of("zorg"), "Voor wie al in de zorg werkte");
			add(list, Soort.OPLEIDING, school, "Oriëntatie techniek: lassen, installatie en auto", s[0], 16,
					SCHOOL_DAYS, 15, LanguageLevel.A1, LASSER, List.of(LOODGIETER, AUTOMONTEUR),
					Set.of("techniek", "auto"), "Acht weken drie vakken proberen, dan kiezen");
			add(list, Soort.OPLEIDING, school, "Zij-instroom leraar basisonderwijs", s[0], 16, SCHOOL_DAYS, 8,
					LanguageLevel.B2, LERAAR, List.of(ONDERWIJSASSISTENT), Set.of("onderwijs", "kinderen"),
					"Werken en leren tegelijk");
			add(list, Soort.OPLEIDING, school, "Opleiding logistiek medewerker met heftruckcertificaat", s[0], 16,
					SCHOOL_DAYS, 15, LanguageLevel.A1, MAGAZIJNMEDEWERKER, List.of(HEFTRUCKCHAUFFEUR),
					Set.of("logistiek"), "Met certificaat heftruck");
			add(list, Soort.OPLEIDING, "Jobcoach Oost", "Oriëntatie op beroepen in tekortsectoren", s[0], 12,
					SCHOOL_DAYS, 20, LanguageLevel.A1, null,
					List.of(VERPLEEGKUNDIGE, LASSER, VRACHTWAGENCHAUFFEUR, LERAAR),
					Set.of("zorg", "techniek", "logistiek", "onderwijs"),
					"Vier weken meelopen in zorg, techniek, transport en onderwijs");
			add(list, Soort.OPLEIDING, "Werkplein Achterhoek", "Werkfit-traject", s[0], 12, SCHOOL_DAYS, 20,
					LanguageLevel.A0, null, List.of(), Set.of("administratie"),
					"Sollicitatietraining en werken in Nederland");
			add(list, Soort.STAGE, "Huisartsen Coöperatie Achterhoek", "Snuffelstage in een huisartsenpraktijk", s[0],
					8, WEEKDAYS, 3, LanguageLevel.A2, DOKTERSASSISTENT, List.of(), Set.of("zorg"),
					"Twee dagen per week meekijken aan de balie");
			add(list, Soort.VRIJWILLIGERSWERK, DemoPartners.VLUCHTELINGENWERK, "Vrijwillig tolk bij VluchtelingenWerk",
					s[0], 4, Set.of(), 5, LanguageLevel.B1, null, List.of(), Set.of("taal", "ontmoeten"),
					"Nieuwkomers helpen in hun eigen taal");
			add(list, Soort.BUDDY, "Maatschappelijk werk Achterhoek", "Schuldhulpmaatje", s[0], 2, Set.of(), 5,
					LanguageLevel.B1, null, List.of(), Set.of("administratie"),
					"Samen de post en de rekeningen op orde");
		}
		String[][] jobs = {
				// employer, title, occupation, municipality, hours, Dutch, tags
				{ "Zorggroep Sensire", "Doktersassistent", DOKTERSASSISTENT, "GM0222", "24", "B1", "zorg" },
				{ "Zorggroep Sensire", "Verpleegkundige", VERPLEEGKUNDIGE, "GM0294", "32", "B1", "zorg" },
				{ "Zorggroep Sensire", "Tandartsassistent in de mondzorg", TANDARTSASSISTENT, "GM1586", "24", "B1",
						"zorg" },
				{ "Zorggroep Sensire", "Schoonmaker in het ziekenhuis", SCHOONMAKER, "GM0222", "20", "A1", "zorg" },
				{ "Zorggroep Sensire", "Schoonmaker verpleeghuis", SCHOONMAKER, "GM0294", "16", "A1", "zorg" },
				{ "Metaalbedrijf Ulft", "Lasser", LASSER, "GM1509", "38", "A2", "techniek" },
				{ "Metaalbedrijf Ulft", "Metaalbewerker", METAALBEWERKER, "GM1509", "38", "A2", "techniek" },
				{ "Metaalbedrijf Ulft", "Automonteur", AUTOMONTEUR, "GM0222", "32", "A2", "auto" },
				{ "Metaalbedrijf Ulft", "Productiemedewerker", PRODUCTIEMEDEWERKER, "GM1509", "32", "A1", "techniek" },
				{ "Tuinbouw De Liemers", "Medewerker groenvoorziening", GROENVOORZIENING, "GM1955", "32", "A1",
						"groen" },
				{ "Tuinbouw De Liemers", "Productiemedewerker kas", PRODUCTIEMEDEWERKER, "GM1955", "24", "A0",
						"groen" },
				{ "Tuinbouw De Liemers", "Heftruckchauffeur", HEFTRUCKCHAUFFEUR, "GM1955", "32", "A1", "logistiek" },
				{ "Transport Groenlo", "Vrachtwagenchauffeur", VRACHTWAGENCHAUFFEUR, "GM1586", "38", "A2",
						"logistiek" },
				{ "Transport Groenlo", "Magazijnmedewerker", MAGAZIJNMEDEWERKER, "GM1586", "32", "A1", "logistiek" },
				{ "Transport Groenlo", "Orderpicker", MAGAZIJNMEDEWERKER, "GM1859", "24", "A0", "logistiek" },
				{ "Bakkerij Achterhoek", "Bakker", BAKKER, "GM0197", "32", "A2", "koken" },
				{ "Bakkerij Achterhoek", "Verkoopmedewerker", VERKOOPMEDEWERKER, "GM0294", "20", "B1", "koken" },
				{ "Bakkerij Achterhoek", "Kok in de lunchroom", KOK, "GM1876", "24", "A2", "koken" },
				{ "Bakkerij Achterhoek", "Schoonmaker productiehal", SCHOONMAKER, "GM0197", "20", "A0", "koken" },
				{ "Bakkerij Achterhoek", "Glazenwasser en gevelreiniger", GEVELREINIGER, "GM0294", "24", "A0",
						"techniek" } };
		int n = 0;
		for (String[] j : jobs) {
			for (String code : new String[] { j[3],
					DemoPartners.PLACES.get(n++ % DemoPartners.PLACES.size()).code() }) {
				add(list, Soort.BAAN, j[0], j[1], code, Integer.parseInt(j[4]), WEEKDAYS, 2,
						LanguageLevel.valueOf(j[5]), j[2], List.of(), Set.of(j[6]),
						"Via de accountmanager van het Werkplein; begeleiding door een jobcoach");
			}
			if (n % 3 == 0) {
				add(list, Soort.STAGE, j[0], "Stage " + j[1].toLowerCase(Locale.ROOT), j[3], 24, WEEKDAYS, 2,
						LanguageLevel.A1, j[2], List.of(), Set.of(j[6]), "Drie maanden, met kans op een baan");
			}
		}
		return list;
	}

	private static void add(List<Matching.NewKans> list, Soort soort, String organisatie, String titel, String gemeente,
			int uren, Set<DayOfWeek> dagen, int plaatsen, LanguageLevel nederlands, @Nullable String beroep,
			List<String> orientatie, Set<String> tags, String biedt) {
		UUID organisation = DemoPartners.id(organisatie);
		list.add(new Matching.NewKans(soort, organisation, titel, new GemeenteCode(gemeente), uren, dagen, plaatsen,
				nederlands, beroep, orientatie, tags, biedt));
	}

}
