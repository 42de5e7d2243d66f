package nl.verbinder.placement.optimiser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.verbinder.reference.Gemeente;

/**
 * Waiting households with attributes, and a context for the fit model, generated for
 * demonstrations and tests, deterministic per seed. The context is synthetic and says so:
 * the labour-market tightness, community sizes, key persons and facilities are drawn, not
 * measured; a planner with real figures loads them in the documented file format instead.
 */
public final class CandidateGenerator {

	private record Origin(String country, Set<String> languages, String[] male, String[] female, String[] family,
			double share) {
	}

	private static final List<Origin> ORIGINS = List.of(
			new Origin("SY", Set.of("ar", "ku"), new String[] { "Ahmad", "Omar", "Khaled", "Fadi", "Samer" },
					new String[] { "Rania", "Lina", "Huda", "Nour", "Aya" },
					new String[] { "Al-Khatib", "Haddad", "Nasser", "Darwish" }, 0.35),
			new Origin("ER", Set.of("ti"), new String[] { "Yonas", "Dawit", "Filmon", "Tesfay" },
					new String[] { "Selam", "Senait", "Helen", "Saba" },
					new String[] { "Ghebre", "Tekle", "Haile", "Berhane" }, 0.2),
			new Origin("AF", Set.of("fa-AF", "ps"), new String[] { "Ahmad", "Farid", "Najib", "Rahim" },
					new String[] { "Zahra", "Maryam", "Parisa", "Fatima" },
					new String[] { "Rahimi", "Ahmadi", "Karimi", "Sadat" }, 0.15),
			new Origin("TR", Set.of("tr", "ku"), new String[] { "Mehmet", "Emre", "Can" },
					new String[] { "Elif", "Zeynep", "Ayse" }, new String[] { "Yilmaz", "Kaya", "Demir" }, 0.1),
			new Origin("YE", Set.of("ar"), new String[] { "Ali", "Hassan" }, new String[] { "Amal", "Salma" },
					new String[] { "Al-Ahmar", "Saleh" }, 0.08),
			new Origin("SO", Set.of("so"), new String[] { "Abdi", "Mohamed" }, new String[] { "Hodan", "Faduma" },
					new String[] { "Warsame", "Farah" }, 0.07),
			new Origin("UA", Set.of("uk", "ru"), new String[] { "Oleksii", "Andrii" },
					new String[] { "Olena", "Iryna" }, new String[] { "Kovalenko", "Shevchenko" }, 0.05));

	/** Generated households plus the synthetic context for them. */
	public record Generated(List<Kandidaat> kandidaten, FitModel.Context context) {
	}

	private CandidateGenerator() {
	}

	public static Generated generate(List<Gemeente> gemeenten, int households, long seed, LocalDate today) {
		Random random = new Random(seed);
		List<Gemeente> weighted = new ArrayList<>(gemeenten);
		long population = gemeenten.stream().mapToLong(g -> g.inwoners() == null ? 10_000 : g.inwoners()).sum();
		List<String> regions = gemeenten.stream().map(Gemeente::arbeidsmarktregioCode).distinct().sorted().toList();
		List<Gemeente> azcs = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			azcs.add(pick(weighted, population, random));
		}
		List<Kandidaat> list = new ArrayList<>();
		for (int n = 0; n < households; n++) {
			Origin origin = origin(random);
			String family = origin.family()[random.nextInt(origin.family().length)];
			int size = size(random);
			List<Kandidaat.Lid> leden = new ArrayList<>();
			int adultAge = 20 + random.nextInt(35);
			boolean woman = random.nextInt(4) == 0;
			leden.add(member(origin, family, adultAge, woman, random, today, true));
			if (size > 1 && random.nextInt(5) > 0) {
				leden.add(member(origin, family, Math.max(18, adultAge + random.nextInt(9) - 4), !woman, random, today,
						true));
			}
			while (leden.size() < size) {
				leden.add(member(origin, family, random.nextInt(Math.max(1, Math.min(18, adultAge - 17))),
						random.nextBoolean(), random, today, false));
			}
			Set<String> preferred = new HashSet<>();
			Set<String> avoided = new HashSet<>();
			String words = "";
			if (random.nextInt(10) < 4) {
				preferred.add(regions.get(random.nextInt(regions.size())));
				words = "Liefst in de buurt van werk in ons vak";
			}
			if (random.nextInt(10) == 0) {
				avoided.add(regions.get(random.nextInt(regions.size())));
				words = words.isEmpty() ? "Niet te ver van een grote stad" : words + "; niet te ver van een grote stad";
			}
			Set<String> ties = new HashSet<>();
			if (random.nextInt(4) == 0) {
				ties.add(pick(weighted, population, random).code().value());
				words = words.isEmpty() ? "Familie woont al in Nederland" : words + "; familie woont al in Nederland";
			}
			Gemeente azc = azcs.get(random.nextInt(azcs.size()));
			list.add(new Kandidaat("H" + (n + 1), azc.code().value(), today.minusDays(30 + random.nextInt(300)), leden,
					words, preferred, avoided, ties, random.nextInt(12) == 0));
		}
		return new Generated(list, context(gemeenten, regions, population, random));
	}

	private static FitModel.Context context(List<Gemeente> gemeenten, List<String> regions, long population,
			Random random) {
		Map<String, double[]> tightness = new HashMap<>();
		for (String region : regions) {
			double[] t = new double[10];
			double base = 0.3 + 0.4 * random.nextDouble();
			for (int g = 0; g < 10; g++) {
				t[g] = Math.max(0, Math.min(1, base + (random.nextDouble() - 0.5) * 0.5));
			}
			tightness.put(region, t);
		}
		Map<String, Map<String, Integer>> communities = new HashMap<>();
		Map<String, Map<String, Integer>> keyPersons = new HashMap<>();
		Set<String> hospitals = new HashSet<>();
		Set<String> schools = new HashSet<>();
		for (Gemeente g : gemeenten) {
			long inwoners = g.inwoners() == null ? 10_000 : g.inwoners();
			Map<String, Integer> speakers = new HashMap<>();
			Map<String, Integer> key = new HashMap<>();
			for (Origin o : ORIGINS) {
				for (String language : o.languages()) {
					int n = (int) Math.round(inwoners / 1000.0 * o.share() * 4 * random.nextDouble());
					speakers.merge(language, n, Integer::sum);
					if (random.nextInt(20) == 0) {
						key.merge(language, 1 + random.nextInt(2), Integer::sum);
					}
				}
			}
			communities.put(g.code().value(), speakers);
			keyPersons.put(g.code().value(), key);
			if (inwoners > 60_000 || random.nextInt(30) == 0) {
				hospitals.add(g.code().value());
			}
			if (inwoners > 15_000 || random.nextInt(4) == 0) {
				schools.add(g.code().value());
			}
		}
		return new FitModel.Context(tightness, communities, keyPersons, hospitals, schools);
	}

	private static Kandidaat.Lid member(Origin origin, String family, int age, boolean female, Random random,
			LocalDate today, boolean adult) {
		String[] names = female ? origin.female() : origin.male();
		Set<String> languages = new HashSet<>(origin.languages());
		if (adult && random.nextInt(3) == 0) {
			languages.add("en");
		}
		int isced = adult ? random.nextInt(8) : Math.min(age / 4, 3);
		Set<Integer> groups = new HashSet<>();
		if (adult && random.nextInt(10) < 7) {
			groups.add(isced >= 6 ? 2 + random.nextInt(2) : 4 + random.nextInt(6));
		}
		LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
		return new Kandidaat.Lid(names[random.nextInt(names.length)], family, born, female ? "VROUW" : "MAN",
				origin.country(), languages, isced, groups, List.of());
	}

	private static Origin origin(Random random) {
		double r = random.nextDouble();
		for (Origin o : ORIGINS) {
			r -= o.share();
			if (r <= 0) {
				return o;
			}
		}
		return ORIGINS.getFirst();
	}

	private static int size(Random random) {
		double r = random.nextDouble();
		double[] shares = { 0.48, 0.12, 0.11, 0.11, 0.09, 0.05, 0.025, 0.01, 0.005 };
		for (int i = 0; i < shares.length; i++) {
			r -= shares[i];
			if (r <= 0) {
				return i + 1;
			}
		}
		return 1;
	}

	private static Gemeente pick(List<Gemeente> gemeenten, long population, Random random) {
		long target = (long) (random.nextDouble() * population);
		for (Gemeente g : gemeenten) {
			target -= g.inwoners() == null ? 10_000 : g.inwoners();
			if (target <= 0) {
				return g;
			}
		}
		return gemeenten.getLast();
	}

}
