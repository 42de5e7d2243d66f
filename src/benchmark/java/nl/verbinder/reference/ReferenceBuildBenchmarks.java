package nl.verbinder.reference;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Building the occupation index at start-up, and one great-circle distance. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ReferenceBuildBenchmarks {

	private List<Occupation> occupations;

	@Setup
	public void load() throws Exception {
		occupations = ReferenceLookupBenchmarks.loadOccupations();
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public OccupationIndex buildOccupationIndex() {
		return new OccupationIndex(occupations);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.NANOSECONDS)
	public double haversineKm() {
		return ReferenceData.haversineKm(51.9275, 6.5806, 51.9714, 6.7194);
	}
}
