package nl.verbinder.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.verbinder.matching.Kans.Soort;
import nl.verbinder.matching.TalentMatching.Component;
import nl.verbinder.matching.TalentMatching.DistanceReason;
import nl.verbinder.matching.TalentMatching.Excluded;
import nl.verbinder.matching.TalentMatching.Exclusion;
import nl.verbinder.matching.TalentMatching.InterestReason;
import nl.verbinder.matching.TalentMatching.LanguageReason;
import nl.verbinder.matching.TalentMatching.Match;
import nl.verbinder.matching.TalentMatching.OccupationReason;
import nl.verbinder.matching.TalentMatching.Reason;
import nl.verbinder.matching.TalentMatching.Relatedness;
import nl.verbinder.matching.TalentMatching.ScheduleReason;
import nl.verbinder.reference.Occupation;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TalentMatchingTests {

	private static final String ESCO = "http://data.europa.eu/esco/occupation/";

	private static final String TANDARTS = ESCO + "e52b5707-7097-4dbc-ac61-054e917da241";

	private static final String TANDARTSSPECIALIST = ESCO + "a580e79a-b752-49c1-b033-b5ab2b34bfba";

	private static final String MONDHYGIENIST = ESCO + "d18deca3-3063-4970-9ddc-e3c70404a28c";

	private static final String TANDARTSASSISTENT = ESCO + "bdc74965-1d1a-4f8e-a490-9cf71f494e02";

	private static final String GEVELREINIGER = ESCO + "a632fb74-ef49-4f4a-9777-b7df54a0f897";

	private static final String SCHOONMAKER_GEBOUWEN = ESCO + "303a1e34-cb16-4054-b323-81e5eec17397";

	private static final String HUISARTS = ESCO + "huisarts-2211";

	private static final String ACCOUNTANT = ESCO + "accountant-2411";

	private static final String KOK = ESCO + "kok-5120";

	private static final String LASSER = ESCO + "lasser-7212";

	private static final String APOTHEKER = ESCO + "apotheker-2262";

	private static final Map<String, Occupation> OCCUPATIONS = Map.ofEntries(occupation(TANDARTS, "2261", "tandarts"),
			occupation(TANDARTSSPECIALIST, "2261", "tandartsspecialist"),
			occupation(MONDHYGIENIST, "2261", "mondhygiënist"),
			occupation(TANDARTSASSISTENT, "3251", "tandartsassistent"),
			occupation(GEVELREINIGER, "7133", "gevelreiniger"),
			occupation(SCHOONMAKER_GEBOUWEN, "9112", "schoonmaker gebouwen"), occupation(HUISARTS, "2211", "huisarts"),
			occupation(ACCOUNTANT, "2411", "accountant"), occupation(KOK, "5120", "kok"),
			occupation(LASSER, "7212", "lasser"), occupation(APOTHEKER, "2262", "apotheker"));

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	private static final GemeenteCode DOETINCHEM = new GemeenteCode("GM0222");

	private static final GemeenteCode ARNHEM = new GemeenteCode("GM0202");

	private static final GemeenteCode AMSTERDAM = new GemeenteCode("GM0363");

	private static final Set<DayOfWeek> FLEXIBLE = Set.of();

	private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	/**
	 * A small made-up map: Aalten–Winterswijk 10 km, Aalten–Doetinchem 20, Aalten–Arnhem
	 * 45, Amsterdam 140 from all.
	 */
	private static double km(GemeenteCode a, GemeenteCode b) {
		if (a.equals(b)) {
			return 0;
		}
		Set<GemeenteCode> pair = Set.of(a, b);
		if (pair.contains(AMSTERDAM)) {
			return 140;
		}
		if (pair.equals(Set.of(AALTEN, WINTERSWIJK))) {
			return 10;
		}
		if (pair.equals(Set.of(AALTEN, DOETINCHEM))) {
			return 20;
		}
		if (pair.equals(Set.of(WINTERSWIJK, DOETINCHEM))) {
			return 30;
		}
		return pair.contains(AALTEN) ? 45 : 35;
	}

	private final TalentMatching matching = new TalentMatching(TalentMatchingTests::km,
			uri -> Optional.ofNullable(OCCUPATIONS.get(uri)));

	private static Map.Entry<String, Occupation> occupation(String uri, String isco, String label) {
		return Map.entry(uri,
				new Occupation(uri, isco + ".1", isco, label, label, null, null, null, List.of(), List.of(), false));
	}

	private static UUID id(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes());
	}

	private static Kans kans(String title, Soort soort, GemeenteCode where, int hours, LanguageLevel dutch,
			@Nullable String occupation, Set<String> tags) {
		return kans(title, soort, where, hours, FLEXIBLE, dutch, occupation, List.of(), tags);
	}

	private static Kans kans(String title, Soort soort, GemeenteCode where, int hours, Set<DayOfWeek> days,
			LanguageLevel dutch, @Nullable String occupation, List<String> orientation, Set<String> tags) {
		return new Kans(id(title), soort, id("organisation"), title, where, hours, days, 2, dutch, occupation,
				orientation, tags, "");
	}

	private static Talent talent(String name, GemeenteCode home, int isced, List<String> prior, Set<String> interests,
			int hours, Set<DayOfWeek> days, LanguageLevel dutch, int rangeKm) {
		return new Talent(id(name), home, isced, "", prior, interests, hours, days, dutch, rangeKm);
	}

	/**
	 * The dentist of the issue: master's level, Dutch A2, 38 hours a week, within 30 km
	 * of Aalten.
	 */
	private static final Talent DENTIST = talent("Amal", AALTEN, 7, List.of(TANDARTS), Set.of("zorg"), 38, FLEXIBLE,
			LanguageLevel.A2, 30);

	private static final Kans RECOGNITION = kans("Route naar BIG-registratie tandarts", Soort.OPLEIDING, DOETINCHEM, 16,
			LanguageLevel.B1, TANDARTS, Set.of("zorg"));

	private static final Kans ASSISTANT_TRAINING = kans("Opleiding tandartsassistent", Soort.OPLEIDING, WINTERSWIJK, 20,
			LanguageLevel.A2, TANDARTSASSISTENT, Set.of("zorg"));

	private static final Kans FACADE_CLEANER = kans("Gevelreiniger", Soort.BAAN, AALTEN, 20, LanguageLevel.A1,
			GEVELREINIGER, Set.of("schoonmaak"));

	private static final Kans OFFICE_CLEANER = kans("Schoonmaker kantoren", Soort.BAAN, WINTERSWIJK, 20,
			LanguageLevel.A1, SCHOONMAKER_GEBOUWEN, Set.of("schoonmaak"));

	@Test
	void theFormerDentistGetsDentalTrainingAndTheRecognitionRouteAboveCleaning() {
		List<Match> matches = matching.opportunitiesFor(DENTIST,
				List.of(OFFICE_CLEANER, FACADE_CLEANER, ASSISTANT_TRAINING, RECOGNITION), 10);

		assertThat(matches).extracting(Match::kans)
			.containsExactly(RECOGNITION, ASSISTANT_TRAINING, FACADE_CLEANER, OFFICE_CLEANER);
		assertThat(matches.get(0).underemployment()).isFalse();
		assertThat(matches.get(1).underemployment()).isFalse();
		assertThat(occupationReason(matches.get(0)).relatedness()).isEqualTo(Relatedness.SAME_OCCUPATION);
		assertThat(occupationReason(matches.get(1)).relatedness()).isEqualTo(Relatedness.RELATED_FIELD);
		for (Match cleaning : matches.subList(2, 4)) {
			assertThat(cleaning.underemployment()).isTrue();
			assertThat(points(cleaning, Component.UNDEREMPLOYMENT)).isNegative();
			assertThat(cleaning.dualPathSuggestion()).hasValueSatisfying(dual -> {
				assertThat(dual.training()).isEqualTo(RECOGNITION);
				assertThat(dual.relatedness()).isEqualTo(Relatedness.SAME_OCCUPATION);
				assertThat(dual.hoursTogether()).isEqualTo(36);
			});
		}
		assertThat(matches.get(0).dualPath()).isNull();
	}

	@Test
	void aDualPathNeedsTrainingInTheSameMinorGroupThatFitsInTheRestOfTheWeek() {
		// Dental assistant training is only RELATED_FIELD (ISCO 3251 against 2261): no
		// dual path.
		Match alone = matching.opportunitiesFor(DENTIST, List.of(OFFICE_CLEANER, ASSISTANT_TRAINING), 10)
			.stream()
			.filter(m -> m.kans().equals(OFFICE_CLEANER))
			.findFirst()
			.orElseThrow();
		assertThat(alone.underemployment()).isTrue();
		assertThat(alone.dualPath()).isNull();

		// A 32-hour job leaves 6 hours: the 16-hour recognition route does not fit, a
		// 4-hour hygienist course does.
		Kans fullTime = kans("Schoonmaker fulltime", Soort.BAAN, AALTEN, 32, LanguageLevel.A1, SCHOONMAKER_GEBOUWEN,
				Set.of());
		Kans hygienist = kans("Bijscholing mondhygiëne", Soort.OPLEIDING, AALTEN, 4, LanguageLevel.A2, MONDHYGIENIST,
				Set.of());
		assertThat(matching.opportunitiesFor(DENTIST, List.of(fullTime, RECOGNITION), 10).get(1).dualPath()).isNull();
		Match withCourse = matching.opportunitiesFor(DENTIST, List.of(fullTime, RECOGNITION, hygienist), 10)
			.stream()
			.filter(m -> m.kans().equals(fullTime))
			.findFirst()
			.orElseThrow();
		assertThat(withCourse.dualPathSuggestion()).hasValueSatisfying(dual -> {
			assertThat(dual.training()).isEqualTo(hygienist);
			assertThat(dual.relatedness()).isEqualTo(Relatedness.UNIT_GROUP);
			assertThat(dual.hoursTogether()).isEqualTo(36);
		});
	}

	@Test
	void underemploymentRanksBelowAJobOfComparableFitThatUsesTheTalent() {
		// No prior occupations, so the occupation component is equal; master's education
		// puts the person at level 4.
		Talent graduate = talent("Farid", AALTEN, 7, List.of(), Set.of(), 36, FLEXIBLE, LanguageLevel.B2, 30);
		Kans accountant = kans("Assistent-accountant", Soort.BAAN, AALTEN, 24, LanguageLevel.B1, ACCOUNTANT, Set.of());
		Kans cleaner = kans("Schoonmaker", Soort.BAAN, AALTEN, 24, LanguageLevel.B1, SCHOONMAKER_GEBOUWEN, Set.of());
		Kans assistant = kans("Tandartsassistent", Soort.BAAN, AALTEN, 24, LanguageLevel.B1, TANDARTSASSISTENT,
				Set.of());

		List<Match> matches = matching.opportunitiesFor(graduate, List.of(cleaner, assistant, accountant), 10);

		assertThat(matches).extracting(Match::kans).containsExactly(accountant, assistant, cleaner);
		assertThat(matches).extracting(Match::underemployment).containsExactly(false, false, true); // level
																									// 4,
																									// 3
																									// and
																									// 1
		assertThat(matches.get(0).score() - matches.get(2).score())
			.isEqualTo(Component.LEVEL.weight() - Component.UNDEREMPLOYMENT.weight(), within(1e-9));
	}

	@Test
	void sportAndBuddiesAreNeverFlaggedButLowLevelVolunteeringIs() {
		Talent graduate = talent("Farid", AALTEN, 7, List.of(TANDARTS), Set.of("sport"), 36, FLEXIBLE, LanguageLevel.B2,
				30);
		Kans football = kans("Voetbaltrainer", Soort.SPORT, AALTEN, 4, LanguageLevel.A1, null, Set.of("sport"));
		Kans buddy = kans("Maatje", Soort.BUDDY, AALTEN, 2, LanguageLevel.A1, SCHOONMAKER_GEBOUWEN, Set.of());
		Kans volunteerCleaning = kans("Schoonmaak buurthuis", Soort.VRIJWILLIGERSWERK, AALTEN, 4, LanguageLevel.A1,
				SCHOONMAKER_GEBOUWEN, Set.of());

		List<Match> matches = matching.opportunitiesFor(graduate, List.of(football, buddy, volunteerCleaning), 10);

		assertThat(matches).filteredOn(m -> m.kans().soort() != Soort.VRIJWILLIGERSWERK)
			.allMatch(m -> !m.underemployment());
		assertThat(matches).filteredOn(m -> m.kans().equals(volunteerCleaning))
			.singleElement()
			.matches(Match::underemployment);
		assertThat(components(matches.getFirst())).doesNotContain(Component.OCCUPATION, Component.LEVEL);
	}

	@Test
	void interestsAloneRankVolunteeringAndSport() {
		Talent young = talent("Rahel", AALTEN, 2, List.of(), Set.of("sport", "kinderen"), 10, FLEXIBLE,
				LanguageLevel.A1, 15);
		Kans football = kans("Jeugdtrainer voetbal", Soort.SPORT, AALTEN, 3, LanguageLevel.A1, null,
				Set.of("sport", "kinderen"));
		Kans swimming = kans("Zwemles", Soort.SPORT, AALTEN, 2, LanguageLevel.A1, null, Set.of("sport", "water"));
		Kans cooking = kans("Kookcafé", Soort.VRIJWILLIGERSWERK, AALTEN, 4, LanguageLevel.A1, null, Set.of("koken"));

		List<Match> matches = matching.opportunitiesFor(young, List.of(cooking, swimming, football), 10);

		assertThat(matches).extracting(Match::kans).containsExactly(football, swimming, cooking);
		assertThat(points(matches.get(0), Component.INTEREST)).isEqualTo(Component.INTEREST.weight());
		assertThat(points(matches.get(1), Component.INTEREST)).isEqualTo(Component.INTEREST.weight() / 2.0);
		assertThat(points(matches.get(2), Component.INTEREST)).isZero();
		assertThat(matches.get(0).reasons()).filteredOn(r -> r instanceof InterestReason)
			.singleElement()
			.isEqualTo(new InterestReason(20, Set.of("sport", "kinderen")));
		assertThat(matches)
			.allSatisfy(m -> assertThat(components(m)).doesNotContain(Component.OCCUPATION, Component.LEVEL));
		assertThat(matches).noneMatch(Match::underemployment);
	}

	@Test
	void distanceCountsWithinTheTravelRangeAndExcludesFarBeyondIt() {
		Talent person = talent("Yonas", AALTEN, 3, List.of(), Set.of(), 40, FLEXIBLE, LanguageLevel.B1, 36);
		Kans here = kans("Hier", Soort.VRIJWILLIGERSWERK, AALTEN, 4, LanguageLevel.A1, null, Set.of());
		Kans near = kans("Dichtbij", Soort.VRIJWILLIGERSWERK, WINTERSWIJK, 4, LanguageLevel.A1, null, Set.of());
		Kans justBeyond = kans("Net te ver", Soort.VRIJWILLIGERSWERK, ARNHEM, 4, LanguageLevel.A1, null, Set.of());
		Kans far = kans("Ver weg", Soort.VRIJWILLIGERSWERK, AMSTERDAM, 4, LanguageLevel.A1, null, Set.of());

		List<Match> matches = matching.opportunitiesFor(person, List.of(far, justBeyond, near, here), 10);

		assertThat(matches).extracting(Match::kans).containsExactly(here, near, justBeyond);
		assertThat(points(matches.get(0), Component.DISTANCE)).isEqualTo(15);
		assertThat(points(matches.get(1), Component.DISTANCE)).isEqualTo(15 * (1 - 0.5 * 10 / 36), within(1e-9));
		assertThat(matches.get(2).reasons()).contains(new DistanceReason(0, 45, 36)); // 45
																						// km
																						// is
																						// within
																						// 1.25
																						// ×
																						// 36
		assertThat(matching.assess(person, far)).isInstanceOfSatisfying(Excluded.class,
				e -> assertThat(e.exclusions()).containsExactly(Exclusion.TOO_FAR));
		Talent stayAtHome = talent("Hana", AALTEN, 3, List.of(), Set.of(), 40, FLEXIBLE, LanguageLevel.B1, 0);
		assertThat(matching.opportunitiesFor(stayAtHome, List.of(far, justBeyond, near, here), 10))
			.extracting(Match::kans)
			.containsExactly(here);
	}

	@Test
	void jobsRequireDutchAtMostOneStepBelowTrainingAndVolunteeringGivePartialCredit() {
		Kans job = kans("Verkoper", Soort.BAAN, AALTEN, 20, LanguageLevel.B1, null, Set.of());
		Kans training = kans("Opleiding verkoop", Soort.OPLEIDING, AALTEN, 20, LanguageLevel.B1, null, Set.of());
		Kans volunteering = kans("Winkel kringloop", Soort.VRIJWILLIGERSWERK, AALTEN, 20, LanguageLevel.B1, null,
				Set.of());
		Talent a1 = talent("Ali", AALTEN, 3, List.of(), Set.of(), 36, FLEXIBLE, LanguageLevel.A1, 20);
		Talent a2 = talent("Omar", AALTEN, 3, List.of(), Set.of(), 36, FLEXIBLE, LanguageLevel.A2, 20);
		Talent b2 = talent("Sara", AALTEN, 3, List.of(), Set.of(), 36, FLEXIBLE, LanguageLevel.B2, 20);

		assertThat(matching.assess(a1, job)).isInstanceOfSatisfying(Excluded.class,
				e -> assertThat(e.exclusions()).containsExactly(Exclusion.DUTCH_LEVEL));
		assertThat(language(matching.assess(a2, job))).isZero();
		assertThat(language(matching.assess(b2, job))).isEqualTo(10);
		assertThat(language(matching.assess(a1, training))).isZero();
		assertThat(language(matching.assess(a2, training))).isEqualTo(5);
		assertThat(language(matching.assess(a2, volunteering))).isEqualTo(5);
		assertThat(matching.opportunitiesFor(a1, List.of(job, training, volunteering), 10)).extracting(Match::kans)
			.containsExactlyInAnyOrder(training, volunteering);
		assertThat(((Match) matching.assess(a2, job)).reasons())
			.contains(new LanguageReason(0, LanguageLevel.A2, LanguageLevel.B1));
	}

	@Test
	void scheduleNeedsACommonDayAndEnoughHours() {
		Talent mornings = talent("Lina", AALTEN, 3, List.of(), Set.of(), 16,
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LanguageLevel.B1, 20);
		Kans monday = kans("Maandag", Soort.VRIJWILLIGERSWERK, AALTEN, 4, EnumSet.of(DayOfWeek.MONDAY),
				LanguageLevel.A1, null, List.of(), Set.of());
		Kans mondayAndFriday = kans("Maandag en vrijdag", Soort.VRIJWILLIGERSWERK, AALTEN, 8,
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LanguageLevel.A1, null, List.of(), Set.of());
		Kans anyDay = kans("Flexibel", Soort.VRIJWILLIGERSWERK, AALTEN, 8, FLEXIBLE, LanguageLevel.A1, null, List.of(),
				Set.of());
		Kans thursday = kans("Donderdag", Soort.VRIJWILLIGERSWERK, AALTEN, 4, EnumSet.of(DayOfWeek.THURSDAY),
				LanguageLevel.A1, null, List.of(), Set.of());
		Kans fullTime = kans("Fulltime", Soort.BAAN, AALTEN, 36, WORKDAYS, LanguageLevel.A1, null, List.of(), Set.of());

		assertThat(points((Match) matching.assess(mornings, monday), Component.SCHEDULE)).isEqualTo(10);
		assertThat(points((Match) matching.assess(mornings, anyDay), Component.SCHEDULE)).isEqualTo(10);
		assertThat(points((Match) matching.assess(mornings, mondayAndFriday), Component.SCHEDULE)).isEqualTo(7.5);
		assertThat(((Match) matching.assess(mornings, mondayAndFriday)).reasons())
			.contains(new ScheduleReason(7.5, Set.of(DayOfWeek.MONDAY), 8, 16));
		assertThat(mondayAndFriday.days()).isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
			.containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
			.doesNotContain(DayOfWeek.TUESDAY);
		assertThat(matching.assess(mornings, thursday)).isInstanceOfSatisfying(Excluded.class,
				e -> assertThat(e.exclusions()).containsExactly(Exclusion.NO_COMMON_DAYS));
		assertThat(matching.assess(mornings, fullTime)).isInstanceOfSatisfying(Excluded.class,
				e -> assertThat(e.exclusions()).containsExactly(Exclusion.NOT_ENOUGH_HOURS));
		assertThat(
				matching.opportunitiesFor(mornings, List.of(thursday, fullTime, mondayAndFriday, monday, anyDay), 10))
			.extracting(Match::kans)
			.containsExactlyInAnyOrder(monday, anyDay, mondayAndFriday);
	}

	@Test
	void excludedPairsListEveryRuleTheyFail() {
		Talent person = talent("Ali", AALTEN, 3, List.of(), Set.of(), 8, EnumSet.of(DayOfWeek.MONDAY), LanguageLevel.A0,
				10);
		Kans job = kans("Ver en veel", Soort.BAAN, AMSTERDAM, 36, EnumSet.of(DayOfWeek.FRIDAY), LanguageLevel.B2, null,
				List.of(), Set.of());
		assertThat(matching.assess(person, job)).isInstanceOfSatisfying(Excluded.class,
				e -> assertThat(e.exclusions()).containsExactlyInAnyOrder(Exclusion.values()));
	}

	@Test
	void trainingOrientingOnSeveralOccupationsCountsEachOfThem() {
		Talent cook = talent("Karim", AALTEN, 3, List.of(KOK), Set.of(), 36, FLEXIBLE, LanguageLevel.A2, 30);
		Kans orientation = kans("Oriëntatie horeca en techniek", Soort.OPLEIDING, AALTEN, 16, FLEXIBLE,
				LanguageLevel.A2, null, List.of(LASSER, KOK), Set.of());
		Match match = (Match) matching.assess(cook, orientation);
		assertThat(occupationReason(match)).isEqualTo(new OccupationReason(30, Relatedness.SAME_OCCUPATION, KOK, KOK));
	}

	@Test
	void relatednessFollowsTheIscoHierarchy() {
		Talent dentist = talent("Amal", AALTEN, 7, List.of(TANDARTS), Set.of(), 38, FLEXIBLE, LanguageLevel.C1, 30);
		Map<String, Relatedness> expected = Map.of(TANDARTS, Relatedness.SAME_OCCUPATION, TANDARTSSPECIALIST,
				Relatedness.UNIT_GROUP, APOTHEKER, Relatedness.MINOR_GROUP, HUISARTS, Relatedness.SUB_MAJOR_GROUP,
				TANDARTSASSISTENT, Relatedness.RELATED_FIELD, ACCOUNTANT, Relatedness.MAJOR_GROUP, KOK,
				Relatedness.NONE);
		List<Kans> jobs = new ArrayList<>(); // training, so that one level below fits as
												// well as the same level
		expected.keySet()
			.forEach(uri -> jobs
				.add(kans("Opleiding " + uri, Soort.OPLEIDING, AALTEN, 20, LanguageLevel.B1, uri, Set.of())));

		List<Match> matches = matching.opportunitiesFor(dentist, jobs, 10);

		assertThat(matches).extracting(m -> occupationReason(m).relatedness())
			.containsExactly(Relatedness.SAME_OCCUPATION, Relatedness.UNIT_GROUP, Relatedness.MINOR_GROUP,
					Relatedness.SUB_MAJOR_GROUP, Relatedness.RELATED_FIELD, Relatedness.MAJOR_GROUP, Relatedness.NONE);
		assertThat(matches).allSatisfy(
				m -> assertThat(occupationReason(m).relatedness()).isEqualTo(expected.get(m.kans().occupation())));
	}

	@Test
	void candidatesForAJobRankTheRightPeople() {
		Kans assistantJob = kans("Tandartsassistent", Soort.BAAN, AALTEN, 24, WORKDAYS, LanguageLevel.B1,
				TANDARTSASSISTENT, List.of(), Set.of("zorg"));
		Talent formerAssistant = talent("Nour", WINTERSWIJK, 5, List.of(TANDARTSASSISTENT), Set.of("zorg"), 32,
				WORKDAYS, LanguageLevel.B1, 25);
		Talent dentist = talent("Amal", AALTEN, 7, List.of(TANDARTS), Set.of("zorg"), 38, FLEXIBLE, LanguageLevel.A2,
				30);
		Talent cook = talent("Karim", AALTEN, 3, List.of(KOK), Set.of("koken"), 36, FLEXIBLE, LanguageLevel.B1, 30);
		Talent tooFar = talent("Mila", AMSTERDAM, 5, List.of(TANDARTSASSISTENT), Set.of("zorg"), 36, FLEXIBLE,
				LanguageLevel.B2, 30);
		Talent weekends = talent("Dawit", AALTEN, 5, List.of(TANDARTSASSISTENT), Set.of("zorg"), 36,
				EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LanguageLevel.B2, 30);

		List<Match> candidates = matching.candidatesFor(assistantJob,
				List.of(cook, tooFar, dentist, weekends, formerAssistant), 10);

		assertThat(candidates).extracting(Match::talent).containsExactly(formerAssistant, dentist, cook);
		assertThat(candidates).noneMatch(Match::underemployment); // the dentist is one
																	// level above, not
																	// two
		assertThat(matching.candidatesFor(assistantJob, List.of(cook, tooFar, dentist, weekends, formerAssistant), 1))
			.extracting(Match::talent)
			.containsExactly(formerAssistant);
	}

	@Test
	void tiesAreBrokenByIdAndTheOrderOfTheInputDoesNotMatter() {
		Talent person = talent("Ali", AALTEN, 3, List.of(), Set.of("sport"), 36, FLEXIBLE, LanguageLevel.B1, 20);
		List<Kans> same = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			same.add(kans("Sportmaatje " + i, Soort.SPORT, AALTEN, 2, LanguageLevel.A1, null, Set.of("sport")));
		}
		List<UUID> byId = same.stream().map(Kans::id).sorted().toList();

		List<Match> first = matching.opportunitiesFor(person, same, 5);
		Collections.shuffle(same, new Random(7));
		List<Match> second = matching.opportunitiesFor(person, same, 5);

		assertThat(first).extracting(m -> m.kans().id()).containsExactlyElementsOf(byId.subList(0, 5));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void theTopOfALargeListIsTheTopOfTheFullRankingAndTheReasonsAddUpToTheScore() {
		Random random = new Random(42);
		List<GemeenteCode> places = List.of(AALTEN, WINTERSWIJK, DOETINCHEM, ARNHEM, AMSTERDAM);
		List<String> uris = List.copyOf(OCCUPATIONS.keySet()).stream().sorted().toList();
		List<String> tags = List.of("sport", "zorg", "techniek", "koken", "kinderen");
		List<Kans> kansen = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			Soort soort = Soort.values()[random.nextInt(Soort.values().length)];
			boolean occupational = soort != Soort.SPORT && soort != Soort.BUDDY && random.nextInt(4) > 0;
			kansen
				.add(kans("Kans " + i, soort, places.get(random.nextInt(places.size())), 2 + random.nextInt(30),
						random.nextBoolean() ? FLEXIBLE : EnumSet.of(DayOfWeek.of(1 + random.nextInt(7))),
						LanguageLevel.values()[random.nextInt(5)],
						occupational ? uris.get(random.nextInt(uris.size())) : null,
						soort == Soort.OPLEIDING && random.nextBoolean()
								? List.of(uris.get(random.nextInt(uris.size()))) : List.of(),
						Set.of(tags.get(random.nextInt(tags.size())))));
		}
		Talent person = talent("Amal", AALTEN, 7, List.of(TANDARTS, KOK), Set.of("zorg", "koken"), 30,
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LanguageLevel.A2, 30);

		List<Match> all = new ArrayList<>();
		for (Kans kans : kansen) {
			if (matching.assess(person, kans) instanceof Match match) {
				all.add(match);
			}
		}
		all.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.kans().id()));
		List<Match> top = matching.opportunitiesFor(person, kansen, 25);

		assertThat(top).extracting(Match::kans)
			.containsExactlyElementsOf(all.subList(0, 25).stream().map(Match::kans).toList());
		assertThat(all).hasSizeGreaterThan(100).allSatisfy(match -> {
			assertThat(match.score()).isBetween(0.0, 100.0);
			assertThat(match.reasons().stream().mapToDouble(Reason::points).sum()).isCloseTo(match.score(),
					within(1e-9));
		});
		assertThat(top).allSatisfy(match -> assertThat(match.reasons().stream().mapToDouble(Reason::points).sum())
			.isCloseTo(match.score(), within(1e-9)));
	}

	@Test
	void looksUpEachOccupationOnceAndToleratesUnknownOnes() {
		AtomicInteger lookups = new AtomicInteger();
		Function<String, Optional<Occupation>> counting = uri -> {
			lookups.incrementAndGet();
			return Optional.ofNullable(OCCUPATIONS.get(uri));
		};
		TalentMatching counted = new TalentMatching(TalentMatchingTests::km, counting);
		Kans unknown = kans("Onbekend beroep", Soort.BAAN, AALTEN, 20, LanguageLevel.A1, ESCO + "unknown", Set.of());

		for (int i = 0; i < 3; i++) {
			counted.opportunitiesFor(DENTIST, List.of(RECOGNITION, OFFICE_CLEANER, unknown), 10);
		}

		assertThat(lookups).hasValue(3); // tandarts, schoonmaker gebouwen, unknown
		Match match = (Match) counted.assess(DENTIST, unknown);
		assertThat(occupationReason(match).relatedness()).isEqualTo(Relatedness.NONE);
		assertThat(components(match)).doesNotContain(Component.LEVEL);
		assertThat(match.underemployment()).isFalse();
	}

	@Test
	void aLimitOfZeroOrNothingToChooseFromGivesNothing() {
		assertThat(matching.opportunitiesFor(DENTIST, List.of(RECOGNITION), 0)).isEmpty();
		assertThat(matching.opportunitiesFor(DENTIST, List.of(), 10)).isEmpty();
		assertThat(matching.candidatesFor(RECOGNITION, List.of(), 10)).isEmpty();
	}

	private static OccupationReason occupationReason(Match match) {
		return match.reasons()
			.stream()
			.filter(OccupationReason.class::isInstance)
			.map(OccupationReason.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static double points(Match match, Component component) {
		return match.reasons().stream().filter(r -> r.component() == component).mapToDouble(Reason::points).sum();
	}

	private static double language(TalentMatching.Assessment assessment) {
		return points((Match) assessment, Component.LANGUAGE);
	}

	private static List<Component> components(Match match) {
		return match.reasons().stream().map(Reason::component).toList();
	}

}
