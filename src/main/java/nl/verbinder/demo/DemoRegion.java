package nl.verbinder.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.access.WorkContacts;
import nl.verbinder.inburgering.Contacten;
import nl.verbinder.inburgering.DomainAssessment;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Intakes;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.Profiles;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.Regime;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.matching.Matching;
import nl.verbinder.matching.Voorkeur;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Samenwerking;
import nl.verbinder.sleutelpersoon.Assigning;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;
import nl.verbinder.sleutelpersoon.Sleutelpersonen;
import nl.verbinder.sleutelpersoon.Verzoek;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo region on first start (when {@code verbinder.demo.enabled}): an account for every
 * role, a case manager per municipality, and households in proportion to each municipality's
 * population. Everything follows from {@code verbinder.demo.seed}. With {@code --households=N} it also
 * generates N more households across the region, for benchmarks. Never in production.
 */
@Component
class DemoRegion implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

	/** The password of every demo account; printed in the README, refused in production. */
	static final String DEMO_PASSWORD = "verbinder-demo";

	/** One demo household for about this many inhabitants. */
	private static final int INHABITANTS_PER_HOUSEHOLD = 1_000;

	record DemoAccount(String username, String displayName, Role role, @Nullable GemeenteCode gemeente) {
	}

	private final AccountAdministration accounts;
	private final WorkContacts workContacts;
	private final BackgroundWork background;
	private final Inburgering inburgering;
	private final Intakes intakes;
	private final PipDecisions pips;
	private final Contacten contacten;
	private final Profiles profiles;
	private final Sleutelpersonen sleutelpersonen;
	private final Requesting requesting;
	private final Assigning assigning;
	private final Samenwerking samenwerking;
	private final Matching matching;
	private final ReferenceData reference;
	private final AccessControl access;
	private final Clock clock;
	private final boolean enabled;
	private final long seed;
	private final boolean production;

	DemoRegion(AccountAdministration accounts, WorkContacts workContacts, BackgroundWork background, Inburgering inburgering, Intakes intakes,
			PipDecisions pips, Contacten contacten, Profiles profiles, Sleutelpersonen sleutelpersonen, Requesting requesting, Assigning assigning, Samenwerking samenwerking, Matching matching, ReferenceData reference, AccessControl access, Clock clock, Environment environment,
			@Value("${verbinder.demo.enabled:false}") boolean enabled, @Value("${verbinder.demo.seed:20221001}") long seed) {
		this.accounts = accounts;
		this.workContacts = workContacts;
		this.background = background;
		this.inburgering = inburgering;
		this.intakes = intakes;
		this.pips = pips;
		this.contacten = contacten;
		this.profiles = profiles;
		this.sleutelpersonen = sleutelpersonen;
		this.requesting = requesting;
		this.assigning = assigning;
		this.samenwerking = samenwerking;
		this.matching = matching;
		this.reference = reference;
		this.access = access;
		this.clock = clock;
		this.enabled = enabled;
		this.seed = seed;
		this.production = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("production"));
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> households = args.getOptionValues("households");
		if (households != null && households.isEmpty() && !args.getNonOptionArgs().isEmpty()) {
			// "--households 100000" as well as "--households=100000"
			households = List.of(args.getNonOptionArgs().getFirst());
		}
		if (!enabled && households == null) {
			return;
		}
		if (production) {
			throw new IllegalStateException("The demo region is never loaded in production: unset verbinder.demo.enabled");
		}
		if (enabled && !accounts.exists("beheerder")) {
			load();
		}
		if (households != null) {
			if (households.isEmpty() || !households.getFirst().matches("\\d{1,7}")) {
				throw new IllegalArgumentException("--households needs a number of households, e.g. --households=100000");
			}
			generate(Integer.parseInt(households.getFirst()));
		}
	}

	/** The demo accounts: one per role for the region, and a case manager in every municipality. */
	List<DemoAccount> demoAccounts() {
		List<DemoAccount> list = new ArrayList<>();
		list.add(new DemoAccount("beheerder", "Beheer Achterhoek", Role.ADMINISTRATOR, null));
		list.add(new DemoAccount("coordinator", "Marieke Jansen", Role.REGIONAL_COORDINATOR, null));
		list.add(new DemoAccount("sleutelpersoon", "Yonas Tekle", Role.KEY_PERSON, null));
		list.add(new DemoAccount("partner", "Sanne de Vries", Role.PARTNER_WORKER, null));
		list.add(new DemoAccount("sportclub", "Ruud Hendriksen", Role.PARTNER_WORKER, null));
		list.add(new DemoAccount("beleid", "Peter Bosman", Role.POLICY_READER, null));
		list.add(new DemoAccount("planner", "Iris van Dam", Role.PLACEMENT_PLANNER, null));
		String[] caseManagers = { "Anouk Wassink", "Bram te Lintelo", "Carla Nijhof", "Daan Heuvelink", "Eva Roerdink",
				"Frank Stortelder", "Gerda Klein Gunnewiek", "Hans Wopereis" };
		int i = 0;
		for (GemeenteCode code : access.region().gemeenteCodes()) {
			list.add(new DemoAccount("consulent." + slug(reference.requireGemeente(code).displayName()),
					caseManagers[i++ % caseManagers.length], Role.CASE_MANAGER, code));
		}
		return list;
	}

	private void load() {
		log.info("Loading the demo region {} (seed {})", access.region().name(), seed);
		int line = 0;
		for (DemoAccount account : demoAccounts()) {
			AccountId id = accounts.open(account.username(), account.displayName(), account.role(), account.gemeente(),
					DEMO_PASSWORD, true);
			if (account.role() == Role.CASE_MANAGER) {
				// Fictitious numbers and the reserved example domain.
				workContacts.record(id, "0314 123 %03d".formatted(++line),
						account.username().replace("consulent.", "") + "@gemeente.example");
			}
		}
		Random random = new Random(seed);
		LocalDate today = LocalDate.now(clock);
		List<HouseholdView> helpWanted = new ArrayList<>();
		List<HouseholdView> referred = new ArrayList<>();
		List<HouseholdView> all = new ArrayList<>();
		var bsnNumbers = new java.util.concurrent.atomic.AtomicLong();
		int total = 0;
		for (DemoAccount account : demoAccounts()) {
			if (account.role() != Role.CASE_MANAGER || account.gemeente() == null) {
				continue;
			}
			Gemeente gemeente = reference.requireGemeente(account.gemeente());
			int count = Math.max(3, (gemeente.inwoners() == null ? 20_000 : gemeente.inwoners()) / INHABITANTS_PER_HOUSEHOLD);
			background.runAs(account.username(), () -> {
				for (int n = 0; n < count; n++) {
					DemoPeople.DemoHousehold h = DemoPeople.household(random, gemeente.code().value(), today,
							bsnNumbers::getAndIncrement);
					var household = inburgering.register(gemeente.code(), h.adres(), h.postcode(), h.arrivalDate(),
							h.members(), true);
					recordProfiles(random, household, today);
					all.add(household);
					if (n < 4) {
						helpWanted.add(household);
					}
					else if (n < 11) {
						referred.add(household);
					}
					recordIntakes(random, household, today);
					recordContacts(random, household, today);
				}
			});
			total += count;
		}
		List<Sleutelpersoon> pool = DemoSleutelpersonen.pool(today);
		UUID keyPersonAccount = background.callAs("sleutelpersoon", () -> access.currentActor().id().value());
		background.runAs("coordinator", () -> {
			pool.forEach(sleutelpersonen::add);
			// The demo account "sleutelpersoon" (Yonas Tekle) is the first key person of the pool.
			sleutelpersonen.linkAccount(pool.getFirst().id(), keyPersonAccount);
		});
		recordRequests(random, helpWanted, today);
		recordCollaboration(referred, today);
		background.runAs("coordinator", () -> DemoKansen.kansen().forEach(k -> matching.register(k, Locale.forLanguageTag("nl"))));
		recordPreferences(random, all, today);
		log.info("Demo region loaded: {} accounts, {} households, {} key persons", demoAccounts().size(), total, pool.size());
	}

	/** Generates {@code count} more households, spread over the region's municipalities by population. */
	void generate(int count) {
		Random random = new Random(seed ^ count);
		LocalDate today = LocalDate.now(clock);
		List<DemoAccount> caseManagers = demoAccounts().stream().filter(a -> a.role() == Role.CASE_MANAGER).toList();
		long population = caseManagers.stream().mapToLong(a -> inhabitants(a.gemeente())).sum();
		long started = System.nanoTime();
		int done = 0;
		for (DemoAccount account : caseManagers) {
			int share = (int) Math.round((double) count * inhabitants(account.gemeente()) / population);
			int target = account == caseManagers.getLast() ? count - done : Math.min(share, count - done);
			background.runAs(account.username(), () -> {
				for (int n = 0; n < target; n++) {
					register(random, account.gemeente(), today);
				}
			});
			done += target;
		}
		log.info("Generated {} households in {} s", done, (System.nanoTime() - started) / 1_000_000_000);
	}

	private static final Map<String, String> LANGUAGE_OF = Map.of("SY", "ar", "ER", "ti", "AF", "fa-AF", "TR", "tr", "YE",
			"ar", "SO", "so", "IQ", "ckb", "IR", "fa");

	private static final List<String> PURPOSES = List.of("Kennismakingsgesprek thuis, samen met de consulent",
			"Meegaan naar de huisarts en het gesprek vertalen", "Brief van de Belastingdienst samen doornemen",
			"Uitleg over school en ouderavond", "Advies over een folder voor de eigen gemeenschap");

	/**
	 * A few months of requests from the case managers for households in their municipality; the older ones
	 * assigned by the coordinator to the best candidate (when there is one), the recent ones still open.
	 */
	/**
	 * The social map, its two partner workers, and for seven households per municipality a basis for
	 * sharing and a referral at every stage: sent, overdue, accepted, declined, started, completed, and
	 * stopped because consent was withdrawn; plus the GP practice as involved.
	 */
	private void recordCollaboration(List<HouseholdView> households, LocalDate today) {
		UUID partnerAccount = background.callAs("partner", () -> access.currentActor().id().value());
		UUID clubAccount = background.callAs("sportclub", () -> access.currentActor().id().value());
		background.runAs("coordinator", () -> {
			DemoPartners.organisaties().forEach(samenwerking::registreer);
			samenwerking.linkWorker(partnerAccount, DemoPartners.id(DemoPartners.VLUCHTELINGENWERK));
			samenwerking.linkWorker(clubAccount, DemoPartners.id(DemoPartners.SPORTCLUB_WINTERSWIJK));
		});
		Map<String, Integer> perMunicipality = new HashMap<>();
		for (HouseholdView household : households) {
			int stage = perMunicipality.merge(household.gemeente(), 1, Integer::sum) - 1;
			String caseManager = caseManagerOf(household.gemeente());
			String place = reference.requireGemeente(new GemeenteCode(household.gemeente())).displayName();
			String[] organisations = { DemoPartners.VLUCHTELINGENWERK, DemoPartners.VLUCHTELINGENWERK,
					"Welzijn " + place, "Taalmaatjes Achterhoek", DemoPartners.VLUCHTELINGENWERK, "Jobcoach Oost",
					"Welzijn " + place };
			String[] reasons = { "Hulp bij het inrichten van de administratie", "Maatschappelijke begeleiding na verhuizing",
					"Cursus opvoeden in Nederland", "Een taalmaatje om Nederlands te oefenen",
					"Begeleiding bij zorgverzekering en toeslagen", "Begeleiding naar werk in de zorg", "Formulierenbrigade" };
			UUID organisation = DemoPartners.id(organisations[stage % organisations.length]);
			var person = household.members().getFirst();
			int daysAgo = stage == 0 ? 2 : 12 + 5 * stage;
			var referral = background.callAs(caseManager, () -> {
				samenwerking.addInvolvement(household.id(), DemoPartners.id("Huisartsen Coöperatie Achterhoek"), "", "huisarts",
						household.arrivalDate(), null, "Praktijk aan de Markt, 0314-123456");
				var basis = samenwerking.recordBasis(household.id(), new Samenwerking.NewBasis(null, organisation,
						Grondslag.Soort.TOESTEMMING, "Doorverwijzing en afstemming over de begeleiding",
						EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN),
						stage % 3 == 0 ? Grondslag.Wijze.MONDELING_MET_GETUIGE : Grondslag.Wijze.ONDERTEKEND,
						stage % 3 == 0 ? "Fatima Haddad (tolk)" : null, null, today.minusDays(daysAgo + 1), today.plusYears(1)));
				var sent = samenwerking.refer(household.id(), person.personId(), organisation, null, reasons[stage % reasons.length],
						EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES, Gegevenscategorie.TALEN), Locale.forLanguageTag("nl"),
						clock.instant().minus(java.time.Duration.ofDays(daysAgo)));
				return new UUID[] { sent.doorverwijzing().id(), basis.grondslag().id() };
			});
			UUID id = referral[0];
			switch (stage % 7) {
				case 2 -> onBehalf(caseManager, household, id, Doorverwijzing.Status.GEACCEPTEERD, null, 0);
				case 3 -> onBehalf(caseManager, household, id, Doorverwijzing.Status.AFGEWEZEN, "Geen plek tot na de zomer", 0);
				case 4 -> background.runAs("partner", () -> {
					samenwerking.step(id, 0, Doorverwijzing.Status.GEACCEPTEERD, null);
					samenwerking.step(id, 1, Doorverwijzing.Status.GESTART, null);
					samenwerking.note(id, "Eerste afspraak geweest; samen de toeslagen aangevraagd.");
				});
				case 5 -> {
					onBehalf(caseManager, household, id, Doorverwijzing.Status.GEACCEPTEERD, null, 0);
					onBehalf(caseManager, household, id, Doorverwijzing.Status.GESTART, null, 1);
					onBehalf(caseManager, household, id, Doorverwijzing.Status.AFGEROND, null, 2);
				}
				case 6 -> background.runAs(caseManager, () -> samenwerking.withdraw(household.id(), referral[1], 0));
				default -> {
					// 0: just sent; 1: sent weeks ago and not answered, so overdue
				}
			}
		}
	}

	/** Interests, hours, days and travel range of every adult, as the case manager asked them. */
	private void recordPreferences(Random random, List<HouseholdView> households, LocalDate today) {
		for (HouseholdView household : households) {
			String caseManager = caseManagerOf(household.gemeente());
			background.runAs(caseManager, () -> {
				for (var member : household.members()) {
					if (member.geboortedatum().isAfter(today.minusYears(18))) {
						continue;
					}
					java.util.Set<String> interests = new java.util.HashSet<>();
					int count = 1 + random.nextInt(3);
					while (interests.size() < count) {
						interests.add(DemoKansen.INTERESTS.get(random.nextInt(DemoKansen.INTERESTS.size())));
					}
					java.util.Set<java.time.DayOfWeek> days = random.nextBoolean() ? java.util.Set.of()
							: java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.of(3 + random.nextInt(3)));
					matching.savePreferences(member.personId(), 0,
							new Voorkeur(interests, 8 + 4 * random.nextInt(7), days, 10 + 5 * random.nextInt(5)));
				}
			});
		}
	}

	private void onBehalf(String caseManager, HouseholdView household, UUID referral, Doorverwijzing.Status next,
			@Nullable String reason, long version) {
		background.runAs(caseManager, () -> samenwerking.stepOnBehalf(household.id(), referral, version, next, reason));
	}

	private String caseManagerOf(String gemeente) {
		return demoAccounts().stream()
			.filter(a -> a.role() == Role.CASE_MANAGER && a.gemeente() != null && a.gemeente().value().equals(gemeente))
			.findFirst()
			.orElseThrow()
			.username();
	}

	private void recordRequests(Random random, List<HouseholdView> households, LocalDate today) {
		for (HouseholdView household : households) {
			String nationality = household.members().getFirst().nationaliteit();
			String language = LANGUAGE_OF.getOrDefault(nationality, "ar");
			LocalDate from = today.minusDays(random.nextInt(100)).plusDays(14);
			var kind = Verzoek.Soort.values()[random.nextInt(Verzoek.Soort.values().length)];
			var rol = kind == Verzoek.Soort.VERTALING || kind == Verzoek.Soort.BEGELEIDING ? Rol.VERTALER
					: kind == Verzoek.Soort.VOORLICHTING ? Rol.VOORLICHTER : Rol.VERBINDER;
			String caseManager = demoAccounts().stream()
				.filter(a -> a.role() == Role.CASE_MANAGER && a.gemeente() != null && a.gemeente().value().equals(household.gemeente()))
				.findFirst()
				.orElseThrow()
				.username();
			var request = background.callAs(caseManager, () -> requesting.request(new Requesting.NewRequest(kind,
					List.of(new TaalCode(language)), rol, null, new GemeenteCode(household.gemeente()), "Centrum", from,
					from.plusDays(7), 60 + 30 * random.nextInt(4), Verzoek.Urgentie.NORMAAL, household.id().value(),
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
						// Accepted by phone; done and reported when the window has passed.
						assigning.recordOnBehalf(id, 1, true, null);
						if (from.plusDays(7).isBefore(today)) {
							assigning.recordOnBehalf(id, 2, true, new Verzoek.Verslag(from.plusDays(random.nextInt(7)),
									request.verzoek().minuten() + 15 * random.nextInt(3), 5 + random.nextInt(40),
									"Gesprek verliep goed; vervolgafspraak gemaakt"));
						}
					}
				});
			}
		}
	}

	/** Backgrounds (languages, education, work, talents, wishes) for most adults. */
	private void recordProfiles(Random random, HouseholdView household, LocalDate today) {
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
	 * Intake histories for the adults under the 2021 act: most have had a first intake a few weeks after
	 * settling, and those who settled long enough ago a second one half a year later, mostly improved.
	 */
	private void recordIntakes(Random random, HouseholdView household, LocalDate today) {
		for (var member : household.members()) {
			if (member.regime() != Regime.WI2021 || member.gezinsrol() == Gezinsrol.KIND || random.nextInt(10) < 2) {
				continue;
			}
			LocalDate first = household.arrivalDate().plusDays(7 + random.nextInt(21));
			if (first.isAfter(today)) {
				continue;
			}
			int[] scores = new int[Domein.values().length];
			List<DomainAssessment> firstScores = new java.util.ArrayList<>();
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
			List<DomainAssessment> secondScores = new java.util.ArrayList<>();
			for (Domein domein : Domein.values()) {
				int change = random.nextInt(10) < 7 ? 1 + random.nextInt(2) : random.nextInt(10) < 5 ? 0 : -1;
				secondScores.add(new DomainAssessment(domein, Math.clamp(scores[domein.ordinal()] + change, 1, 5), null, null));
			}
			intakes.record(member.personId(), second, secondScores);
		}
	}

	private static final List<String> CONTACT_SUMMARIES = List.of(
			"Kennismaking bij het gezin thuis; uitleg over de inburgering en de brede intake",
			"Post van de Belastingdienst en de gemeente samen doorgenomen",
			"Gesproken over school voor de kinderen en een huisarts in de buurt",
			"Voortgang van de taalcursus besproken; gaat goed, wil meer oefenen",
			"Zorgen over geld: betalingsachterstand bij de energieleverancier");

	private static final List<String> NEXT_STEPS = List.of("Toeslagen aanvragen", "Inschrijven bij de huisarts",
			"Kennismaken met het taalcafé", "Afspraak maken bij de schuldhulp", "Zwemles voor de kinderen regelen");

	/** A few contact moments per household since it settled; some with an agreement still open or overdue. */
	private void recordContacts(Random random, HouseholdView household, LocalDate today) {
		int count = random.nextInt(4);
		LocalDate date = household.arrivalDate().plusDays(3 + random.nextInt(10));
		for (int i = 0; i < count && !date.isAfter(today); i++) {
			var kanaal = List.of("HUISBEZOEK", "KANTOOR", "TELEFOON", "VIDEO", "BIJ_PARTNER").get(random.nextInt(5));
			var vertolking = List.of("GEEN", "TOLK", "SLEUTELPERSOON").get(random.nextInt(3));
			List<Contacten.NewAfspraak> steps = random.nextInt(3) == 0 ? List.of()
					: List.of(new Contacten.NewAfspraak(NEXT_STEPS.get(random.nextInt(NEXT_STEPS.size())),
							date.plusDays(7 + random.nextInt(21))));
			contacten.record(household.id(), date, kanaal, List.of(household.members().getFirst().voornaam()), vertolking,
					null, i == 0 ? CONTACT_SUMMARIES.getFirst()
							: CONTACT_SUMMARIES.get(1 + random.nextInt(CONTACT_SUMMARIES.size() - 1)), steps);
			date = date.plusDays(20 + random.nextInt(60));
		}
	}

	private static final List<String> PROVIDERS = List.of("Taalcentrum Oost-Gelderland", "Leerwerkplaats Achterhoek",
			"Stichting Samen Verder", "Werkgeversservicepunt Achterhoek", "VluchtelingenWerk Oost Nederland");

	/** Most adults with an intake get a plan; most plans are established, some revised since. */
	private void planFor(Random random, HouseholdView household, HouseholdView.MemberView member, LocalDate drafted,
			LocalDate today) {
		if (drafted.isAfter(today) || random.nextInt(10) < 2) {
			return;
		}
		int age = java.time.Period.between(member.geboortedatum(), drafted).getYears();
		int roll = random.nextInt(100);
		Leerroute route = age < 28 && roll < 20 ? new Leerroute.Onderwijsroute()
				: roll < 70 ? new Leerroute.B1Route() : new Leerroute.ZRoute();
		var goals = List.of(
				new PipInhoud.Doel(Domein.TAAL_EN_COMMUNICATIE, "Zelf een afspraak bij de huisarts maken", drafted.plusMonths(6),
						List.of("26 taallessen in de eerste drie maanden", "Oefenen met een taalmaatje")),
				new PipInhoud.Doel(random.nextBoolean() ? Domein.WERK : Domein.SOCIALE_BRUGGEN,
						random.nextBoolean() ? "Vrijwilligerswerk bij een sportclub" : "Oriënteren op werk in de zorg",
						drafted.plusMonths(12), List.of("Kennismaken", "Twee dagdelen per week meedoen")));
		var activities = List.of(new PipInhoud.Activiteit(PROVIDERS.get(random.nextInt(PROVIDERS.size())),
				route instanceof Leerroute.ZRoute ? "Zelfredzaamheidsprogramma" : "Taalcursus " + route.taalniveau(),
				drafted.plusDays(7), null, 8 + random.nextInt(9), PipInhoud.ActiviteitStatus.LOOPT));
		String dualPath = route.allowsDualPath() && random.nextInt(10) == 0 ? "Drie dagen werk in de logistiek, twee dagen opleiding"
				: null;
		var inhoud = new PipInhoud(route, Inburgeringstermijn.from(household.arrivalDate()), goals, activities, dualPath);
		try {
			pips.draft(member.personId(), inhoud);
		}
		catch (IllegalArgumentException e) {
			return; // the route does not fit this person; the case manager will draft another
		}
		if (random.nextInt(10) < 2) {
			return;
		}
		LocalDate discussed = java.util.Collections.min(List.of(drafted.plusDays(3), today));
		pips.discuss(member.personId(), 0, discussed, random.nextBoolean() ? "Ik wil snel aan het werk"
				: "Eerst de taal, dan verder kijken");
		pips.establish(member.personId(), 1, java.util.Collections.min(List.of(drafted.plusDays(7), today)));
	}

	/** A generated household without BSNs (people whose BSN is not known yet), so none can collide. */
	private void register(Random random, GemeenteCode gemeente, LocalDate today) {
		DemoPeople.DemoHousehold h = DemoPeople.household(random, gemeente.value(), today);
		inburgering.register(gemeente, h.adres(), h.postcode(), h.arrivalDate(), h.members(), true);
	}

	private long inhabitants(@Nullable GemeenteCode code) {
		Integer inwoners = code == null ? null : reference.requireGemeente(code).inwoners();
		return inwoners == null ? 20_000 : inwoners;
	}

	static String slug(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}
}
