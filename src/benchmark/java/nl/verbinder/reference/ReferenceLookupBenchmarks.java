package nl.verbinder.reference;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import java.io.IOException;

/**
 * Reference-data lookups that other modules call on hot paths: occupation search over the 3,039 ESCO
 * occupations in five languages, exact label lookup, and a great-circle distance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReferenceLookupBenchmarks {

	@Param({ "tand", "verpleegkundige", "elektr", "طبيب", "програміст" })
	public String query;

	private List<Occupation> occupations;

	private OccupationIndex index;

	@Setup
	public void load() throws Exception {
		occupations = loadOccupations();
		index = new OccupationIndex(occupations);
	}

	@Benchmark
	public List<Occupation> prefixSearchTop10() {
		return index.search(query, 10);
	}

	@Benchmark
	public List<Occupation> exactLabel() {
		return index.byLabel(query);
	}

	static List<Occupation> loadOccupations() throws IOException {
		try (var reader = new BufferedReader(new InputStreamReader(
				ReferenceLookupBenchmarks.class.getResourceAsStream("/reference/esco_occupations.csv"),
				StandardCharsets.UTF_8))) {
			return Csv.read(reader)
				.stream()
				.map(r -> new Occupation(r.get("esco_uri"), r.get("esco_code"), r.get("isco_code"), r.get("label_nl"),
						r.get("label_en"), r.optional("label_ar"), r.optional("label_uk"), r.optional("label_fr"),
						r.list("alt_labels_nl"), r.list("alt_labels_en"), "yes".equals(r.get("eu_regulated"))))
				.toList();
		}
	}
}
