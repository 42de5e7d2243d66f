package nl.verbinder.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * In-memory search over the occupation labels in every loaded language (preferred and
 * alternative). Prefix search finds labels that start with the query or contain a word
 * that does; exact search finds labels equal to the query after folding. Built once;
 * immutable and thread-safe afterwards.
 */
final class OccupationIndex {

	/** A searchable key: a folded label, or the tail of one starting at a word. */
	private record Entry(String key, int occupation, boolean wordStart, int labelLength) {
	}

	private final List<Occupation> occupations;

	private final Entry[] entries;

	private final String[] keys;

	private final Map<String, List<Integer>> exact = new HashMap<>();

	OccupationIndex(List<Occupation> occupations) {
		this.occupations = List.copyOf(occupations);
		List<Entry> list = new ArrayList<>();
		for (int i = 0; i < this.occupations.size(); i++) {
			Occupation o = this.occupations.get(i);
			int index = i;
			labels(o).map(TextNormalizer::fold).filter(s -> !s.isEmpty()).distinct().forEach(label -> {
				exact.computeIfAbsent(label, k -> new ArrayList<>(1)).add(index);
				list.add(new Entry(label, index, false, label.length()));
				for (int p = label.indexOf(' '); p >= 0; p = label.indexOf(' ', p + 1)) {
					list.add(new Entry(label.substring(p + 1), index, true, label.length()));
				}
			});
		}
		list.sort(Comparator.comparing(Entry::key));
		this.entries = list.toArray(Entry[]::new);
		this.keys = Arrays.stream(entries).map(Entry::key).toArray(String[]::new);
	}

	private static Stream<String> labels(Occupation o) {
		return Stream
			.of(Stream.of(o.labelNl(), o.labelEn(), o.labelAr(), o.labelUk(), o.labelFr()), o.altLabelsNl().stream(),
					o.altLabelsEn().stream())
			.flatMap(s -> s)
			.filter(s -> s != null && !s.isBlank());
	}

	/**
	 * Occupations with a label equal to {@code label} (case, accents and punctuation
	 * ignored).
	 */
	List<Occupation> byLabel(String label) {
		return exact.getOrDefault(TextNormalizer.fold(label), List.of()).stream().map(occupations::get).toList();
	}

	/**
	 * Occupations with a label or a word in a label that starts with {@code prefix}, best
	 * first: exact labels, then labels that start with it, then labels with a word that
	 * does; shorter labels first.
	 */
	List<Occupation> search(String prefix, int limit) {
		String query = TextNormalizer.fold(prefix);
		if (query.isEmpty() || limit <= 0) {
			return List.of();
		}
		int from = lowerBound(query);
		Map<Integer, Integer> best = new LinkedHashMap<>();
		for (int i = from; i < keys.length && keys[i].startsWith(query); i++) {
			Entry e = entries[i];
			int rank = (e.key().length() == query.length() && !e.wordStart() ? 0 : e.wordStart() ? 200_000 : 100_000)
					+ e.labelLength();
			best.merge(e.occupation(), rank, Math::min);
		}
		return best.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(en -> occupations.get(en.getKey()).labelEn()))
			.limit(limit)
			.map(en -> occupations.get(en.getKey()))
			.toList();
	}

	private int lowerBound(String query) {
		int low = 0;
		int high = keys.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (keys[mid].compareTo(query) < 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
