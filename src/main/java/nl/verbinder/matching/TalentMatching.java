package nl.verbinder.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import nl.verbinder.matching.Kans.Soort;
import nl.verbinder.reference.Occupation;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;

/**
 * Talent-first matching of people and opportunities: "a former dentist must not end up a
 * window cleaner". First the hard rules that exclude a pair (not enough hours, Dutch more
 * than one CEFR step below what a job requires, no common day, beyond the travel range by
 * more than a quarter); then a score of 0 to 100 from named components, each shown as a
 * reason: occupation (relatedness through the ESCO/ISCO-08 hierarchy), level (skill level
 * of the opportunity against the person's), interest, distance, language and schedule. A
 * job, internship or volunteering two or more skill levels below the person is flagged as
 * underemployment and loses points; for such a job, a training toward the former
 * profession that fits in the rest of the week is suggested as a dual path. Ties are
 * broken by id, so results are deterministic.
 *
 * <p>
 * Built for large lists: one pass over them, no allocation for pairs that are excluded or
 * do not make the top, a bounded heap for the best {@code limit} ({@link TopK}), and
 * occupation lookups cached by URI ({@link OccupationHierarchy}); one pair is scored by
 * {@link PairEvaluation}. Thread-safe.
 */
public final class TalentMatching {

	/**
	 * Beyond the travel range by more than this factor, an opportunity is excluded; up to
	 * it, it scores no distance points.
	 */
	public static final double TOO_FAR_FACTOR = 1.25;

	/**
	 * The most each component adds to the score: the six fit components together 100;
	 * underemployment takes off.
	 */
	public enum Component {

		OCCUPATION(30), LEVEL(15), INTEREST(20), DISTANCE(15), LANGUAGE(10), SCHEDULE(10), UNDEREMPLOYMENT(-20);

		private final int weight;

		Component(int weight) {
			this.weight = weight;
		}

		public int weight() {
			return weight;
		}

	}

	/**
	 * How close an opportunity's occupation is to one the person had, closest first, with
	 * the share of the occupation weight it earns. {@code RELATED_FIELD}: the same field
	 * one skill level apart in ISCO-08 (professionals and associate professionals:
	 * science and engineering 21/31, health 22/32, business 24/33, legal, social and
	 * cultural 26/34, ICT 25/35), as from dentist to dental assistant.
	 */
	public enum Relatedness {

		SAME_OCCUPATION(1.0), UNIT_GROUP(0.8), MINOR_GROUP(0.6), SUB_MAJOR_GROUP(0.4), RELATED_FIELD(0.3),
		MAJOR_GROUP(0.2), NONE(0);

		private final double share;

		Relatedness(double share) {
			this.share = share;
		}

		public double share() {
			return share;
		}

		/** As close as {@code other} or closer. */
		public boolean atLeast(Relatedness other) {
			return ordinal() <= other.ordinal();
		}

	}

	/** Why a pair is not a match. */
	public enum Exclusion {

		NOT_ENOUGH_HOURS, DUTCH_LEVEL, NO_COMMON_DAYS, TOO_FAR

	}

	/**
	 * One component's share of the score, with what the page needs to say it in words.
	 */
	public sealed interface Reason permits OccupationReason, LevelReason, InterestReason, DistanceReason,
			LanguageReason, ScheduleReason, UnderemploymentReason {

		/** The points this component added (negative for underemployment). */
		double points();

		/** Which component of the score this reason explains. */
		default Component component() {
			return switch (this) {
				case OccupationReason r -> Component.OCCUPATION;
				case LevelReason r -> Component.LEVEL;
				case InterestReason r -> Component.INTEREST;
				case DistanceReason r -> Component.DISTANCE;
				case LanguageReason r -> Component.LANGUAGE;
				case ScheduleReason r -> Component.SCHEDULE;
				case UnderemploymentReason r -> Component.UNDEREMPLOYMENT;
			};
		}

	}

	/**
	 * @param priorOccupation the person's ESCO occupation it is related to; null when
	 * none is
	 */
	public record OccupationReason(@JsonProperty("punten") double points,
			@JsonProperty("verwantschap") Relatedness relatedness,
			@JsonProperty("eerderBeroep") @Nullable String priorOccupation,
			@JsonProperty("beroep") String occupation) implements Reason {
	}

	/** Skill levels 1 to 4 as in ISCO-08; for training, the level it leads to. */
	public record LevelReason(@JsonProperty("punten") double points, @JsonProperty("persoonsniveau") int personLevel,
			@JsonProperty("kansniveau") int opportunityLevel) implements Reason {
	}

	public record InterestReason(@JsonProperty("punten") double points,
			@JsonProperty("gedeeld") Set<String> shared) implements Reason {
	}

	public record DistanceReason(@JsonProperty("punten") double points, double km,
			@JsonProperty("reisafstandKm") int travelRangeKm) implements Reason {
	}

	public record LanguageReason(@JsonProperty("punten") double points, @JsonProperty("nederlands") LanguageLevel dutch,
			@JsonProperty("vereist") LanguageLevel required) implements Reason {
	}

	/**
	 * @param commonDays the opportunity's days the person is available on; empty when
	 * either is flexible
	 */
	public record ScheduleReason(@JsonProperty("punten") double points,
			@JsonProperty("gedeeldeDagen") Set<DayOfWeek> commonDays, @JsonProperty("urenPerWeek") int hoursPerWeek,
			@JsonProperty("urenBeschikbaar") int hoursAvailable) implements Reason {
	}

	public record UnderemploymentReason(@JsonProperty("punten") double points,
			@JsonProperty("persoonsniveau") int personLevel,
			@JsonProperty("kansniveau") int opportunityLevel) implements Reason {
	}

	/** What matching concludes about one pair: a match, or excluded. */
	public sealed interface Assessment permits Match, Excluded {

		Kans kans();

		Talent talent();

	}

	/**
	 * A pair that passes the hard rules, with its score (the sum of the reasons' points).
	 *
	 * @param underemployment the opportunity is two or more skill levels below the person
	 * @param dualPath for underemployment: a training toward the former profession
	 * alongside it, if one fits
	 */
	public record Match(Kans kans, Talent talent, double score, List<Reason> reasons, boolean underemployment,
			@Nullable DualPath dualPath) implements Assessment {

		public Optional<DualPath> dualPathSuggestion() {
			return Optional.ofNullable(dualPath);
		}
	}

	/** A pair that fails one or more hard rules. */
	public record Excluded(Kans kans, Talent talent, Set<Exclusion> exclusions) implements Assessment {
	}

	/**
	 * A job part of the week and training toward the former profession the rest.
	 *
	 * @param hoursTogether the job's and the training's hours per week together
	 */
	public record DualPath(Kans training, Relatedness relatedness, double trainingScore, int hoursTogether) {
	}

	private final ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm;

	private final OccupationHierarchy hierarchy;

	/**
	 * @param distanceKm the distance between two municipalities (from the reference data)
	 * @param occupations the ESCO occupation for a URI (from the reference data)
	 */
	public TalentMatching(ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm,
			Function<String, Optional<Occupation>> occupations) {
		this.distanceKm = distanceKm;
		this.hierarchy = new OccupationHierarchy(occupations);
	}

	/**
	 * The best {@code limit} opportunities for a person, best first; excluded ones are
	 * left out.
	 */
	public List<Match> opportunitiesFor(Talent talent, Collection<Kans> kansen, int limit) {
		if (limit <= 0 || kansen.isEmpty()) {
			return List.of();
		}
		PairEvaluation e = new PairEvaluation(hierarchy, distanceKm, talent.interests(), true);
		e.person.reset(talent);
		TopK<Kans> top = new TopK<>(Math.min(limit, kansen.size()));
		List<DualPath> trainings = null;
		for (Kans kans : kansen) {
			e.offer.reset(kans);
			if (e.exclusions(false) != 0) {
				continue;
			}
			double score = e.score();
			if (kans.soort() == Soort.OPLEIDING && e.relatedness.atLeast(Relatedness.MINOR_GROUP)) {
				if (trainings == null) {
					trainings = new ArrayList<>();
				}
				trainings.add(new DualPath(kans, e.relatedness, score, kans.hoursPerWeek()));
			}
			top.offer(kans, kans.id(), score);
		}
		List<Kans> best = top.bestFirst();
		List<Match> matches = new ArrayList<>(best.size());
		for (Kans kans : best) {
			e.offer.reset(kans);
			e.exclusions(false);
			e.score();
			DualPath dual = e.underemployed && trainings != null ? dualPath(kans, talent, trainings) : null;
			matches.add(e.match(dual));
		}
		return List.copyOf(matches);
	}

	/**
	 * The best {@code limit} people for an opportunity, best first; excluded ones are
	 * left out. Dual paths are not suggested here (no trainings to choose from).
	 */
	public List<Match> candidatesFor(Kans kans, Collection<Talent> talents, int limit) {
		if (limit <= 0 || talents.isEmpty()) {
			return List.of();
		}
		PairEvaluation e = new PairEvaluation(hierarchy, distanceKm, kans.tags(), false);
		e.offer.reset(kans);
		TopK<Talent> top = new TopK<>(Math.min(limit, talents.size()));
		for (Talent talent : talents) {
			e.person.reset(talent);
			if (e.exclusions(false) != 0) {
				continue;
			}
			top.offer(talent, talent.personId(), e.score());
		}
		List<Talent> best = top.bestFirst();
		List<Match> matches = new ArrayList<>(best.size());
		for (Talent talent : best) {
			e.person.reset(talent);
			e.exclusions(false);
			e.score();
			matches.add(e.match(null));
		}
		return List.copyOf(matches);
	}

	/**
	 * One pair: a {@link Match} (without a dual path), or {@link Excluded} with every
	 * hard rule it fails.
	 */
	public Assessment assess(Talent talent, Kans kans) {
		PairEvaluation e = new PairEvaluation(hierarchy, distanceKm, talent.interests(), true);
		e.person.reset(talent);
		e.offer.reset(kans);
		int exclusions = e.exclusions(true);
		if (exclusions != 0) {
			Set<Exclusion> reasons = EnumSet.noneOf(Exclusion.class);
			for (Exclusion exclusion : Exclusion.values()) {
				if ((exclusions & 1 << exclusion.ordinal()) != 0) {
					reasons.add(exclusion);
				}
			}
			return new Excluded(kans, talent, Set.copyOf(reasons));
		}
		e.score();
		return e.match(null);
	}

	/**
	 * The best training toward the former profession whose hours fit next to the job's.
	 */
	private static @Nullable DualPath dualPath(Kans job, Talent talent, List<DualPath> trainings) {
		DualPath best = null;
		for (DualPath training : trainings) {
			int together = job.hoursPerWeek() + training.training().hoursPerWeek();
			if (together > talent.hoursPerWeek()) {
				continue;
			}
			if (best == null || training.trainingScore() > best.trainingScore()
					|| training.trainingScore() == best.trainingScore()
							&& training.training().id().compareTo(best.training().id()) < 0) {
				best = training;
			}
		}
		return best == null ? null : new DualPath(best.training(), best.relatedness(), best.trainingScore(),
				job.hoursPerWeek() + best.training().hoursPerWeek());
	}

}
