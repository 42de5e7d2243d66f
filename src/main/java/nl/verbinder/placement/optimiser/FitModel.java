package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import java.util.EnumSet;

/**
 * The fit of a waiting household with a municipality, per person from 0 to 100, from
 * named components that a planner can read out to the household: its own wish, work for
 * the adults' occupations in that labour-market region, a community that speaks its
 * languages, key persons who speak them nearby, family or community ties, and needs
 * (care, secondary school) against facilities. Weights are set per run.
 *
 * <p>
 * Nationality or ethnicity is not an input: the model has no field for it. Language
 * enters only as a need for support (community, key persons). Where the context has no
 * data for a region (no labour-market figures, no community counts), that component
 * scores the neutral 0.5 and the explanation says so: nothing is invented.
 */
public final class FitModel {

	/** The components, each scoring 0 to 1, with their default weight. */
	public enum Component {

		WISH(25), WORK(25), COMMUNITY(15), KEY_PERSONS(10), TIES(15), NEEDS(10);

		private final int defaultWeight;

		Component(int defaultWeight) {
			this.defaultWeight = defaultWeight;
		}

		public int defaultWeight() {
			return defaultWeight;
		}

	}

	/** Weights per component (0 switches one off); at least one is positive. */
	public record Weights(Map<Component, Integer> values) {

		public static final Weights DEFAULT = new Weights(defaults());

		public Weights {
			EnumMap<Component, Integer> all = defaults();
			values.forEach((c, w) -> {
				if (w == null || w < 0 || w > 100) {
					throw new RuleViolation("rule.placement.weight",
							RuleViolation.name("placement.component." + c.name()), 0, 100);
				}
				all.put(c, w);
			});
			if (all.values().stream().mapToInt(Integer::intValue).sum() == 0) {
				throw new RuleViolation("rule.placement.no-weight");
			}
			values = Map.copyOf(all);
		}

		private static EnumMap<Component, Integer> defaults() {
			EnumMap<Component, Integer> m = new EnumMap<>(Component.class);
			for (Component c : Component.values()) {
				m.put(c, c.defaultWeight);
			}
			return m;
		}

		int total() {
			return values.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/**
	 * One member: age, the languages they speak (codes), the ISCO-08 major groups of
	 * their past work.
	 */
	public record Member(int age, Set<String> languages, Set<Integer> iscoMajorGroups) {

		public Member {
			if (age < 0 || age > 120) {
				throw new IllegalArgumentException("An age is 0 to 120: " + age);
			}
			languages = Set.copyOf(languages);
			iscoMajorGroups = Set.copyOf(iscoMajorGroups);
		}
	}

	/**
	 * A waiting household as far as fit goes: its members, the municipalities or
	 * labour-market regions (CBS codes GM… or AM…) it would like or would rather not, its
	 * ties (municipalities where family or its community live) and whether someone needs
	 * hospital care nearby.
	 */
	public record Household(String id, List<Member> members, Set<String> preferred, Set<String> avoided,
			Set<String> ties, boolean careNeed) {

		public Household {
			if (members.isEmpty()) {
				throw new IllegalArgumentException("Household " + id + " has no members");
			}
			members = List.copyOf(members);
			preferred = Set.copyOf(preferred);
			avoided = Set.copyOf(avoided);
			ties = Set.copyOf(ties);
		}
	}

	/** A municipality: its code, its labour-market region and its neighbours. */
	public record Place(String code, String arbeidsmarktregio, double lat, double lon) {
	}

	/**
	 * What the model knows of places, from documented input files (see
	 * docs/placement-instance-format.md): labour-market tightness per region and ISCO
	 * major group (0 to 1), speakers of a language per municipality, key persons per
	 * language per municipality, municipalities with a hospital and with secondary
	 * schools.
	 */
	public record Context(Map<String, double[]> tightness, Map<String, Map<String, Integer>> communities,
			Map<String, Map<String, Integer>> keyPersons, Set<String> hospitals, Set<String> secondarySchools) {

		public Context {
			tightness = Map.copyOf(tightness);
			communities = Map.copyOf(communities);
			keyPersons = Map.copyOf(keyPersons);
			hospitals = Set.copyOf(hospitals);
			secondarySchools = Set.copyOf(secondarySchools);
		}
	}

	/**
	 * The fit at one municipality with its parts: weighted points per component, and
	 * which had no data.
	 */
	public record Breakdown(String gemeente, double score, Map<Component, Double> points, Set<Component> noData) {
	}

	private static final double NEUTRAL = 0.5;

	private static final double TIE_KM = 30;

	private final List<Place> places;

	private final Map<String, List<Place>> byRegion = new HashMap<>();

	private final Map<String, Place> byCode = new HashMap<>();

	private final Context context;

	private final Weights weights;

	public FitModel(Collection<Place> places, Context context, Weights weights) {
		this.places = List.copyOf(places);
		this.context = context;
		this.weights = weights;
		this.places.forEach(p -> {
			byRegion.computeIfAbsent(p.arbeidsmarktregio(), k -> new ArrayList<>()).add(p);
			byCode.put(p.code(), p);
		});
	}

	/** The per-person fit (0 to 100) at every place, in the order of the places given. */
	public double[] scores(Household h) {
		double[] scores = new double[places.size()];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = explain(h, places.get(i)).score();
		}
		return scores;
	}

	/**
	 * The best {@code k} places for the household, with their breakdowns; ties by code.
	 */
	public List<Breakdown> top(Household h, int k) {
		return places.stream()
			.map(p -> explain(h, p))
			.sorted(Comparator.comparingDouble(Breakdown::score).reversed().thenComparing(Breakdown::gemeente))
			.limit(k)
			.toList();
	}

	public Breakdown explain(Household h, String gemeente) {
		Place place = byCode.get(gemeente);
		if (place == null) {
			throw new IllegalArgumentException("Unknown municipality " + gemeente);
		}
		return explain(h, place);
	}

	private Breakdown explain(Household h, Place place) {
		EnumMap<Component, Double> parts = new EnumMap<>(Component.class);
		EnumSet<Component> noData = EnumSet.noneOf(Component.class);
		parts.put(Component.WISH, wish(h, place));
		Double work = work(h, place);
		if (work == null) {
			noData.add(Component.WORK);
		}
		parts.put(Component.WORK, work == null ? NEUTRAL : work);
		Double community = languagePresence(h, context.communities(), place, 50, false);
		if (community == null) {
			noData.add(Component.COMMUNITY);
		}
		parts.put(Component.COMMUNITY, community == null ? NEUTRAL : community);
		Double keyPersons = languagePresence(h, context.keyPersons(), place, 3, true);
		if (keyPersons == null) {
			noData.add(Component.KEY_PERSONS);
		}
		parts.put(Component.KEY_PERSONS, keyPersons == null ? NEUTRAL : keyPersons);
		parts.put(Component.TIES, ties(h, place));
		parts.put(Component.NEEDS, needs(h, place));
		EnumMap<Component, Double> points = new EnumMap<>(Component.class);
		double total = 0;
		for (var e : parts.entrySet()) {
			double p = 100.0 * weights.values().get(e.getKey()) * e.getValue() / weights.total();
			points.put(e.getKey(), p);
			total += p;
		}
		return new Breakdown(place.code(), total, Map.copyOf(points), Set.copyOf(noData));
	}

	private static double wish(Household h, Place place) {
		if (h.avoided().contains(place.code()) || h.avoided().contains(place.arbeidsmarktregio())) {
			return 0;
		}
		if (h.preferred().contains(place.code())) {
			return 1;
		}
		if (h.preferred().contains(place.arbeidsmarktregio())) {
			return 0.8;
		}
		return h.preferred().isEmpty() ? NEUTRAL : 0.25;
	}

	/**
	 * Mean tightness for the working-age adults' occupations (their best group); null
	 * without data for the region.
	 */
	private @Nullable Double work(Household h, Place place) {
		double[] t = context.tightness().get(place.arbeidsmarktregio());
		if (t == null) {
			return null;
		}
		double sum = 0;
		int adults = 0;
		for (Member m : h.members()) {
			if (m.age() < 18 || m.age() > 66) {
				continue;
			}
			adults++;
			double best = t[9]; // without known work: elementary occupations
			for (int g : m.iscoMajorGroups()) {
				if (g >= 0 && g < t.length) {
					best = Math.max(best, t[g]);
				}
			}
			sum += best;
		}
		return adults == 0 ? NEUTRAL : sum / adults;
	}

	/**
	 * How present the household's languages are in the municipality, or its region when
	 * {@code regional}: the best of its languages (other than Dutch and English),
	 * saturating at {@code full}; 1 when it needs no other language. Null when the
	 * context has no counts for the place (a place listed with no languages has none).
	 */
	private @Nullable Double languagePresence(Household h, Map<String, Map<String, Integer>> counts, Place place,
			int full, boolean regional) {
		List<Place> area = regional ? byRegion.getOrDefault(place.arbeidsmarktregio(), List.of(place)) : List.of(place);
		boolean needed = h.members()
			.stream()
			.flatMap(m -> m.languages().stream())
			.anyMatch(l -> !l.equals("nl") && !l.equals("en"));
		if (!needed) {
			return 1.0; // speaks Dutch or English: no need for support in another
						// language
		}
		boolean known = false;
		double best = 0;
		for (Member m : h.members()) {
			for (String language : m.languages()) {
				if (language.equals("nl") || language.equals("en")) {
					continue;
				}
				int n = 0;
				for (Place p : area) {
					Map<String, Integer> here = counts.get(p.code());
					if (here != null) {
						known = true;
						n += here.getOrDefault(language, 0);
					}
				}
				best = Math.max(best, Math.min(1, Math.log1p(n) / Math.log1p(full)));
			}
		}
		return known ? best : null;
	}

	private double ties(Household h, Place place) {
		double best = 0;
		for (String tie : h.ties()) {
			if (tie.equals(place.code())) {
				return 1;
			}
			Place p = byCode.get(tie);
			if (p != null) {
				double km = km(p, place);
				double near = Math.max(0, 1 - km / (TIE_KM * 2));
				best = Math.max(best,
						p.arbeidsmarktregio().equals(place.arbeidsmarktregio()) ? Math.max(0.6, near) : near);
			}
		}
		return best;
	}

	private double needs(Household h, Place place) {
		double score = 1;
		boolean teenager = h.members().stream().anyMatch(m -> m.age() >= 12 && m.age() <= 17);
		if (h.careNeed() && !context.hospitals().contains(place.code())) {
			boolean inRegion = byRegion.getOrDefault(place.arbeidsmarktregio(), List.of())
				.stream()
				.anyMatch(p -> context.hospitals().contains(p.code()));
			score -= inRegion ? 0.3 : 0.6;
		}
		if (teenager && !context.secondarySchools().contains(place.code())) {
			score -= 0.3;
		}
		return Math.max(0, score);
	}

	private static double km(Place a, Place b) {
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLon = Math.toRadians(b.lon() - a.lon());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.lat()))
				* Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6371 * Math.asin(Math.sqrt(h));
	}

}
