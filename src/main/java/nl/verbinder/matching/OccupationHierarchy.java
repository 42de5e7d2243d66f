package nl.verbinder.matching;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.verbinder.matching.TalentMatching.Relatedness;
import nl.verbinder.reference.Occupation;

/**
 * Occupations as matching compares them: the ISCO-08 unit, major group and skill level of
 * an ESCO occupation (cached by URI), and how close two are in the hierarchy.
 * Thread-safe.
 */
final class OccupationHierarchy {

	/**
	 * An ESCO occupation as matching needs it: ISCO unit group (-1 unknown), major group
	 * (-1 unknown), skill level (0 unknown).
	 */
	record Esco(String uri, int unit, int major, int level) {
	}

	/**
	 * ISCO-08 sub-major groups of professionals and of associate professionals in the
	 * same field, both ways.
	 */
	private static final int[] PARALLEL_FIELD = new int[100];

	static {
		int[][] pairs = { { 21, 31 }, { 22, 32 }, { 24, 33 }, { 25, 35 }, { 26, 34 } };
		for (int[] pair : pairs) {
			PARALLEL_FIELD[pair[0]] = pair[1];
			PARALLEL_FIELD[pair[1]] = pair[0];
		}
	}

	private final Function<String, Optional<Occupation>> occupations;

	private final ConcurrentHashMap<String, Esco> cache = new ConcurrentHashMap<>();

	/**
	 * @param occupations the ESCO occupation for a URI (from the reference data)
	 */
	OccupationHierarchy(Function<String, Optional<Occupation>> occupations) {
		this.occupations = occupations;
	}

	/**
	 * ISCO-08 skill level 1 to 4 of a major group; managers count as 4, armed forces as
	 * 2.
	 */
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
	static Relatedness relate(Esco a, Esco b) {
		if (a.uri().equals(b.uri())) {
			return Relatedness.SAME_OCCUPATION;
		}
		if (a.unit() >= 0 && b.unit() >= 0) {
			if (a.unit() == b.unit()) {
				return Relatedness.UNIT_GROUP;
			}
			if (a.unit() / 10 == b.unit() / 10) {
				return Relatedness.MINOR_GROUP;
			}
			if (a.unit() / 100 == b.unit() / 100) {
				return Relatedness.SUB_MAJOR_GROUP;
			}
			if (PARALLEL_FIELD[a.unit() / 100] == b.unit() / 100) {
				return Relatedness.RELATED_FIELD;
			}
		}
		return a.major() >= 0 && a.major() == b.major() ? Relatedness.MAJOR_GROUP : Relatedness.NONE;
	}

	/** The occupation for a URI; an unknown one has no group and no level. */
	Esco esco(String uri) {
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

}
