package nl.verbinder.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inkoop.Contracts;
import nl.verbinder.inkoop.Product;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.Referrals;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Trajectories of generated households, for load tests: the language school gets a
 * contract with room for them all (the region's own contracts are full), and the first
 * newcomer of each chosen household gets, from their case manager, a plan in force with
 * that contracted B1 route, a basis for sharing and a referral to the school; the
 * school's reports follow ({@link DemoAttendance}), in files of {@link #CHUNK}
 * participants.
 */
@Component
class DemoTrajectories {

	/** Participants per attendance file: 52 weekly rows each stay under 5,000 rows. */
	static final int CHUNK = 90;

	/** A newcomer with a plan in force and a referral to the language school. */
	record Planned(HouseholdView household, UUID personId, UUID referral) {
	}

	/** The trajectories recorded and the attendance rows reported for them. */
	record Recorded(List<Planned> planned, int attendanceRows) {
	}

	private final Contracts contracts;

	private final PipDecisions pips;

	private final Grondslagen grondslagen;

	private final Referrals referrals;

	private final DemoAttendance attendance;

	private final DemoAccounts accounts;

	private final BackgroundWork background;

	DemoTrajectories(Contracts contracts, PipDecisions pips, Grondslagen grondslagen, Referrals referrals,
			DemoAttendance attendance, DemoAccounts accounts, BackgroundWork background) {
		this.contracts = contracts;
		this.pips = pips;
		this.grondslagen = grondslagen;
		this.referrals = referrals;
		this.attendance = attendance;
		this.accounts = accounts;
		this.background = background;
	}

	Recorded record(Random random, List<HouseholdView> households, LocalDate today) {
		if (households.isEmpty()) {
			return new Recorded(List.of(), 0);
		}
		UUID route = contract(households.size(), today);
		List<Planned> planned = new ArrayList<>();
		int rows = 0;
		for (int from = 0; from < households.size(); from += CHUNK) {
			List<Planned> chunk = new ArrayList<>();
			for (HouseholdView household : households.subList(from, Math.min(households.size(), from + CHUNK))) {
				var person = household.members()
					.stream()
					.filter(m -> m.gezinsrol() == Gezinsrol.INBURGERAAR
							&& !m.geboortedatum().plusYears(18).isAfter(today))
					.findFirst();
				if (person.isEmpty()) {
					continue;
				}
				UUID referral = background.callAs(accounts.caseManagerOf(household.gemeente()),
						() -> planAndRefer(random, household, person.get().personId(), route, today));
				if (referral != null) {
					chunk.add(new Planned(household, person.get().personId(), referral));
				}
			}
			rows += attendance.report(random, chunk, route, today);
			planned.addAll(chunk);
		}
		return new Recorded(planned, rows);
	}

	/**
	 * A contract of the language school with a B1 route for every chosen household, over
	 * the years the generated households arrived in; returns the product's id.
	 */
	private UUID contract(int places, LocalDate today) {
		Set<GemeenteCode> region = new TreeSet<>();
		DemoPartners.PLACES.forEach(p -> region.add(new GemeenteCode(p.code())));
		return background.callAs("coordinator",
				() -> contracts
					.register(new Contracts.NewContract(DemoPartners.id(DemoLessons.TAALSCHOOL),
							"Leerroutes Achterhoek, extra plaatsen", region, today.minusYears(3).withDayOfYear(1),
							today.plusYears(2),
							List.of(new Contracts.NewProduct(ProductSoort.B1_ROUTE, "B1-route (extra plaatsen)",
									Product.Eenheid.TRAJECT, new BigDecimal("9850"), places + 10))))
					.producten()
					.getFirst()
					.product()
					.id());
	}

	/**
	 * Drafts, discusses and establishes a plan with the contracted route a week after
	 * arrival, records a basis and refers to the school; null when the plan does not fit.
	 */
	private @Nullable UUID planAndRefer(Random random, HouseholdView household, UUID personId, UUID route,
			LocalDate today) {
		LocalDate arrived = household.arrivalDate();
		LocalDate drafted = arrived.plusDays(3);
		var goals = List.of(
				new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Zelf een afspraak bij de huisarts maken",
						drafted.plusMonths(6), List.of("Vier taallessen per week", "Oefenen met een taalmaatje")),
				new PipInhoud.Doel(random.nextBoolean() ? Domein.WERK : Domein.SOCIALE_BRUGGEN,
						random.nextBoolean() ? "Vrijwilligerswerk bij een sportclub" : "Oriënteren op werk in de zorg",
						drafted.plusMonths(12), List.of("Kennismaken", "Twee dagdelen per week meedoen")));
		var activities = List.of(new PipInhoud.Activiteit(DemoLessons.TAALSCHOOL, "B1-route", arrived.plusWeeks(1),
				null, 8, PipInhoud.ActiviteitStatus.LOOPT, route));
		try {
			pips.draft(personId,
					new PipInhoud(new Leerroute.B1Route(), Inburgeringstermijn.from(arrived), goals, activities, null));
		}
		catch (IllegalArgumentException e) {
			return null; // the route does not fit this person
		}
		pips.discuss(personId, 0, drafted.plusDays(2), "Eerst de taal, dan verder kijken");
		pips.establish(personId, 1, drafted.plusDays(4));
		UUID school = DemoPartners.id(DemoLessons.TAALSCHOOL);
		Set<Gegevenscategorie> shared = EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN);
		grondslagen.recordBasis(household.id(),
				new Grondslagen.NewBasis(personId, school, Grondslag.Soort.TOESTEMMING, "Aanmelding voor de B1-route",
						shared, Grondslag.Wijze.ONDERTEKEND, null, null, arrived.plusDays(1), today.plusYears(1)));
		return referrals
			.refer(household.id(), personId, school, null, "Taallessen B1-route", shared, Locale.forLanguageTag("nl"),
					arrived.plusDays(2).atStartOfDay(DutchTime.ZONE).toInstant())
			.doorverwijzing()
			.id();
	}

}
