package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;
import nl.verbinder.matching.Kans.Soort;
import nl.verbinder.matching.OccupationHierarchy.Esco;
import nl.verbinder.matching.TalentMatching.Component;
import nl.verbinder.matching.TalentMatching.DistanceReason;
import nl.verbinder.matching.TalentMatching.DualPath;
import nl.verbinder.matching.TalentMatching.Exclusion;
import nl.verbinder.matching.TalentMatching.InterestReason;
import nl.verbinder.matching.TalentMatching.LanguageReason;
import nl.verbinder.matching.TalentMatching.LevelReason;
import nl.verbinder.matching.TalentMatching.Match;
import nl.verbinder.matching.TalentMatching.OccupationReason;
import nl.verbinder.matching.TalentMatching.Reason;
import nl.verbinder.matching.TalentMatching.Relatedness;
import nl.verbinder.matching.TalentMatching.ScheduleReason;
import nl.verbinder.matching.TalentMatching.UnderemploymentReason;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * The state of evaluating one pair of a person and an opportunity: the hard rules, the
 * score by component and the match with its reasons. One per call of
 * {@link TalentMatching}, reused across the pairs of that call, so the hot loop allocates
 * nothing; occupations are resolved only for pairs that pass the hard rules.
 */
final class PairEvaluation {

	private static final int W_OCCUPATION = Component.OCCUPATION.weight();

	private static final int W_LEVEL = Component.LEVEL.weight();

	private static final int W_INTEREST = Component.INTEREST.weight();

	private static final int W_DISTANCE = Component.DISTANCE.weight();

	private static final int W_LANGUAGE = Component.LANGUAGE.weight();

	private static final int W_SCHEDULE = Component.SCHEDULE.weight();

	private static final int PENALTY = -Component.UNDEREMPLOYMENT.weight();

	private final OccupationHierarchy hierarchy;

	private final ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm;

	final Person person = new Person();

	final Offer offer = new Offer();

	final double[] points = new double[Component.values().length];

	final String[] fixedTags;

	final boolean fixedIsPerson;

	double km;

	Relatedness relatedness = Relatedness.NONE;

	int bestPrior;

	int bestOffered;

	boolean levelApplies;

	boolean underemployed;

	/**
	 * @param fixedTags the interests of the person, or the tags of the opportunity, that
	 * every pair of the call shares
	 */
	PairEvaluation(OccupationHierarchy hierarchy, ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm,
			Set<String> fixedTags, boolean fixedIsPerson) {
		this.hierarchy = hierarchy;
		this.distanceKm = distanceKm;
		this.fixedTags = fixedTags.toArray(String[]::new);
		this.fixedIsPerson = fixedIsPerson;
	}

	/**
	 * The hard rules that fail, as bits by {@link Exclusion} ordinal; stops at the first
	 * unless {@code all}.
	 */
	int exclusions(boolean all) {
		Kans kans = offer.kans;
		Talent talent = person.talent;
		int failed = 0;
		if (kans.hoursPerWeek() > talent.hoursPerWeek()) {
			failed |= 1 << Exclusion.NOT_ENOUGH_HOURS.ordinal();
			if (!all) {
				return failed;
			}
		}
		if (kans.soort() == Soort.BAAN && kans.requiredDutch().ordinal() - talent.dutch().ordinal() > 1) {
			failed |= 1 << Exclusion.DUTCH_LEVEL.ordinal();
			if (!all) {
				return failed;
			}
		}
		if (offer.days != 0 && person.days != 0 && (offer.days & person.days) == 0) {
			failed |= 1 << Exclusion.NO_COMMON_DAYS.ordinal();
			if (!all) {
				return failed;
			}
		}
		km = distanceKm.applyAsDouble(talent.home(), kans.location());
		if (km > talent.travelRangeKm() * TalentMatching.TOO_FAR_FACTOR) {
			failed |= 1 << Exclusion.TOO_FAR.ordinal();
		}
		return failed;
	}

	/**
	 * The score of a pair that passed the hard rules; fills {@link #points} by component.
	 */
	double score() {
		person.resolve(hierarchy);
		offer.resolve(hierarchy);
		Kans kans = offer.kans;
		Talent talent = person.talent;
		Soort soort = kans.soort();

		relatedness = Relatedness.NONE;
		bestPrior = -1;
		bestOffered = 0;
		for (int j = 0; j < offer.count; j++) {
			for (int i = 0; i < person.priorCount; i++) {
				Relatedness r = OccupationHierarchy.relate(person.prior[i], offer.offered[j]);
				if (r.ordinal() < relatedness.ordinal()) {
					relatedness = r;
					bestPrior = i;
					bestOffered = j;
				}
			}
		}
		points[0] = W_OCCUPATION * relatedness.share();

		levelApplies = offer.level > 0 && soort != Soort.SPORT && soort != Soort.BUDDY;
		int below = person.level - offer.level;
		double levelShare = 0;
		if (levelApplies) {
			if (soort == Soort.OPLEIDING) {
				levelShare = below == 0 || below == 1 ? 1 : below == -1 ? 0.5 : 0;
			}
			else {
				levelShare = below == 0 ? 1 : below == 1 || below == -1 ? 0.5 : 0;
			}
		}
		points[1] = W_LEVEL * levelShare;
		underemployed = levelApplies && below >= 2 && soort != Soort.OPLEIDING;

		int most = Math.min(2, Math.min(kans.tags().size(), talent.interests().size()));
		points[2] = most == 0 ? 0 : W_INTEREST * (double) Math.min(most, sharedTags()) / most;

		int range = talent.travelRangeKm();
		points[3] = km > range ? 0 : range == 0 ? W_DISTANCE : W_DISTANCE * (1 - 0.5 * km / range);

		int gap = kans.requiredDutch().ordinal() - talent.dutch().ordinal();
		points[4] = gap <= 0 ? W_LANGUAGE : gap == 1 && soort != Soort.BAAN ? W_LANGUAGE * 0.5 : 0;

		double coverage = offer.days == 0 || person.days == 0 ? 1
				: (double) Integer.bitCount(offer.days & person.days) / Integer.bitCount(offer.days);
		points[5] = W_SCHEDULE * (0.5 + 0.5 * coverage);

		double sum = points[0] + points[1] + points[2] + points[3] + points[4] + points[5];
		double penalty = underemployed ? Math.min(PENALTY, sum) : 0;
		points[6] = penalty == 0 ? 0 : -penalty;
		return sum + points[6];
	}

	/**
	 * Tags in common: the side that stays the same for the whole call as an array,
	 * lookups in the other.
	 */
	private int sharedTags() {
		String[] fixed = fixedTags;
		Set<String> other = fixedIsPerson ? offer.kans.tags() : person.talent.interests();
		int shared = 0;
		for (String tag : fixed) {
			if (other.contains(tag)) {
				shared++;
			}
		}
		return shared;
	}

	/** The match for the pair just scored, with its reasons. */
	Match match(@Nullable DualPath dualPath) {
		Kans kans = offer.kans;
		Talent talent = person.talent;
		double score = points[0] + points[1] + points[2] + points[3] + points[4] + points[5] + points[6];
		List<Reason> reasons = new ArrayList<>(7);
		if (offer.count > 0) {
			reasons.add(new OccupationReason(points[0], relatedness,
					bestPrior >= 0 ? person.prior[bestPrior].uri() : null, offer.offered[bestOffered].uri()));
		}
		if (levelApplies) {
			reasons.add(new LevelReason(points[1], person.level, offer.level));
		}
		if (!kans.tags().isEmpty()) {
			Set<String> shared = new TreeSet<>(kans.tags());
			shared.retainAll(talent.interests());
			reasons.add(new InterestReason(points[2], Set.copyOf(shared)));
		}
		reasons.add(new DistanceReason(points[3], km, talent.travelRangeKm()));
		reasons.add(new LanguageReason(points[4], talent.dutch(), kans.requiredDutch()));
		Set<DayOfWeek> common = EnumSet.noneOf(DayOfWeek.class);
		if (offer.days != 0 && person.days != 0) {
			for (DayOfWeek day : kans.days()) {
				if (talent.days().contains(day)) {
					common.add(day);
				}
			}
		}
		reasons.add(new ScheduleReason(points[5], Set.copyOf(common), kans.hoursPerWeek(), talent.hoursPerWeek()));
		if (underemployed) {
			reasons.add(new UnderemploymentReason(points[6], person.level, offer.level));
		}
		return new Match(kans, talent, score, List.copyOf(reasons), underemployed, dualPath);
	}

	/**
	 * The person side of a pair, reused across pairs; occupations resolved only for pairs
	 * that pass the hard rules.
	 */
	static final class Person {

		Talent talent;

		int days;

		int level;

		Esco[] prior = new Esco[4];

		int priorCount;

		boolean resolved;

		void reset(Talent talent) {
			this.talent = talent;
			this.days = Days.bits(talent.days());
			this.resolved = false;
		}

		void resolve(OccupationHierarchy hierarchy) {
			if (resolved) {
				return;
			}
			List<String> uris = talent.priorOccupations();
			if (uris.size() > prior.length) {
				prior = new Esco[uris.size()];
			}
			int best = OccupationHierarchy.educationLevel(talent.iscedLevel());
			for (int i = 0; i < uris.size(); i++) {
				Esco esco = hierarchy.esco(uris.get(i));
				prior[i] = esco;
				best = Math.max(best, esco.level());
			}
			priorCount = uris.size();
			level = best;
			resolved = true;
		}

	}

	/**
	 * The opportunity side of a pair, reused likewise. Its level is its main
	 * occupation's, or the highest of the orientation.
	 */
	static final class Offer {

		Kans kans;

		int days;

		Esco[] offered = new Esco[4];

		int count;

		int level;

		boolean resolved;

		void reset(Kans kans) {
			this.kans = kans;
			this.days = Days.bits(kans.days());
			this.resolved = false;
		}

		void resolve(OccupationHierarchy hierarchy) {
			if (resolved) {
				return;
			}
			List<String> orientation = kans.orientation();
			int size = orientation.size() + 1;
			if (size > offered.length) {
				offered = new Esco[size];
			}
			count = 0;
			level = 0;
			String main = kans.occupation();
			if (main != null) {
				Esco esco = hierarchy.esco(main);
				offered[count++] = esco;
				level = esco.level();
			}
			int orientationLevel = 0;
			for (int i = 0; i < orientation.size(); i++) {
				Esco esco = hierarchy.esco(orientation.get(i));
				offered[count++] = esco;
				orientationLevel = Math.max(orientationLevel, esco.level());
			}
			if (level == 0) {
				level = orientationLevel;
			}
			resolved = true;
		}

	}

}
