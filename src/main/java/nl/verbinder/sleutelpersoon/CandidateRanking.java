package nl.verbinder.sleutelpersoon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleBiFunction;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;

/**
 * Ranks the key persons of a pool for one request. First the rules that exclude someone,
 * in this order (so that every exclusion after the first concerns someone who speaks the
 * language): none of the languages at B1 or better, not active, no valid VOG, declined
 * this request before, not working in that municipality, too far, not enough hours left
 * this week for the visit and the trip there and back; then a score of 0 to 100 from
 * named components, each of which is shown as a reason: language level, role, domain,
 * distance, continuity (knows the household already) and load (hours left this week,
 * which spreads the work fairly).
 */
public final class CandidateRanking {

	/** Average speed for travel time, there and back, in km/h. */
	public static final double TRAVEL_KMH = 50;

	/** The most each component adds to the score; together 100. */
	public enum Component {

		LANGUAGE(30), ROLE(20), DOMAIN(10), DISTANCE(15), CONTINUITY(15), LOAD(10);

		private final int weight;

		Component(int weight) {
			this.weight = weight;
		}

		public int weight() {
			return weight;
		}

	}

	/** Why a key person is not a candidate. */
	public enum Exclusion {

		LANGUAGE, INACTIVE, NO_VALID_VOG, DECLINED, OUTSIDE_AREA, TOO_FAR, NO_HOURS_LEFT

	}

	/**
	 * What the ranking knows about a key person beyond the pool record: this week's load
	 * and past households.
	 */
	public record Workload(int minutesThisWeek, Set<UUID> households) {

		public static final Workload NONE = new Workload(0, Set.of());

		public Workload {
			households = Set.copyOf(households);
		}
	}

	/** What the ranking concludes about one key person: a candidate, or excluded. */
	public sealed interface Assessment permits Candidate, Excluded {

		Sleutelpersoon sleutelpersoon();

	}

	/**
	 * A candidate with their score, each component's share, and the facts behind them.
	 */
	public record Candidate(Sleutelpersoon sleutelpersoon, double score, Map<Component, Double> components,
			TaalCode taal, LanguageLevel niveau, double distanceKm, int travelMinutes,
			int minutesLeftAfter) implements Assessment {
	}

	/** A key person who is not a candidate, and the first rule that excluded them. */
	public record Excluded(Sleutelpersoon sleutelpersoon, Exclusion reason) implements Assessment {
	}

	/** The candidates, best first, and everyone excluded with the reason. */
	public record Ranking(List<Candidate> candidates, List<Excluded> excluded) {

		/**
		 * Why nobody fits, for an empty ranking: LANGUAGE when nobody in the pool speaks
		 * a requested language well enough, otherwise the rule that excluded most of
		 * those who do.
		 */
		public Exclusion mainObstacle() {
			Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
			excluded.stream()
				.filter(e -> e.reason() != Exclusion.LANGUAGE)
				.forEach(e -> counts.merge(e.reason(), 1, Integer::sum));
			return counts.entrySet()
				.stream()
				.max(Map.Entry.<Exclusion, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.orElse(Exclusion.LANGUAGE);
		}
	}

	private final ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm;

	/**
	 * @param distanceKm the distance between two municipalities (from the reference data)
	 */
	public CandidateRanking(ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm) {
		this.distanceKm = distanceKm;
	}

	public Ranking rank(Verzoek request, List<Sleutelpersoon> pool, Map<UUID, Workload> workloads, LocalDate today) {
		List<Candidate> candidates = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		for (Sleutelpersoon person : pool) {
			Workload load = workloads.getOrDefault(person.id(), Workload.NONE);
			switch (assess(request, person, load, today)) {
				case Candidate c -> candidates.add(c);
				case Excluded e -> excluded.add(e);
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score)
			.reversed()
			.thenComparingDouble(Candidate::distanceKm)
			.thenComparing(c -> c.sleutelpersoon().achternaam())
			.thenComparing(c -> c.sleutelpersoon().id()));
		return new Ranking(List.copyOf(candidates), List.copyOf(excluded));
	}

	/** A {@link Candidate}, or {@link Excluded} by the first rule that applies. */
	Assessment assess(Verzoek request, Sleutelpersoon person, Workload load, LocalDate today) {
		LocalDate day = today.isAfter(request.van()) ? today : request.van();
		TaalCode bestLanguage = null;
		LanguageLevel bestLevel = null;
		for (TaalCode language : request.talen()) {
			LanguageLevel level = person.niveau(language);
			if (level != null && level.atLeast(LanguageLevel.B1)
					&& (bestLevel == null || level.compareTo(bestLevel) > 0)) {
				bestLanguage = language;
				bestLevel = level;
			}
		}
		if (bestLevel == null) {
			return new Excluded(person, Exclusion.LANGUAGE);
		}
		if (!person.activeOn(day)) {
			return new Excluded(person, Exclusion.INACTIVE);
		}
		if (!person.vogValidOn(day)) {
			return new Excluded(person, Exclusion.NO_VALID_VOG);
		}
		if (request.declinedBy().contains(person.id())) {
			return new Excluded(person, Exclusion.DECLINED);
		}
		if (!person.werkgebied().contains(request.gemeente()) && !person.woonplaats().equals(request.gemeente())) {
			return new Excluded(person, Exclusion.OUTSIDE_AREA);
		}
		double km = distanceKm.applyAsDouble(person.woonplaats(), request.gemeente());
		if (km > person.maxReisafstandKm()) {
			return new Excluded(person, Exclusion.TOO_FAR);
		}
		int travel = (int) Math.round(2 * km / TRAVEL_KMH * 60);
		int capacity = person.urenPerWeek() * 60;
		int left = capacity - load.minutesThisWeek() - request.minuten() - travel;
		if (left < 0) {
			return new Excluded(person, Exclusion.NO_HOURS_LEFT);
		}
		Map<Component, Double> components = new EnumMap<>(Component.class);
		components.put(Component.LANGUAGE, Component.LANGUAGE.weight() * languageShare(bestLevel));
		components.put(Component.ROLE, person.rollen().contains(request.rol()) ? (double) Component.ROLE.weight() : 0);
		components.put(Component.DOMAIN, request.domein() != null && person.domeinen().contains(request.domein())
				? (double) Component.DOMAIN.weight() : 0);
		components.put(Component.DISTANCE, Component.DISTANCE.weight()
				* (person.maxReisafstandKm() == 0 ? 1 : 1 - km / person.maxReisafstandKm()));
		components.put(Component.CONTINUITY,
				request.householdId() != null && load.households().contains(request.householdId())
						? (double) Component.CONTINUITY.weight() : 0);
		components.put(Component.LOAD, capacity == 0 ? 0 : Component.LOAD.weight() * (double) left / capacity);
		double score = components.values().stream().mapToDouble(Double::doubleValue).sum();
		return new Candidate(person, Math.round(score * 10) / 10.0, Map.copyOf(components), bestLanguage, bestLevel, km,
				travel, left);
	}

	/** B1 counts for 60 % of the language weight, rising to 100 % for a mother tongue. */
	static double languageShare(LanguageLevel level) {
		return switch (level) {
			case NATIVE -> 1.0;
			case C2 -> 0.93;
			case C1 -> 0.87;
			case B2 -> 0.73;
			case B1 -> 0.6;
			default -> 0;
		};
	}

}
