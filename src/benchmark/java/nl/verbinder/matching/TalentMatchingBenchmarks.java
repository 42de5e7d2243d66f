package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.verbinder.matching.Kans.Soort;
import nl.verbinder.reference.Occupation;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import java.util.Arrays;

/**
 * Talent-first matching on generated data: opportunities and people in real Dutch municipalities (weighted
 * by inhabitants; great-circle distances between label points) with real ESCO occupations (all 3,039, with
 * their ISCO-08 unit groups). Top 10 opportunities for one person among 50,000, and top 50 people for one
 * opportunity among 100,000; each invocation takes the next of 1,024 people or opportunities.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TalentMatchingBenchmarks {

	private static final String[] TAGS = { "sport", "zorg", "techniek", "koken", "kinderen", "taal", "natuur", "muziek",
			"handwerk", "ict", "administratie", "logistiek" };
	private static final DayOfWeek[] DAYS = DayOfWeek.values();

	/** Shared by both states: the reference files and a generator over them. */
	static final class Generator {

		final ReferenceFiles reference = new ReferenceFiles();
		final Random random = new Random(42);
		private final long[] cumulativeInwoners;

		Generator() {
			cumulativeInwoners = new long[reference.places.size()];
			long sum = 0;
			for (int i = 0; i < cumulativeInwoners.length; i++) {
				sum += reference.places.get(i).inwoners();
				cumulativeInwoners[i] = sum;
			}
		}

		TalentMatching matching() {
			return new TalentMatching(reference::km, uri -> Optional.ofNullable(reference.occupationsByUri.get(uri)));
		}

		/** A municipality, as likely as its share of the inhabitants. */
		GemeenteCode place() {
			long pick = (long) (random.nextDouble() * cumulativeInwoners[cumulativeInwoners.length - 1]);
			int i = Arrays.binarySearch(cumulativeInwoners, pick + 1);
			return reference.places.get(i >= 0 ? i : -i - 1).code();
		}

		String occupation() {
			List<Occupation> all = reference.occupations;
			return all.get(random.nextInt(all.size())).escoUri();
		}

		Set<String> tags(int min, int max) {
			Set<String> tags = new HashSet<>();
			int count = min + random.nextInt(max - min + 1);
			while (tags.size() < count) {
				tags.add(TAGS[random.nextInt(TAGS.length)]);
			}
			return tags;
		}

		/** Flexible with probability {@code flexible}, otherwise {@code min} to {@code max} random days. */
		Set<DayOfWeek> days(double flexible, int min, int max) {
			if (random.nextDouble() < flexible) {
				return Set.of();
			}
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			int count = min + random.nextInt(max - min + 1);
			while (days.size() < count) {
				days.add(DAYS[random.nextInt(5 + (random.nextInt(4) == 0 ? 2 : 0))]);
			}
			return days;
		}

		Kans kans() {
			int roll = random.nextInt(100);
			Soort soort = roll < 30 ? Soort.BAAN : roll < 50 ? Soort.OPLEIDING : roll < 60 ? Soort.STAGE
					: roll < 85 ? Soort.VRIJWILLIGERSWERK : roll < 95 ? Soort.SPORT : Soort.BUDDY;
			int hours = switch (soort) {
				case BAAN -> 16 + random.nextInt(25);
				case STAGE -> 16 + random.nextInt(17);
				case OPLEIDING -> 8 + random.nextInt(17);
				case VRIJWILLIGERSWERK -> 2 + random.nextInt(11);
				case SPORT -> 2 + random.nextInt(5);
				case BUDDY -> 2 + random.nextInt(3);
			};
			String occupation = null;
			List<String> orientation = List.of();
			switch (soort) {
				case BAAN, STAGE -> occupation = occupation();
				case OPLEIDING -> {
					if (random.nextInt(4) == 0) {
						orientation = List.of(occupation(), occupation(), occupation());
						occupation = random.nextBoolean() ? occupation() : null;
					}
					else {
						occupation = occupation();
					}
				}
				case VRIJWILLIGERSWERK -> occupation = random.nextInt(10) < 3 ? occupation() : null;
				default -> {
				}
			}
			LanguageLevel dutch = LanguageLevel.values()[soort == Soort.BAAN ? 1 + random.nextInt(4) : random.nextInt(4)];
			return new Kans(UUID.randomUUID(), soort, UUID.randomUUID(), soort + " " + random.nextInt(1000), place(), hours,
					days(0.5, 1, 5), 1 + random.nextInt(5), dutch, occupation, orientation, tags(1, 3), "");
		}

		Talent talent() {
			List<String> prior = switch (random.nextInt(10)) {
				case 0, 1, 2 -> List.of();
				case 3, 4, 5, 6, 7 -> List.of(occupation());
				default -> List.of(occupation(), occupation());
			};
			return new Talent(UUID.randomUUID(), place(), random.nextInt(9), "", prior, tags(1, 4), 8 + random.nextInt(33),
					days(0.4, 2, 5), LanguageLevel.values()[random.nextInt(5)], 10 + random.nextInt(41));
		}
	}

	@State(Scope.Benchmark)
	public static class Opportunities {

		@Param({ "50000" })
		int opportunities;

		TalentMatching matching;
		List<Kans> kansen;
		List<Talent> people;
		int next;

		@Setup
		public void generate() {
			Generator generator = new Generator();
			matching = generator.matching();
			kansen = new ArrayList<>(opportunities);
			for (int i = 0; i < opportunities; i++) {
				kansen.add(generator.kans());
			}
			people = new ArrayList<>(1024);
			for (int i = 0; i < 1024; i++) {
				people.add(generator.talent());
			}
		}
	}

	@State(Scope.Benchmark)
	public static class Candidates {

		@Param({ "100000" })
		int people;

		TalentMatching matching;
		List<Talent> talents;
		List<Kans> kansen;
		int next;

		@Setup
		public void generate() {
			Generator generator = new Generator();
			matching = generator.matching();
			talents = new ArrayList<>(people);
			for (int i = 0; i < people; i++) {
				talents.add(generator.talent());
			}
			kansen = new ArrayList<>(1024);
			for (int i = 0; i < 1024; i++) {
				kansen.add(generator.kans());
			}
		}
	}

	@Benchmark
	public List<TalentMatching.Match> top10OpportunitiesForOnePerson(Opportunities state) {
		state.next = (state.next + 1) & 1023;
		return state.matching.opportunitiesFor(state.people.get(state.next), state.kansen, 10);
	}

	@Benchmark
	public List<TalentMatching.Match> top50CandidatesForOneOpportunity(Candidates state) {
		state.next = (state.next + 1) & 1023;
		return state.matching.candidatesFor(state.kansen.get(state.next), state.talents, 50);
	}
}
