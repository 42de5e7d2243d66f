package nl.verbinder.placement.optimiser;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A household waiting in an AZC, placed as a whole. Its value at municipality m is
 * {@code size × score(m)}: the score is a per-person fit from 0 to 100.
 *
 * @param id unique id
 * @param size number of persons, at least 1
 * @param defaultScore per-person fit wherever {@code scores} says nothing
 * @param scores per-person fit by municipality code (sparse; overrides the default)
 * @param excluded municipalities this household must not go to
 * @param published municipality already told to the household (warm start: it stays
 * there), or null
 */
public record Huishouden(String id, int size, double defaultScore, Map<String, Double> scores, Set<String> excluded,
		@Nullable String published) {

	public Huishouden {
		scores = Map.copyOf(scores);
		excluded = Set.copyOf(excluded);
	}

	/**
	 * Per-person fit at the municipality (the default where no score is given); excluded
	 * ones are not asked.
	 */
	public double score(String code) {
		Double s = scores.get(code);
		return s == null ? defaultScore : s;
	}
}
