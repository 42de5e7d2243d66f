package nl.verbinder.sleutelpersoon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import java.util.HashSet;

/**
 * Ranking the candidates for one request in a generated pool of key persons living in real Dutch
 * municipalities (label points from the reference data, great-circle distances), each with one to three
 * of the newcomers' languages, a working area of the municipalities within their travel range, and a
 * random load this week. Each invocation ranks a different request (random municipality and language).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankingBenchmarks {

	private static final String[] LANGUAGES = { "ar", "ar", "ar", "ti", "ti", "fa-AF", "fa", "ps", "tr", "ckb", "so", "uk", "am" };

	@Param({ "2000" })
	int keyPersons;

	private CandidateRanking ranking;
	private List<Sleutelpersoon> pool;
	private Map<UUID, CandidateRanking.Workload> workloads;
	private List<Verzoek> requests;
	private int next;
	private final LocalDate today = LocalDate.of(2026, 11, 24);

	@Setup
	public void generate() throws Exception {
		Municipalities municipalities = new Municipalities();
		List<GemeenteCode> gemeenten = municipalities.within(new GemeenteCode("GM0222"), 0);
		int n = gemeenten.size();
		ranking = new CandidateRanking(municipalities::km);
		Random random = new Random(42);
		pool = new ArrayList<>();
		workloads = new HashMap<>();
		for (int p = 0; p < keyPersons; p++) {
			GemeenteCode home = gemeenten.get(random.nextInt(n));
			int range = 15 + random.nextInt(40);
			Set<GemeenteCode> area = new HashSet<>();
			for (GemeenteCode g : gemeenten) {
				if (municipalities.km(home, g) <= range) {
					area.add(g);
				}
			}
			List<Sleutelpersoon.Taal> talen = new ArrayList<>();
			Set<String> codes = new HashSet<>();
			int count = 1 + random.nextInt(3);
			while (codes.size() < count) {
				codes.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
			}
			for (String code : codes) {
				talen.add(new Sleutelpersoon.Taal(new TaalCode(code), LanguageLevel.values()[3 + random.nextInt(5)]));
			}
			var person = new Sleutelpersoon(UUID.randomUUID(), "Sleutel" + p, "Persoon", talen, Set.of("SY"),
					EnumSet.of(Rol.values()[random.nextInt(3)]), EnumSet.of(Domein.values()[random.nextInt(14)]), home, area,
					range, 4 + random.nextInt(20),
					List.of(new Sleutelpersoon.Dienstverband(Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER, today.minusYears(1))),
					today.minusMonths(6), List.of(), today.minusYears(1), null, null, Sleutelpersoon.Contact.NONE);
			pool.add(person);
			workloads.put(person.id(), new CandidateRanking.Workload(random.nextInt(240), Set.of()));
		}
		requests = new ArrayList<>();
		for (int r = 0; r < 1024; r++) {
			requests.add(new Verzoek(UUID.randomUUID(), Verzoek.Soort.HUISBEZOEK,
					List.of(new TaalCode(LANGUAGES[random.nextInt(LANGUAGES.length)])), Rol.VERTALER, Domein.WERK,
					gemeenten.get(random.nextInt(n)), "", today.plusDays(1), today.plusDays(5), 60, Verzoek.Urgentie.NORMAAL, null,
					null, "Huisbezoek", UUID.randomUUID(), Verzoek.Status.OPEN, null, Set.of(), null));
		}
	}

	@Setup(Level.Invocation)
	public void nextRequest() {
		next = (next + 1) & 1023;
	}

	@Benchmark
	public CandidateRanking.Ranking rankOneRequest() {
		return ranking.rank(requests.get(next), pool, workloads, today);
	}
}
