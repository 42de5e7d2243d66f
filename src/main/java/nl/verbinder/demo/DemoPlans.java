package nl.verbinder.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import nl.verbinder.inburgering.DomainAssessment;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Intakes;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.Profiles;
import nl.verbinder.inburgering.Regime;
import nl.verbinder.inburgering.UitstroomSoort;
import nl.verbinder.inburgering.Uitstromen;
import nl.verbinder.inburgering.Werkniveau;
import nl.verbinder.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * What the case manager records about the adults of a demo household: backgrounds,
 * intakes and plans.
 */
@Component
class DemoPlans {

	private static final List<String> PROVIDERS = List.of("Taalcentrum Oost-Gelderland", "Leerwerkplaats Achterhoek",
			"Stichting Samen Verder", "Werkgeversservicepunt Achterhoek", "VluchtelingenWerk Oost Nederland");

	private final Intakes intakes;

	private final PipDecisions pips;

	private final Profiles profiles;

	private final ReferenceData reference;

	private final Uitstromen uitstromen;

	DemoPlans(Intakes intakes, PipDecisions pips, Profiles profiles, ReferenceData reference, Uitstromen uitstromen) {
		this.intakes = intakes;
		this.pips = pips;
		this.profiles = profiles;
		this.reference = reference;
		this.uitstromen = uitstromen;
	}

	/**
	 * Outflow for some adults, more the longer they live here: work (a good share below
	 * their former level), education or volunteer work, some first volunteering and then
	 * working. Drawn from a generator of the person's own, so that the rest of the demo
	 * stays as it was.
	 */
	void recordOutflow(HouseholdView household, LocalDate today) {
		for (var member : household.members()) {
			if (member.gezinsrol() == Gezinsrol.KIND || member.geboortedatum().plusYears(18).isAfter(today)
					|| !household.arrivalDate().isBefore(today.minusMonths(2))) {
				continue;
			}
			Random random = new Random(member.personId().getLeastSignificantBits());
			long months = ChronoUnit.MONTHS.between(household.arrivalDate(), today);
			int chance = months < 6 ? 15 : months < 12 ? 35 : months < 24 ? 55 : 70;
			if (random.nextInt(100) >= chance) {
				continue;
			}
			LocalDate start = household.arrivalDate().plusMonths(2 + random.nextInt((int) Math.max(1, months - 1)));
			if (start.isAfter(today)) {
				start = today;
			}
			int roll = random.nextInt(100);
			if (roll < 20 && start.plusMonths(4).isBefore(today)) {
				uitstromen.record(member.personId(), UitstroomSoort.VRIJWILLIGERSWERK, start, null, null);
				work(random, member.personId(), start.plusMonths(3 + random.nextInt(2)));
			}
			else if (roll < 50) {
				work(random, member.personId(), start);
			}
			else if (roll < 75) {
				uitstromen.record(member.personId(), UitstroomSoort.OPLEIDING, start, null, null);
			}
			else {
				uitstromen.record(member.personId(), UitstroomSoort.VRIJWILLIGERSWERK, start, null, null);
			}
		}
	}

	private void work(Random random, UUID personId, LocalDate start) {
		int level = random.nextInt(100);
		uitstromen.record(personId, UitstroomSoort.WERK, start, 8 + random.nextInt(33),
				level < 40 ? Werkniveau.LAGER : level < 75 ? Werkniveau.PASSEND : Werkniveau.GEEN_EERDER_WERK);
	}

	/** Backgrounds (languages, education, work, talents, wishes) for most adults. */
	void recordProfiles(Random random, HouseholdView household, LocalDate today) {
		for (var member : household.members()) {
			if (member.gezinsrol() == Gezinsrol.KIND || member.geboortedatum().plusYears(18).isAfter(today)) {
				continue;
			}
			var content = DemoProfiles.forAdult(random, member, household.arrivalDate(), today, reference);
			if (content != null) {
				profiles.revise(member.personId(), 0, content, Locale.forLanguageTag("nl"));
			}
		}
	}

	/**
	 * Intake histories for the adults under the 2021 act: most have had a first intake a
	 * few weeks after settling, and those who settled long enough ago a second one half a
	 * year later, mostly improved.
	 */
	void recordIntakes(Random random, HouseholdView household, LocalDate today) {
		for (var member : household.members()) {
			if (member.regime() != Regime.WI2021 || member.gezinsrol() == Gezinsrol.KIND || random.nextInt(10) < 2) {
				continue;
			}
			LocalDate first = household.arrivalDate().plusDays(7 + random.nextInt(21));
			if (first.isAfter(today)) {
				continue;
			}
			int[] scores = new int[Domein.values().length];
			List<DomainAssessment> firstScores = new ArrayList<>();
			for (Domein domein : Domein.values()) {
				scores[domein.ordinal()] = 1 + random.nextInt(3);
				firstScores.add(new DomainAssessment(domein, scores[domein.ordinal()], null, null));
			}
			intakes.record(member.personId(), first, firstScores);
			planFor(random, household, member, first.plusDays(14 + random.nextInt(21)), today);
			LocalDate second = first.plusMonths(6);
			if (second.isAfter(today)) {
				continue;
			}
			List<DomainAssessment> secondScores = new ArrayList<>();
			for (Domein domein : Domein.values()) {
				int change = random.nextInt(10) < 7 ? 1 + random.nextInt(2) : random.nextInt(10) < 5 ? 0 : -1;
				secondScores
					.add(new DomainAssessment(domein, Math.clamp(scores[domein.ordinal()] + change, 1, 5), null, null));
			}
			intakes.record(member.personId(), second, secondScores);
		}
	}

	/**
	 * Most adults with an intake get a plan; most plans are established, some revised
	 * since.
	 */
	private void planFor(Random random, HouseholdView household, HouseholdView.MemberView member, LocalDate drafted,
			LocalDate today) {
		if (drafted.isAfter(today) || random.nextInt(10) < 2) {
			return;
		}
		int age = Period.between(member.geboortedatum(), drafted).getYears();
		int roll = random.nextInt(100);
		Leerroute route = age < 28 && roll < 20 ? new Leerroute.Onderwijsroute()
				: roll < 70 ? new Leerroute.B1Route() : new Leerroute.ZRoute();
		var goals = List.of(
				new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Zelf een afspraak bij de huisarts maken",
						drafted.plusMonths(6),
						List.of("26 taallessen in de eerste drie maanden", "Oefenen met een taalmaatje")),
				new PipInhoud.Doel(random.nextBoolean() ? Domein.WERK : Domein.SOCIALE_BRUGGEN,
						random.nextBoolean() ? "Vrijwilligerswerk bij een sportclub" : "Oriënteren op werk in de zorg",
						drafted.plusMonths(12), List.of("Kennismaken", "Twee dagdelen per week meedoen")));
		var activities = List.of(new PipInhoud.Activiteit(PROVIDERS.get(random.nextInt(PROVIDERS.size())),
				route instanceof Leerroute.ZRoute ? "Zelfredzaamheidsprogramma" : "Taalcursus " + route.taalniveau(),
				drafted.plusDays(7), null, 8 + random.nextInt(9), PipInhoud.ActiviteitStatus.LOOPT));
		String dualPath = route.allowsDualPath() && random.nextInt(10) == 0
				? "Drie dagen werk in de logistiek, twee dagen opleiding" : null;
		var inhoud = new PipInhoud(route, Inburgeringstermijn.from(household.arrivalDate()), goals, activities,
				dualPath);
		try {
			pips.draft(member.personId(), inhoud);
		}
		catch (IllegalArgumentException e) {
			return; // the route does not fit this person; the case manager will draft
					// another
		}
		if (random.nextInt(10) < 2) {
			return;
		}
		LocalDate discussed = Collections.min(List.of(drafted.plusDays(3), today));
		pips.discuss(member.personId(), 0, discussed,
				random.nextBoolean() ? "Ik wil snel aan het werk" : "Eerst de taal, dan verder kijken");
		pips.establish(member.personId(), 1, Collections.min(List.of(drafted.plusDays(7), today)));
	}

}
