package nl.verbinder.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.PersonProfile.Content;
import nl.verbinder.inburgering.PersonProfile.Education;
import nl.verbinder.inburgering.PersonProfile.EducationLevel;
import nl.verbinder.inburgering.PersonProfile.LanguageSkill;
import nl.verbinder.inburgering.PersonProfile.WorkExperience;
import nl.verbinder.reference.Occupation;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;

/**
 * Plausible backgrounds for demo adults: the languages of their country of origin, Dutch
 * growing with the time since they settled, an education and the work that fits it, and
 * talents and wishes in words a case manager would write down. Occupations are ESCO's,
 * found by their Dutch label.
 */
final class DemoProfiles {

	/** The languages spoken in a country of origin, most common first. */
	private static final Map<String, List<String>> LANGUAGES = Map.of("SY", List.of("ar", "ku", "en"), "ER",
			List.of("ti", "ar", "am"), "AF", List.of("fa-AF", "ps", "ur"), "TR", List.of("tr", "ku", "en"), "YE",
			List.of("ar", "en"), "SO", List.of("so", "ar", "en"), "IQ", List.of("ckb", "ar", "tr"), "IR",
			List.of("fa", "ku", "en"));

	/**
	 * An occupation by its Dutch ESCO label, with the education it usually takes and the
	 * field of study.
	 */
	private record Trade(String label, EducationLevel education, String field) {
	}

	private static final List<Trade> TRADES = List.of(new Trade("tandarts", EducationLevel.MASTER, "Tandheelkunde"),
			new Trade("apotheker", EducationLevel.MASTER, "Farmacie"),
			new Trade("huisarts", EducationLevel.MASTER, "Geneeskunde"),
			new Trade("advocaat", EducationLevel.MASTER, "Rechten"),
			new Trade("architect", EducationLevel.MASTER, "Architectuur"),
			new Trade("leraar basisonderwijs", EducationLevel.BACHELOR, "Pedagogiek"),
			new Trade("boekhouder", EducationLevel.SHORT_TERTIARY, "Bedrijfsadministratie"),
			new Trade("journalist", EducationLevel.BACHELOR, "Journalistiek"),
			new Trade("fysiotherapeut", EducationLevel.BACHELOR, "Fysiotherapie"),
			new Trade("maatschappelijk werker", EducationLevel.BACHELOR, "Sociaal werk"),
			new Trade("tolk", EducationLevel.BACHELOR, "Engelse taal en letterkunde"),
			new Trade("apothekersassistent", EducationLevel.POST_SECONDARY, "Farmaceutische zorg"),
			new Trade("tandartsassistent", EducationLevel.POST_SECONDARY, "Mondzorg"),
			new Trade("automonteur", EducationLevel.UPPER_SECONDARY, "Motorvoertuigentechniek"),
			new Trade("lasser", EducationLevel.UPPER_SECONDARY, "Metaaltechniek"),
			new Trade("timmerman", EducationLevel.LOWER_SECONDARY, ""),
			new Trade("metselaar", EducationLevel.LOWER_SECONDARY, ""),
			new Trade("tegelzetter", EducationLevel.LOWER_SECONDARY, ""),
			new Trade("loodgieter", EducationLevel.UPPER_SECONDARY, "Installatietechniek"),
			new Trade("kapper", EducationLevel.LOWER_SECONDARY, ""),
			new Trade("kok", EducationLevel.LOWER_SECONDARY, ""), new Trade("bakker", EducationLevel.PRIMARY, ""),
			new Trade("slager", EducationLevel.PRIMARY, ""),
			new Trade("vrachtwagenchauffeur", EducationLevel.LOWER_SECONDARY, ""),
			new Trade("taxichauffeur", EducationLevel.LOWER_SECONDARY, ""),
			new Trade("kassamedewerker", EducationLevel.UPPER_SECONDARY, ""),
			new Trade("magazijnmedewerker", EducationLevel.PRIMARY, ""),
			new Trade("verpleeghulp", EducationLevel.UPPER_SECONDARY, "Zorg"),
			new Trade("keukenhulp", EducationLevel.NONE, ""),
			new Trade("schoonmaker gebouwen", EducationLevel.NONE, ""));

	private static final List<String> TALENTS = List.of("Koken voor grote groepen", "Goed met kinderen",
			"Handig met auto's en motoren", "Voetbal, was trainer van een jeugdteam", "Naaien en kleding vermaken",
			"Rekenen en administratie bijhouden", "Helpt buren met hun telefoon en computer", "Tekenen en schilderen",
			"Spreekt makkelijk mensen aan", "Tuinieren en groente kweken", "Zingen in een koor",
			"Geduldig, luistert goed");

	private static final List<String> WISHES = List.of("Weer in mijn eigen vak werken",
			"Snel betaald werk, ook parttime", "Een opleiding in de zorg volgen", "Mijn diploma laten erkennen",
			"Vrijwilligerswerk om Nederlanders te leren kennen", "Een rijbewijs halen", "Eigen bedrijf beginnen",
			"Sporten bij een club in het dorp", "Eerst goed Nederlands leren, dan verder kijken");

	private DemoProfiles() {
	}

	/**
	 * A background for an adult member, or null when the case manager has not recorded
	 * one yet.
	 */
	static Content forAdult(Random random, HouseholdView.MemberView member, LocalDate arrival, LocalDate today,
			ReferenceData reference) {
		if (random.nextInt(10) < 2) {
			return null;
		}
		List<String> spoken = LANGUAGES.getOrDefault(member.nationaliteit(), List.of("ar", "en"));
		List<LanguageSkill> talen = new ArrayList<>();
		talen.add(new LanguageSkill(new TaalCode(spoken.getFirst()), LanguageLevel.NATIVE));
		for (String other : spoken.subList(1, spoken.size())) {
			if (random.nextInt(3) == 0) {
				talen.add(new LanguageSkill(new TaalCode(other), LanguageLevel.values()[1 + random.nextInt(4)]));
			}
		}
		int months = Math.max(0,
				Period.between(arrival, today).getYears() * 12 + Period.between(arrival, today).getMonths());
		talen.add(new LanguageSkill(new TaalCode("nl"),
				LanguageLevel.values()[Math.min(LanguageLevel.B2.ordinal(), months / 8 + random.nextInt(2))]));

		int age = Period.between(member.geboortedatum(), today).getYears();
		Trade trade = TRADES.get(random.nextInt(TRADES.size()));
		List<Education> opleidingen = new ArrayList<>();
		List<WorkExperience> werk = new ArrayList<>();
		int startYear = member.geboortedatum().getYear() + 18 + Math.max(0, trade.education().isced() - 3) * 2;
		if (trade.education() != EducationLevel.NONE) {
			opleidingen.add(new Education(trade.education(), trade.field(), member.nationaliteit(),
					Math.min(startYear, arrival.getYear()), random.nextInt(5) > 0));
		}
		int lastYear = Math.min(arrival.getYear() - 1 - random.nextInt(3), today.getYear());
		if (age >= 21 && startYear < lastYear) {
			reference.occupationsByLabel(trade.label())
				.stream()
				.findFirst()
				.map(Occupation::escoUri)
				.ifPresent(uri -> werk.add(new WorkExperience(capitalise(trade.label()), uri, member.nationaliteit(),
						startYear, lastYear)));
		}
		return new Content(talen, opleidingen, werk, TALENTS.get(random.nextInt(TALENTS.size())),
				WISHES.get(random.nextInt(WISHES.size())));
	}

	private static String capitalise(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

}
