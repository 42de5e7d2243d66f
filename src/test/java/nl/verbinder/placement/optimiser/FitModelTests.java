package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.placement.optimiser.FitModel.Component;
import nl.verbinder.placement.optimiser.FitModel.Household;
import nl.verbinder.placement.optimiser.FitModel.Member;
import nl.verbinder.placement.optimiser.FitModel.Place;
import org.junit.jupiter.api.Test;

/**
 * The fit model on hand-made places: every component moves the score the way a planner
 * would explain it.
 */
class FitModelTests {

	// Three municipalities in one labour-market region (Achterhoek) and one far away
	// (Maastricht).
	private static final Place DOETINCHEM = new Place("GM0222", "AM19", 51.965, 6.289);

	private static final Place WINTERSWIJK = new Place("GM0294", "AM19", 51.972, 6.720);

	private static final Place AALTEN = new Place("GM0197", "AM19", 51.925, 6.581);

	private static final Place MAASTRICHT = new Place("GM0935", "AM30", 50.851, 5.691);

	private static final List<Place> PLACES = List.of(DOETINCHEM, WINTERSWIJK, AALTEN, MAASTRICHT);

	private static double[] tightness(double elementary, double professionals) {
		double[] t = new double[10];
		Arrays.fill(t, 0.4);
		t[9] = elementary;
		t[2] = professionals;
		return t;
	}

	private static final FitModel.Context CONTEXT = new FitModel.Context(
			Map.of("AM19", tightness(0.3, 0.9), "AM30", tightness(0.3, 0.2)),
			Map.of("GM0222", Map.of("ti", 120), "GM0294", Map.of("ar", 40), "GM0197", Map.of(), "GM0935",
					Map.of("ti", 2)),
			Map.of("GM0294", Map.of("ti", 2), "GM0935", Map.of()), Set.of("GM0222", "GM0935"),
			Set.of("GM0222", "GM0294", "GM0935"));

	private final FitModel model = new FitModel(PLACES, CONTEXT, FitModel.Weights.DEFAULT);

	private static Household family(Set<String> preferred, Set<String> avoided, Set<String> ties, boolean care,
			Set<Integer> occupations) {
		return new Household("h", List.of(new Member(38, Set.of("ti", "am"), occupations),
				new Member(35, Set.of("ti"), Set.of()), new Member(14, Set.of("ti", "nl"), Set.of())), preferred,
				avoided, ties, care);
	}

	@Test
	void theOwnWishCountsAndAnAvoidedRegionScoresNothingForIt() {
		Household wantsWinterswijk = family(Set.of("GM0294"), Set.of("AM30"), Set.of(), false, Set.of());
		assertThat(model.explain(wantsWinterswijk, "GM0294").points().get(Component.WISH)).isEqualTo(25.0);
		assertThat(model.explain(wantsWinterswijk, "GM0935").points().get(Component.WISH)).isZero();
		Household noWish = family(Set.of(), Set.of(), Set.of(), false, Set.of());
		assertThat(model.explain(noWish, "GM0294").points().get(Component.WISH)).isEqualTo(12.5);
	}

	@Test
	void workFollowsTheAdultsOccupationsInTheRegionsLabourMarket() {
		Household dentist = family(Set.of(), Set.of(), Set.of(), false, Set.of(2));
		Household noKnownWork = family(Set.of(), Set.of(), Set.of(), false, Set.of());
		double here = model.explain(dentist, "GM0222").points().get(Component.WORK);
		double there = model.explain(dentist, "GM0935").points().get(Component.WORK);
		assertThat(here).isGreaterThan(there);
		assertThat(model.explain(noKnownWork, "GM0222").points().get(Component.WORK)).isLessThan(here);
	}

	@Test
	void aRegionWithoutLabourMarketDataScoresNeutralAndSaysSo() {
		FitModel partial = new FitModel(PLACES,
				new FitModel.Context(Map.of("AM19", tightness(0.3, 0.9)), Map.of(), Map.of(), Set.of(), Set.of()),
				FitModel.Weights.DEFAULT);
		var breakdown = partial.explain(family(Set.of(), Set.of(), Set.of(), false, Set.of(2)), "GM0935");
		assertThat(breakdown.noData()).contains(Component.WORK, Component.COMMUNITY, Component.KEY_PERSONS);
		assertThat(breakdown.points().get(Component.WORK)).isEqualTo(12.5);
	}

	@Test
	void communityAndKeyPersonsInTheirLanguageRaiseTheFitAndDutchSpeakersNeedNone() {
		Household tigrinya = family(Set.of(), Set.of(), Set.of(), false, Set.of());
		assertThat(model.explain(tigrinya, "GM0222").points().get(Component.COMMUNITY))
			.isGreaterThan(model.explain(tigrinya, "GM0294").points().get(Component.COMMUNITY));
		// Key persons count in the whole labour-market region: Winterswijk's two serve
		// Aalten as well.
		assertThat(model.explain(tigrinya, "GM0197").points().get(Component.KEY_PERSONS)).isGreaterThan(0);
		assertThat(model.explain(tigrinya, "GM0935").points().get(Component.KEY_PERSONS)).isZero();
		Household dutchOnly = new Household("d", List.of(new Member(30, Set.of("nl", "en"), Set.of())), Set.of(),
				Set.of(), Set.of(), false);
		assertThat(model.explain(dutchOnly, "GM0222").points().get(Component.COMMUNITY)).isEqualTo(15.0);
		assertThat(model.explain(dutchOnly, "GM0935").points().get(Component.COMMUNITY)).isEqualTo(15.0);
	}

	@Test
	void tiesCountInTheMunicipalityAndLessNearby() {
		Household family = family(Set.of(), Set.of(), Set.of("GM0294"), false, Set.of());
		assertThat(model.explain(family, "GM0294").points().get(Component.TIES)).isEqualTo(15.0);
		double aalten = model.explain(family, "GM0197").points().get(Component.TIES);
		assertThat(aalten).isGreaterThan(0).isLessThan(15.0);
		assertThat(model.explain(family, "GM0935").points().get(Component.TIES)).isZero();
	}

	@Test
	void needsMeetFacilities() {
		Household care = family(Set.of(), Set.of(), Set.of(), true, Set.of());
		assertThat(model.explain(care, "GM0222").points().get(Component.NEEDS)).isEqualTo(10.0);
		// No hospital in Aalten, one in the region; and no secondary school for the
		// 14-year-old.
		assertThat(model.explain(care, "GM0197").points().get(Component.NEEDS)).isCloseTo(4.0, within(1e-9));
	}

	@Test
	void pointsAddUpToTheScoreAndTheTopIsOrderedWithTheWeightsOfTheRun() {
		Household h = family(Set.of("GM0294"), Set.of(), Set.of("GM0294"), false, Set.of(2));
		for (Place p : PLACES) {
			var b = model.explain(h, p.code());
			assertThat(b.points().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(b.score(),
					within(1e-9));
			assertThat(b.score()).isBetween(0.0, 100.0);
		}
		var top = model.top(h, 3);
		assertThat(top).hasSize(3);
		assertThat(top.getFirst().gemeente()).isEqualTo("GM0294");
		assertThat(top.get(0).score()).isGreaterThanOrEqualTo(top.get(1).score());
		// Only work counts: the three Achterhoek municipalities (AM19, tight for
		// professionals) tie; the code decides.
		FitModel workOnly = new FitModel(PLACES, CONTEXT, new FitModel.Weights(Map.of(Component.WISH, 0,
				Component.COMMUNITY, 0, Component.KEY_PERSONS, 0, Component.TIES, 0, Component.NEEDS, 0)));
		assertThat(workOnly.top(h, 1).getFirst().gemeente()).isEqualTo("GM0197");
		assertThat(workOnly.scores(h)[3]).isLessThan(workOnly.scores(h)[0]);
	}

	@Test
	void weightsAreCheckedAndNationalityIsNoInput() {
		assertThatThrownBy(() -> new FitModel.Weights(Map.of(Component.WORK, -1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FitModel.Weights(Map.of(Component.WISH, 0, Component.WORK, 0, Component.COMMUNITY,
				0, Component.KEY_PERSONS, 0, Component.TIES, 0, Component.NEEDS, 0)))
			.isInstanceOf(IllegalArgumentException.class);
		for (var record : List.of(Household.class, Member.class)) {
			assertThat(Arrays.stream(record.getRecordComponents()).map(c -> c.getName().toLowerCase()))
				.noneMatch(n -> n.contains("nation") || n.contains("country") || n.contains("land")
						|| n.contains("origin") || n.contains("ethnic"));
		}
	}

}
