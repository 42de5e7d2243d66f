package nl.verbinder.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Contacten;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Ontzorgen;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo region's households, registered by their case manager in proportion to each
 * municipality's population, with their contact moments, their financial unburdening and
 * (through {@link DemoPlans}) backgrounds, intakes and plans.
 */
@Component
class DemoCases {

	/** One demo household for about this many inhabitants. */
	private static final int INHABITANTS_PER_HOUSEHOLD = 1_000;

	private static final List<String> CONTACT_SUMMARIES = List.of(
			"Kennismaking bij het gezin thuis; uitleg over de inburgering en de brede intake",
			"Post van de Belastingdienst en de gemeente samen doorgenomen",
			"Gesproken over school voor de kinderen en een huisarts in de buurt",
			"Voortgang van de taalcursus besproken; gaat goed, wil meer oefenen",
			"Zorgen over geld: betalingsachterstand bij de energieleverancier");

	private static final List<String> NEXT_STEPS = List.of("Toeslagen aanvragen", "Inschrijven bij de huisarts",
			"Kennismaken met het taalcafé", "Afspraak maken bij de schuldhulp", "Zwemles voor de kinderen regelen");

	/**
	 * The households registered, and the few per municipality that later get a key person
	 * ({@code helpWanted}) or a referral ({@code referred}).
	 */
	record Cases(List<HouseholdView> all, List<HouseholdView> helpWanted, List<HouseholdView> referred) {
	}

	private final DemoAccounts accounts;

	private final DemoPlans plans;

	private final BackgroundWork background;

	private final Inburgering inburgering;

	private final Contacten contacten;

	private final ReferenceData reference;

	private final Ontzorgen ontzorgen;

	DemoCases(DemoAccounts accounts, DemoPlans plans, BackgroundWork background, Inburgering inburgering,
			Contacten contacten, ReferenceData reference, Ontzorgen ontzorgen) {
		this.accounts = accounts;
		this.plans = plans;
		this.background = background;
		this.inburgering = inburgering;
		this.contacten = contacten;
		this.reference = reference;
		this.ontzorgen = ontzorgen;
	}

	/**
	 * Registers every municipality's households, each by its case manager, with a history
	 * to match.
	 */
	Cases register(Random random, LocalDate today) {
		List<HouseholdView> helpWanted = new ArrayList<>();
		List<HouseholdView> referred = new ArrayList<>();
		List<HouseholdView> all = new ArrayList<>();
		var bsnNumbers = new AtomicLong();
		for (DemoAccounts.DemoAccount account : accounts.caseManagers()) {
			if (account.gemeente() == null) {
				continue;
			}
			Gemeente gemeente = reference.requireGemeente(account.gemeente());
			int count = Math.max(3,
					(gemeente.inwoners() == null ? 20_000 : gemeente.inwoners()) / INHABITANTS_PER_HOUSEHOLD);
			background.runAs(account.username(), () -> {
				boolean oneLeftOut = false;
				for (int n = 0; n < count; n++) {
					DemoPeople.DemoHousehold h = DemoPeople.household(random, gemeente.code().value(), today,
							bsnNumbers::getAndIncrement);
					var household = inburgering.register(gemeente.code(), h.adres(), h.postcode(), h.arrivalDate(),
							h.members(), true);
					plans.recordProfiles(random, household, today);
					all.add(household);
					if (n < 4) {
						helpWanted.add(household);
					}
					else if (n < 11) {
						referred.add(household);
					}
					plans.recordIntakes(random, household, today);
					plans.recordOutflow(household, today);
					recordContacts(random, household, today);
					oneLeftOut = unburden(household, today, !oneLeftOut) || oneLeftOut;
					if (n == 11) {
						addYoungPersonTurningEighteen(household, today);
					}
				}
			});
		}
		return new Cases(all, helpWanted, referred);
	}

	/**
	 * Generates {@code count} more households, spread over the region's municipalities by
	 * population, and hands each to {@code generated} (in its case manager's name).
	 */
	int generate(Random random, int count, LocalDate today, Consumer<HouseholdView> generated) {
		List<DemoAccounts.DemoAccount> caseManagers = accounts.caseManagers();
		long population = caseManagers.stream().mapToLong(a -> inhabitants(a.gemeente())).sum();
		int done = 0;
		for (DemoAccounts.DemoAccount account : caseManagers) {
			int share = (int) Math.round((double) count * inhabitants(account.gemeente()) / population);
			int target = account == caseManagers.getLast() ? count - done : Math.min(share, count - done);
			background.runAs(account.username(), () -> {
				for (int n = 0; n < target; n++) {
					generated.accept(register(random, account.gemeente(), today));
				}
			});
			done += target;
		}
		return done;
	}

	/**
	 * A young person who turns 18 in three months (from youth law to adult law), with no
	 * transition agreement yet: the signal for it shows in every municipality.
	 */
	private void addYoungPersonTurningEighteen(HouseholdView household, LocalDate today) {
		HouseholdView current = inburgering.household(household.id());
		inburgering.addMember(
				household.id(), current.version(), new Inburgering.NewMember("Yonas",
						current.members().getFirst().achternaam(), today.minusYears(18).plusMonths(3), Gezinsrol.KIND),
				true);
	}

	/**
	 * Financial unburdening for a household that moved in: from that day for six months,
	 * with a follow-up agreed. When {@code mayLeaveOut}, a household that moved in less
	 * than six months ago gets none, so that its signal shows; returns whether it was
	 * left out.
	 */
	private boolean unburden(HouseholdView household, LocalDate today, boolean mayLeaveOut) {
		LocalDate arrival = household.arrivalDate();
		if (arrival.isAfter(today)) {
			return false;
		}
		if (mayLeaveOut && arrival.isAfter(today.minusMonths(6))) {
			return true;
		}
		ontzorgen.record(household.id(), new Ontzorging(arrival, arrival.plusMonths(6), true));
		return false;
	}

	/**
	 * A few contact moments per household since it settled; some with an agreement still
	 * open or overdue.
	 */
	private void recordContacts(Random random, HouseholdView household, LocalDate today) {
		int count = random.nextInt(4);
		LocalDate date = household.arrivalDate().plusDays(3 + random.nextInt(10));
		for (int i = 0; i < count && !date.isAfter(today); i++) {
			var kanaal = List.of("HUISBEZOEK", "KANTOOR", "TELEFOON", "VIDEO", "BIJ_PARTNER").get(random.nextInt(5));
			var vertolking = List.of("GEEN", "TOLK", "SLEUTELPERSOON").get(random.nextInt(3));
			List<Contacten.NewAfspraak> steps = random.nextInt(3) == 0 ? List.of()
					: List.of(new Contacten.NewAfspraak(NEXT_STEPS.get(random.nextInt(NEXT_STEPS.size())),
							date.plusDays(7 + random.nextInt(21))));
			contacten.record(household.id(), date, kanaal, List.of(household.members().getFirst().voornaam()),
					vertolking, null, i == 0 ? CONTACT_SUMMARIES.getFirst()
							: CONTACT_SUMMARIES.get(1 + random.nextInt(CONTACT_SUMMARIES.size() - 1)),
					steps);
			date = date.plusDays(20 + random.nextInt(60));
		}
	}

	/**
	 * A generated household without BSNs (people whose BSN is not known yet), so none can
	 * collide.
	 */
	private HouseholdView register(Random random, GemeenteCode gemeente, LocalDate today) {
		DemoPeople.DemoHousehold h = DemoPeople.household(random, gemeente.value(), today);
		HouseholdView household = inburgering.register(gemeente, h.adres(), h.postcode(), h.arrivalDate(), h.members(),
				true);
		plans.recordOutflow(household, today);
		unburden(household, today, false);
		return household;
	}

	private long inhabitants(@Nullable GemeenteCode code) {
		Integer inwoners = code == null ? null : reference.requireGemeente(code).inwoners();
		return inwoners == null ? 20_000 : inwoners;
	}

}
