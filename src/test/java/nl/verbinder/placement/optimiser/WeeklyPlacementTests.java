package nl.verbinder.placement.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WeeklyPlacementTests {

	private static final List<WeeklyPlacement.Strategy> ALL = List.of(WeeklyPlacement.Strategy.values());

	@Test
	void weeklyRunsMeetTheHalfYearQuotasInTheSimulator() {
		for (ArrivalPattern pattern : List.of(ArrivalPattern.SEASONAL, ArrivalPattern.LATE_SURGE)) {
			HalfYear year = HalfYear.generate(pattern, 240, 11, 3, 24);
			HalfYearSimulator.Report report = HalfYearSimulator.simulate(year, ALL, 0.5, 5);
			for (HalfYearSimulator.Outcome o : report.outcomes()) {
				assertThat(o.quotasMet()).as("%s %s: %s", pattern, o.strategy(), report.lines()).isTrue();
				assertThat(o.fit()).as("hindsight at least %s", o.strategy())
					.isLessThanOrEqualTo(report.hindsight().fit() + 1e-6);
				assertThat(o.fit()).as("the bound holds for %s", o.strategy())
					.isLessThanOrEqualTo(report.bound() + 1e-6);
			}
		}
	}

	@Test
	void pricingTheQuotasBeatsTheWeeklyOptimumWhenLaterHouseholdsWantTheSameRoom() {
		HalfYear year = HalfYear.generate(ArrivalPattern.FLAT, 240, 7, 3, 24);
		HalfYearSimulator.Report report = HalfYearSimulator.simulate(year,
				List.of(WeeklyPlacement.Strategy.WEEKLY_OPTIMUM, WeeklyPlacement.Strategy.POTENTIALS), 0.5, 5);
		double blind = report.outcomes().get(1).fit();
		double priced = report.outcomes().get(2).fit();
		assertThat(priced).as(String.join("\n", report.lines())).isGreaterThan(blind);
	}

	@Test
	void aScarceMunicipalityIsPricedAndAnUnwantedOneSubsidised() {
		// GM0363: everyone's favourite, room for half; GM0344 has room; GM0599 is
		// nobody's
		// but must take at least 2
		var first = new Huishouden("h1", 2, 0, Map.of("GM0363", 90.0, "GM0344", 80.0, "GM0599", 10.0), Set.of(), null);
		var second = new Huishouden("h2", 2, 0, Map.of("GM0363", 95.0, "GM0344", 60.0, "GM0599", 10.0), Set.of(), null);
		var later = new Huishouden("f1", 2, 0, Map.of("GM0363", 99.0, "GM0344", 50.0, "GM0599", 10.0), Set.of(), null);
		QuotaPrices.Prices prices = QuotaPrices.prices(List.of("GM0363", "GM0344", "GM0599"), new int[] { 0, 0, 2 },
				new int[] { 4, 10, 10 }, List.of(first, second), List.of(later), 2);
		assertThat(prices.price()[0]).isGreaterThan(0);
		assertThat(prices.price()[2]).isLessThan(0);
		assertThat(Arrays.stream(prices.load()).sum()).isCloseTo(8, Offset.offset(1e-6));
		assertThat(prices.load()[0]).isCloseTo(4, Offset.offset(1e-6));
		assertThat(prices.load()[2]).isCloseTo(2, Offset.offset(1e-6));
	}

	@Test
	void aHalfYearsQuotasAddUpToItsPersonsAndNareizigersJoinLater() {
		HalfYear year = HalfYear.generate(ArrivalPattern.LATE_SURGE, 500, 3, 3);
		assertThat(year.quotas()).hasSize(342);
		assertThat(year.quotas().stream().mapToLong(Taakstelling::quota).sum()).isEqualTo(year.persons());
		assertThat(year.arrivals()).anyMatch(a -> a.nareizigers() > 0);
		year.arrivals().forEach(a -> {
			assertThat(a.joinWeek()).isBetween(a.week(), ArrivalPattern.WEEKS);
			assertThat(a.nareizigers()).isLessThan(a.household().size());
		});
		long early = year.arrivals().stream().filter(a -> a.week() <= 18).count();
		assertThat(early).as("a third of the volume in the first 18 weeks").isBetween(150L, 230L);
		assertThat(year.expectedAfter(0)).isCloseTo(500, Offset.offset(1e-9));
		assertThat(Arrays.stream(ArrivalPattern.SEASONAL.shares()).sum()).isCloseTo(1, Offset.offset(1e-12));
	}

}
