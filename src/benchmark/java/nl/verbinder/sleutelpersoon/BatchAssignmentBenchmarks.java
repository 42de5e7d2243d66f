package nl.verbinder.sleutelpersoon;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import java.util.Locale;

/**
 * The weekly batch assignment on generated instances with real municipality coordinates: a regional week
 * (60 key persons, 150 requests within 35 km of Doetinchem), a large region (300 / 800 within 80 km) and
 * the national stress case (2,000 / 5,000). Each run prints the objective, the LP bound and the gap against it,
 * the best proven bound, the greedy objective, whether the optimum is proven, the wall time and the peak heap;
 * JMH times the whole solve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchAssignmentBenchmarks {

	private static final String[] LANGUAGES = { "ar", "ar", "ar", "ti", "ti", "fa-AF", "fa", "ps", "tr", "ckb", "so", "uk", "am" };

	/**
	 * key persons : requests : radius in km around Doetinchem (0 = the whole country) : time limit in s for the
	 * whole solve : hours (ample: 4–16 a week, the requests need about 40 % of them; tight: 1–4, more demand than
	 * hours) : the gap in % at which to stop (the target; 0 or left out = prove the optimum)
	 */
	@Param({ "60:150:35:3:ample:0", "300:800:80:20:ample:1", "2000:5000:0:55:ample:4", "60:150:35:3:tight:0",
			"300:800:80:20:tight:1", "2000:5000:0:55:tight:4" })
	String instance;

	/** CP-SAT search workers: 1 is deterministic; 2 runs more strategies in parallel on this 2-core machine. */
	@Param({ "1" })
	int workers;

	private BatchAssignment batch;
	private List<Sleutelpersoon> pool;
	private List<Verzoek> requests;
	private double timeLimit;
	private final LocalDate today = LocalDate.of(2026, 11, 24);

	@Setup
	public void generate() throws Exception {
		String[] p = instance.split(":");
		int persons = Integer.parseInt(p[0]);
		int requestCount = Integer.parseInt(p[1]);
		double radius = Double.parseDouble(p[2]);
		timeLimit = Double.parseDouble(p[3]);
		boolean tight = p.length > 4 && p[4].equals("tight");
		double gap = p.length > 5 ? Double.parseDouble(p[5]) / 100 : 0;
		Municipalities municipalities = new Municipalities();
		List<GemeenteCode> area = municipalities.within(new GemeenteCode("GM0222"), radius);
		batch = new BatchAssignment(new CandidateRanking(municipalities::km), workers, gap);
		Random random = new Random(42);
		pool = new ArrayList<>();
		for (int k = 0; k < persons; k++) {
			GemeenteCode home = area.get(random.nextInt(area.size()));
			int range = 20 + random.nextInt(31);
			Set<GemeenteCode> workArea = new HashSet<>();
			for (GemeenteCode g : area) {
				if (municipalities.km(home, g) <= range) {
					workArea.add(g);
				}
			}
			Set<String> codes = new HashSet<>();
			int count = 1 + random.nextInt(3);
			while (codes.size() < count) {
				codes.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
			}
			pool.add(new Sleutelpersoon(UUID.randomUUID(), "K" + k, "P",
					codes.stream().map(c -> new Sleutelpersoon.Taal(new TaalCode(c), LanguageLevel.values()[3 + random.nextInt(5)])).toList(),
					Set.of(), EnumSet.of(Rol.values()[random.nextInt(3)]), EnumSet.of(Domein.values()[random.nextInt(14)]), home,
					workArea, range, tight ? 1 + random.nextInt(4) : 4 + random.nextInt(13),
					List.of(new Sleutelpersoon.Dienstverband(Sleutelpersoon.Dienstverband.Vorm.VRIJWILLIGER, today.minusYears(1))),
					today.minusMonths(6), List.of(), today.minusYears(1), null, null, Sleutelpersoon.Contact.NONE));
		}
		requests = new ArrayList<>();
		for (int r = 0; r < requestCount; r++) {
			requests.add(new Verzoek(UUID.randomUUID(), Verzoek.Soort.values()[random.nextInt(5)],
					List.of(new TaalCode(LANGUAGES[random.nextInt(LANGUAGES.length)])), Rol.values()[random.nextInt(3)],
					Domein.values()[random.nextInt(14)], area.get(random.nextInt(area.size())), "", today.plusDays(1),
					today.plusDays(5), 30 + 30 * random.nextInt(4), Verzoek.Urgentie.NORMAAL, null, null, "Verzoek " + r,
					UUID.randomUUID(), Verzoek.Status.OPEN, null, Set.of(), null));
		}
	}

	@Benchmark
	public BatchAssignment.Result solveWeek() {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(m -> m.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		var result = batch.solve(requests, pool, Map.of(), today, timeLimit);
		long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
		double lpGap = result.lpBound() <= 0 ? 0 : (result.lpBound() - result.objective()) / result.lpBound();
		System.out.printf(Locale.ROOT,
				"%nFIGURES %s, %d worker(s): assigned %d of %d, objective %.1f, LP bound %.1f, gap to LP bound %.2f%%, best bound %.1f (gap %.2f%%), optimal %s, greedy %.1f (%.1f%% below), %d ms, peak heap %d MB%n",
				instance, workers, result.assignments().size(), requests.size(), result.objective(), result.lpBound(), 100 * lpGap,
				result.bound(), 100 * result.gap(), result.optimal(), result.greedyObjective(),
				result.objective() == 0 ? 0 : 100 * (result.objective() - result.greedyObjective()) / result.objective(),
				result.millis(), peak / (1024 * 1024));
		return result;
	}
}
