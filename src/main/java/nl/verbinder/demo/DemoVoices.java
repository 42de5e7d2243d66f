package nl.verbinder.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.SelfAssessment;
import nl.verbinder.portal.Invitations;
import nl.verbinder.portal.ActivityRatings;
import nl.verbinder.portal.Ratings;
import nl.verbinder.portal.SelfAssessing;
import nl.verbinder.portal.Wishes;
import org.springframework.stereotype.Component;

/**
 * The newcomers' own voice in the demo region: Amina's and Tesfay's wishes, talents and
 * self-assessment, and ratings of the organisations that accepted a referral. So that the
 * ratings page shows what it shows in real use, the adult whose referral was accepted in
 * each demo household activates a portal account ({@code nieuwkomer.1},
 * {@code nieuwkomer.2}, ..., the demo password) and rates that organisation: the regional
 * organisations reach the five answers a summary needs, each municipality's own welfare
 * organisation stays below it and is held back.
 */
@Component
class DemoVoices {

	/** The portal language a demo newcomer reads, by nationality. */
	private static final Map<String, String> LANGUAGE = Map.of("SY", "ar", "IQ", "ar", "YE", "ar", "ER", "ti", "AF",
			"prs", "IR", "fa", "SO", "so", "TR", "tr");

	/** The demo raters' logins: {@code nieuwkomer.1}, {@code nieuwkomer.2}, and so on. */
	static final String RATER = "nieuwkomer.";

	private static final List<String> COMMENTS = List.of("De begeleider nam echt de tijd voor ons.",
			"Ik moest lang wachten op een afspraak.", "Fijn dat er een tolk bij was.",
			"Ik begreep de brief nu wel, dank je.", "");

	private final DemoAccounts accounts;

	private final BackgroundWork background;

	private final Invitations invitations;

	private final Ratings ratings;

	private final ActivityRatings activityRatings;

	private final Wishes wishes;

	private final SelfAssessing selfAssessing;

	DemoVoices(DemoAccounts accounts, BackgroundWork background, Invitations invitations, Ratings ratings,
			ActivityRatings activityRatings, Wishes wishes, SelfAssessing selfAssessing) {
		this.activityRatings = activityRatings;
		this.accounts = accounts;
		this.background = background;
		this.invitations = invitations;
		this.ratings = ratings;
		this.wishes = wishes;
		this.selfAssessing = selfAssessing;
	}

	/**
	 * The two named newcomers speak up; the adults of {@code accepted} (households whose
	 * referral an organisation accepted) get an account and rate it.
	 */
	void load(Random random, List<HouseholdView> accepted, LocalDate today, String password) {
		background.runAs(DemoNewcomers.AMINA, () -> {
			wishes.change(new Wishes.Change("Koken voor grote groepen, naaien, Arabisch en Engels",
					"Werken in een keuken of in de kinderopvang, als Lina naar school is", Set.of("koken", "kinderen"),
					12, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)), 0);
			selfAssessing.give(scores(Map.of(Domein.TAAL_EN_COMMUNICATIE, SelfAssessment.SO_SO, Domein.HUISVESTING,
					SelfAssessment.WELL, Domein.SOCIALE_BANDEN, SelfAssessment.NOT_WELL, Domein.GEZONDHEID_EN_ZORG,
					SelfAssessment.SO_SO, Domein.WERK, SelfAssessment.NOT_WELL)));
			rateOrganisations(random, "Ze hielpen me met de toeslagen. Nu begrijp ik de brieven.");
			// Amina rates her B1 course, in Arabic: "The teacher explains slowly, but the
			// group is big."
			for (ActivityRatings.RateableActivity activity : activityRatings.mine()) {
				activityRatings.rate(activity.key(),
						new Ratings.Answers(3, 3, 2, 3, "المعلمة تشرح ببطء، لكن المجموعة كبيرة."));
			}
		});
		background.runAs(DemoNewcomers.TESFAY, () -> {
			wishes.change(new Wishes.Change("Elektriciteit aanleggen (werkte bij mijn oom), voetbal",
					"Elektricien worden; een bijbaan in de avond", Set.of("techniek", "sport"), 8,
					EnumSet.of(DayOfWeek.SATURDAY)), 0);
			selfAssessing.give(scores(
					Map.of(Domein.ONDERWIJS, SelfAssessment.WELL, Domein.TAAL_EN_COMMUNICATIE, SelfAssessment.SO_SO,
							Domein.VRIJE_TIJD, SelfAssessment.NOT_WELL, Domein.HUISVESTING, SelfAssessment.SO_SO)));
		});
		int number = 0;
		for (HouseholdView household : accepted) {
			HouseholdView.MemberView adult = household.members().getFirst();
			if (adult.geboortedatum().isAfter(today.minusYears(18))) {
				continue;
			}
			String language = LANGUAGE.getOrDefault(adult.nationaliteit(), "en");
			String caseManager = accounts.caseManagerOf(household.gemeente());
			String login = RATER + (++number);
			var issued = background.callAs(caseManager,
					() -> invitations.invite(household.id(), adult.personId(), language, login));
			String username = invitations.activateDemo(issued.code(), password);
			background.runAs(username, () -> rateAll(random, COMMENTS.get(random.nextInt(COMMENTS.size()))));
		}
	}

	/**
	 * Rates every organisation and every activity of the plan the current newcomer may
	 * rate, mostly favourably.
	 */
	private void rateAll(Random random, String comment) {
		rateOrganisations(random, comment);
		for (ActivityRatings.RateableActivity activity : activityRatings.mine()) {
			activityRatings.rate(activity.key(),
					new Ratings.Answers(answer(random), answer(random), answer(random), answer(random), comment));
		}
	}

	/** Rates every organisation the current newcomer may rate, mostly favourably. */
	private void rateOrganisations(Random random, String comment) {
		for (Ratings.Rateable rateable : ratings.mine()) {
			ratings.rate(rateable.contact().doorverwijzingId(),
					new Ratings.Answers(answer(random), answer(random), answer(random), answer(random), comment));
		}
	}

	/** 3 (yes) most often, sometimes 2 (a bit), now and then 1 (no). */
	private static int answer(Random random) {
		int draw = random.nextInt(10);
		return draw < 6 ? 3 : draw < 9 ? 2 : 1;
	}

	private static Map<Domein, Integer> scores(Map<Domein, Integer> scores) {
		return new EnumMap<>(scores);
	}

}
