package nl.verbinder.placement.optimiser;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The placement optimiser on the default national instance (12,000 households, about 30,000 persons, seed 42)
 * and a 40,000-person one (15,750 households), against OR-Tools' MIP solver SCIP on the same model with a
 * time limit, and against the greedy baseline (reported from the optimiser's run). Each run prints a FIGURES
 * line: objective (fit), bound, gap to the bound, persons placed, wall time, peak heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PlacementBenchmarks {

	/** Households : seed. */
	@Param({ "12000:42", "15750:42" })
	String instance;

	/** optimiser (or ours: the same, with the greedy baseline) or scip:LIMIT_SECONDS. */
	@Param({ "optimiser", "scip:60" })
	String solver;

	private PlacementInstance generated;

	@Setup
	public void generate() {
		String[] p = instance.split(":");
		generated = InstanceGenerator.generate(Integer.parseInt(p[0]), Long.parseLong(p[1]));
	}

	@Benchmark
	public Object solve() {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(m -> m.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		String name = instance + " (" + generated.persons() + " persons, capacity " + generated.capacity() + ")";
		if (solver.equals("optimiser") || solver.equals("ours")) {
			PlacementResult r = new PlacementOptimiser().solve(generated, 1, 30);
			System.out.printf(Locale.ROOT, "%nFIGURES %s optimiser: objective %.2f, bound %.2f, gap %.4f%%, placed %d of %d, %d ms, peak heap %d MB%n",
					name, r.objective(), r.bound(), 100 * r.gap(), r.placedPersons(), generated.persons(), r.millis(), r.peakHeapMegabytes());
			System.out.printf(Locale.ROOT, "FIGURES %s greedy: objective %.2f, bound %.2f, gap %.4f%%, placed %d of %d%n", name,
					r.greedyObjective(), r.bound(), 100 * (r.bound() - r.greedyObjective()) / r.bound(), r.greedyPlacedPersons(),
					generated.persons());
			return r;
		}
		double limit = Double.parseDouble(solver.split(":")[1]);
		long start = System.nanoTime();
		double[] figures = scip(generated, limit);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum() / (1024 * 1024);
		System.out.printf(Locale.ROOT,
				"%nFIGURES %s SCIP (limit %.0f s): status %s, objective %.2f, bound %.2f, gap %.4f%%, placed %d of %d, %d ms (model built in %d ms), peak heap %d MB%n",
				name, limit, figures[4] == 0 ? "OPTIMAL" : figures[4] == 1 ? "FEASIBLE" : "NO SOLUTION", figures[0], figures[1],
				figures[1] <= 0 ? 0 : 100 * (figures[1] - figures[0]) / figures[1], (long) figures[2], generated.persons(), millis,
				(long) figures[3], peak);
		return figures;
	}

	/** Placement bonus per person in SCIP's objective (scores are 0–100), so that placing people comes first. */
	static final double SCIP_BONUS = 1000;

	/**
	 * The same model for SCIP: binary x[h,m] for the allowed pairs, Σ size·x ≤ capacity per municipality, at most
	 * one municipality per household, maximise Σ size·(bonus + score)·x. Returns {fit, fit bound, persons placed,
	 * build ms, status 0 optimal / 1 feasible / 2 none}; the fit bound is SCIP's best bound less the bonus for
	 * the persons it placed (valid for plans placing as many).
	 */
	static double[] scip(PlacementInstance instance, double limitSeconds) {
		Loader.loadNativeLibraries();
		long start = System.nanoTime();
		MPSolver s = MPSolver.createSolver("SCIP");
		List<Taakstelling> gs = instance.gemeenten();
		List<Huishouden> hs = instance.huishoudens();
		int m = gs.size();
		MPConstraint[] caps = new MPConstraint[m];
		for (int j = 0; j < m; j++) {
			caps[j] = s.makeConstraint(0, gs.get(j).capacity());
		}
		MPVariable[][] x = new MPVariable[hs.size()][m];
		var objective = s.objective();
		for (int i = 0; i < hs.size(); i++) {
			Huishouden h = hs.get(i);
			MPConstraint one = s.makeConstraint(0, 1);
			for (int j = 0; j < m; j++) {
				String code = gs.get(j).code();
				if (h.excluded().contains(code) || h.size() > gs.get(j).capacity()) {
					continue;
				}
				x[i][j] = s.makeBoolVar("");
				one.setCoefficient(x[i][j], 1);
				caps[j].setCoefficient(x[i][j], h.size());
				objective.setCoefficient(x[i][j], h.size() * (SCIP_BONUS + Math.round(h.score(code) * 10_000) / 10_000.0));
			}
		}
		objective.setMaximization();
		long build = (System.nanoTime() - start) / 1_000_000;
		s.setTimeLimit((long) (limitSeconds * 1000));
		MPSolver.ResultStatus status = s.solve();
		double fit = 0;
		long placed = 0;
		boolean solved = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
		if (solved) {
			for (int i = 0; i < hs.size(); i++) {
				for (int j = 0; j < m; j++) {
					if (x[i][j] != null && x[i][j].solutionValue() > 0.5) {
						fit += hs.get(i).size() * Math.round(hs.get(i).score(gs.get(j).code()) * 10_000) / 10_000.0;
						placed += hs.get(i).size();
					}
				}
			}
		}
		double bound = objective.bestBound() - SCIP_BONUS * placed;
		s.delete();
		return new double[] { fit, bound, placed, build, status == MPSolver.ResultStatus.OPTIMAL ? 0 : solved ? 1 : 2 };
	}
}
