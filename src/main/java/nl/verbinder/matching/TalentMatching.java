package nl.verbinder.matching;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import nl.verbinder.matching.Kans.Soort;
import nl.verbinder.reference.Occupation;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import org.jspecify.annotations.Nullable;

/**
 * Talent-first matching of people and opportunities: "a former dentist must not end up a window cleaner".
 * First the hard rules that exclude a pair (not enough hours, Dutch more than one CEFR step below what a job
 * requires, no common day, beyond the travel range by more than a quarter); then a score of 0 to 100 from
 * named components, each shown as a reason: occupation (relatedness through the ESCO/ISCO-08 hierarchy),
 * level (skill level of the opportunity against the person's), interest, distance, language and schedule.
 * A job, internship or volunteering two or more skill levels below the person is flagged as
 * underemployment and loses points; for such a job, a training toward the former profession that fits in
 * the rest of the week is suggested as a dual path. Ties are broken by id, so results are deterministic.
 *
 * <p>Built for large lists: one pass over them, no allocation for pairs that are excluded or do not make
 * the top, a bounded heap for the best {@code limit}, and occupation lookups cached by URI. Thread-safe.
 */
public final class TalentMatching {

	/** Beyond the travel range by more than this factor, an opportunity is excluded; up to it, it scores no distance points. */
	public static final double TOO_FAR_FACTOR = 1.25;

	/** The most each component adds to the score: the six fit components together 100; underemployment takes off. */
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
	 * How close an opportunity's occupation is to one the person had, closest first, with the share of the
	 * occupation weight it earns. {@code RELATED_FIELD}: the same field one skill level apart in ISCO-08
	 * (professionals and associate professionals: science and engineering 21/31, health 22/32, business 24/33,
	 * legal, social and cultural 26/34, ICT 25/35), as from dentist to dental assistant.
	 */
	public enum Relatedness {
		SAME_OCCUPATION(1.0), UNIT_GROUP(0.8), MINOR_GROUP(0.6), SUB_MAJOR_GROUP(0.4), RELATED_FIELD(0.3), MAJOR_GROUP(0.2), NONE(0);

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

	/** One component's share of the score, with what the page needs to say it in words. */
	public sealed interface Reason permits OccupationReason, LevelReason, InterestReason, DistanceReason, LanguageReason,
			ScheduleReason, UnderemploymentReason {

		Component component();

		/** The points this component added (negative for underemployment). */
		double points();
	}

	/** @param priorOccupation the person's ESCO occupation it is related to; null when none is */
	public record OccupationReason(double points, Relatedness relatedness, @Nullable String priorOccupation, String occupation)
			implements Reason {

		@Override
		public Component component() {
			return Component.OCCUPATION;
		}
	}

	/** Skill levels 1 to 4 as in ISCO-08; for training, the level it leads to. */
	public record LevelReason(double points, int personLevel, int opportunityLevel) implements Reason {

		@Override
		public Component component() {
			return Component.LEVEL;
		}
	}

	public record InterestReason(double points, Set<String> shared) implements Reason {

		@Override
		public Component component() {
			return Component.INTEREST;
		}
	}

	public record DistanceReason(double points, double km, int travelRangeKm) implements Reason {

		@Override
		public Component component() {
			return Component.DISTANCE;
		}
	}

	public record LanguageReason(double points, LanguageLevel dutch, LanguageLevel required) implements Reason {

		@Override
		public Component component() {
			return Component.LANGUAGE;
		}
	}

	/** @param commonDays the opportunity's days the person is available on; empty when either is flexible */
	public record ScheduleReason(double points, Set<DayOfWeek> commonDays, int hoursPerWeek, int hoursAvailable) implements Reason {

		@Override
		public Component component() {
			return Component.SCHEDULE;
		}
	}

	public record UnderemploymentReason(double points, int personLevel, int opportunityLevel) implements Reason {

		@Override
		public Component component() {
			return Component.UNDEREMPLOYMENT;
		}
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
	 * @param dualPath for underemployment: a training toward the former profession alongside it, if one fits
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

	private static final int W_OCCUPATION = Component.OCCUPATION.weight;
	private static final int W_LEVEL = Component.LEVEL.weight;
	private static final int W_INTEREST = Component.INTEREST.weight;
	private static final int W_DISTANCE = Component.DISTANCE.weight;
	private static final int W_LANGUAGE = Component.LANGUAGE.weight;
	private static final int W_SCHEDULE = Component.SCHEDULE.weight;
	private static final int PENALTY = -Component.UNDEREMPLOYMENT.weight;
	private static final Relatedness[] RELATEDNESS = Relatedness.values();

	/** ISCO-08 sub-major groups of professionals and of associate professionals in the same field, both ways. */
	private static final int[] PARALLEL_FIELD = new int[100];

	static {
		int[][] pairs = { { 21, 31 }, { 22, 32 }, { 24, 33 }, { 25, 35 }, { 26, 34 } };
		for (int[] pair : pairs) {
			PARALLEL_FIELD[pair[0]] = pair[1];
			PARALLEL_FIELD[pair[1]] = pair[0];
		}
	}

	/** An ESCO occupation as matching needs it: ISCO unit group (-1 unknown), major group (-1 unknown), skill level (0 unknown). */
	private record Esco(String uri, int unit, int major, int level) {
	}

	private final ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm;
	private final Function<String, Optional<Occupation>> occupations;
	private final ConcurrentHashMap<String, Esco> cache = new ConcurrentHashMap<>();

	/**
	 * @param distanceKm the distance between two municipalities (from the reference data)
	 * @param occupations the ESCO occupation for a URI (from the reference data)
	 */
	public TalentMatching(ToDoubleBiFunction<GemeenteCode, GemeenteCode> distanceKm,
			Function<String, Optional<Occupation>> occupations) {
		this.distanceKm = distanceKm;
		this.occupations = occupations;
	}

	/** The best {@code limit} opportunities for a person, best first; excluded ones are left out. */
	public List<Match> opportunitiesFor(Talent talent, Collection<Kans> kansen, int limit) {
		if (limit <= 0 || kansen.isEmpty()) {
			return List.of();
		}
		Evaluation e = new Evaluation(talent.interests(), true);
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
	 * The best {@code limit} people for an opportunity, best first; excluded ones are left out. Dual paths are
	 * not suggested here (no trainings to choose from).
	 */
	public List<Match> candidatesFor(Kans kans, Collection<Talent> talents, int limit) {
		if (limit <= 0 || talents.isEmpty()) {
			return List.of();
		}
		Evaluation e = new Evaluation(kans.tags(), false);
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

	/** One pair: a {@link Match} (without a dual path), or {@link Excluded} with every hard rule it fails. */
	public Assessment assess(Talent talent, Kans kans) {
		Evaluation e = new Evaluation(talent.interests(), true);
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

	/** ISCO-08 skill level 1 to 4 of a major group; managers count as 4, armed forces as 2. */
	static int skillLevel(int iscoMajorGroup) {
		return switch (iscoMajorGroup) {
			case 1, 2 -> 4;
			case 3 -> 3;
			case 9 -> 1;
			default -> 2;
		};
	}

	/** The skill level an ISCED 2011 level of education corresponds to. */
	static int educationLevel(int isced) {
		return isced >= 6 ? 4 : isced == 5 ? 3 : isced >= 3 ? 2 : 1;
	}

	/** How close two occupations are in the ESCO/ISCO-08 hierarchy. */
	private static Relatedness relate(Esco a, Esco b) {
		if (a.uri.equals(b.uri)) {
			return Relatedness.SAME_OCCUPATION;
		}
		if (a.unit >= 0 && b.unit >= 0) {
			if (a.unit == b.unit) {
				return Relatedness.UNIT_GROUP;
			}
			if (a.unit / 10 == b.unit / 10) {
				return Relatedness.MINOR_GROUP;
			}
			if (a.unit / 100 == b.unit / 100) {
				return Relatedness.SUB_MAJOR_GROUP;
			}
			if (PARALLEL_FIELD[a.unit / 100] == b.unit / 100) {
				return Relatedness.RELATED_FIELD;
			}
		}
		return a.major >= 0 && a.major == b.major ? Relatedness.MAJOR_GROUP : Relatedness.NONE;
	}

	private Esco esco(String uri) {
		Esco esco = cache.get(uri);
		if (esco == null) {
			esco = occupations.apply(uri).map(o -> fromOccupation(uri, o)).orElseGet(() -> new Esco(uri, -1, -1, 0));
			Esco earlier = cache.putIfAbsent(uri, esco);
			return earlier != null ? earlier : esco;
		}
		return esco;
	}

	private static Esco fromOccupation(String uri, Occupation occupation) {
		String isco = occupation.iscoCode();
		if (isco.isEmpty() || !Character.isDigit(isco.charAt(0))) {
			return new Esco(uri, -1, -1, 0);
		}
		int major = occupation.iscoMajorGroup();
		int unit = isco.length() == 4 && isco.chars().allMatch(Character::isDigit) ? Integer.parseInt(isco) : -1;
		return new Esco(uri, unit, major, skillLevel(major));
	}

	/** The best training toward the former profession whose hours fit next to the job's. */
	private static @Nullable DualPath dualPath(Kans job, Talent talent, List<DualPath> trainings) {
		DualPath best = null;
		for (DualPath training : trainings) {
			int together = job.hoursPerWeek() + training.training().hoursPerWeek();
			if (together > talent.hoursPerWeek()) {
				continue;
			}
			if (best == null || training.trainingScore() > best.trainingScore() || training.trainingScore() == best.trainingScore()
					&& training.training().id().compareTo(best.training().id()) < 0) {
				best = training;
			}
		}
		return best == null ? null
				: new DualPath(best.training(), best.relatedness(), best.trainingScore(),
						job.hoursPerWeek() + best.training().hoursPerWeek());
	}

	/** The person side of a pair, reused across pairs; occupations resolved only for pairs that pass the hard rules. */
	private final class Person {

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

		void resolve() {
			if (resolved) {
				return;
			}
			List<String> uris = talent.priorOccupations();
			if (uris.size() > prior.length) {
				prior = new Esco[uris.size()];
			}
			int best = educationLevel(talent.iscedLevel());
			for (int i = 0; i < uris.size(); i++) {
				Esco esco = esco(uris.get(i));
				prior[i] = esco;
				best = Math.max(best, esco.level);
			}
			priorCount = uris.size();
			level = best;
			resolved = true;
		}
	}

	/** The opportunity side of a pair, reused likewise. Its level is its main occupation's, or the highest of the orientation. */
	private final class Offer {

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

		void resolve() {
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
				Esco esco = esco(main);
				offered[count++] = esco;
				level = esco.level;
			}
			int orientationLevel = 0;
			for (int i = 0; i < orientation.size(); i++) {
				Esco esco = esco(orientation.get(i));
				offered[count++] = esco;
				orientationLevel = Math.max(orientationLevel, esco.level);
			}
			if (level == 0) {
				level = orientationLevel;
			}
			resolved = true;
		}
	}

	/** The state of evaluating one pair; one per call, so the hot loop allocates nothing. */
	private final class Evaluation {

		/** @param fixedTags the interests of the person, or the tags of the opportunity, that every pair of the call shares */
		Evaluation(Set<String> fixedTags, boolean fixedIsPerson) {
			this.fixedTags = fixedTags.toArray(String[]::new);
			this.fixedIsPerson = fixedIsPerson;
		}

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

		/** The hard rules that fail, as bits by {@link Exclusion} ordinal; stops at the first unless {@code all}. */
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
			if (km > talent.travelRangeKm() * TOO_FAR_FACTOR) {
				failed |= 1 << Exclusion.TOO_FAR.ordinal();
			}
			return failed;
		}

		/** The score of a pair that passed the hard rules; fills {@link #points} by component. */
		double score() {
			person.resolve();
			offer.resolve();
			Kans kans = offer.kans;
			Talent talent = person.talent;
			Soort soort = kans.soort();

			relatedness = Relatedness.NONE;
			bestPrior = -1;
			bestOffered = 0;
			for (int j = 0; j < offer.count; j++) {
				for (int i = 0; i < person.priorCount; i++) {
					Relatedness r = relate(person.prior[i], offer.offered[j]);
					if (r.ordinal() < relatedness.ordinal()) {
						relatedness = r;
						bestPrior = i;
						bestOffered = j;
					}
				}
			}
			points[0] = W_OCCUPATION * relatedness.share;

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

		/** Tags in common: the side that stays the same for the whole call as an array, lookups in the other. */
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
				reasons.add(new OccupationReason(points[0], relatedness, bestPrior >= 0 ? person.prior[bestPrior].uri : null,
						offer.offered[bestOffered].uri));
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
	}

	/** The best k items by score, ties by the smaller id; a min-heap with the worst kept at the root. */
	private static final class TopK<T> {

		private final Object[] items;
		private final UUID[] ids;
		private final double[] scores;
		private int size;

		TopK(int k) {
			items = new Object[k];
			ids = new UUID[k];
			scores = new double[k];
		}

		void offer(T item, UUID id, double score) {
			if (size < items.length) {
				set(size, item, id, score);
				siftUp(size++);
			}
			else if (score > scores[0] || score == scores[0] && id.compareTo(ids[0]) < 0) {
				set(0, item, id, score);
				siftDown(0);
			}
		}

		@SuppressWarnings("unchecked")
		List<T> bestFirst() {
			Object[] out = new Object[size];
			for (int n = size; n > 0; n--) {
				out[n - 1] = items[0];
				size--;
				if (size > 0) {
					set(0, items[size], ids[size], scores[size]);
					siftDown(0);
				}
			}
			List<T> list = new ArrayList<>(out.length);
			for (Object item : out) {
				list.add((T) item);
			}
			return list;
		}

		private void set(int i, Object item, UUID id, double score) {
			items[i] = item;
			ids[i] = id;
			scores[i] = score;
		}

		/** Item i ranks below item j. */
		private boolean worse(int i, int j) {
			return scores[i] < scores[j] || scores[i] == scores[j] && ids[i].compareTo(ids[j]) > 0;
		}

		private void swap(int i, int j) {
			Object item = items[i];
			UUID id = ids[i];
			double score = scores[i];
			set(i, items[j], ids[j], scores[j]);
			set(j, item, id, score);
		}

		private void siftUp(int i) {
			while (i > 0) {
				int parent = (i - 1) / 2;
				if (!worse(i, parent)) {
					return;
				}
				swap(i, parent);
				i = parent;
			}
		}

		private void siftDown(int i) {
			while (true) {
				int left = 2 * i + 1;
				if (left >= size) {
					return;
				}
				int worst = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
				if (!worse(worst, i)) {
					return;
				}
				swap(i, worst);
				i = worst;
			}
		}
	}
}
