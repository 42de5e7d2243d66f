package nl.verbinder.placement.optimiser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an instance before solving and refuses it with every problem named: unknown or
 * duplicate codes, negative quotas, duplicate ids, sizes below 1, scores outside 0–100,
 * unknown excluded or published municipalities, and taakstellingen that together cannot
 * hold all persons.
 */
public final class InstanceValidator {

	private static final Pattern CODE = Pattern.compile("GM\\d{4}");

	private final Set<String> knownCodes;

	/** Validates codes against the reference file's 342 municipalities. */
	public InstanceValidator() {
		this(GemeentenReference.codes());
	}

	/**
	 * Validates codes against the given set (tests, or another year's municipalities).
	 */
	public InstanceValidator(Set<String> knownCodes) {
		this.knownCodes = Set.copyOf(knownCodes);
	}

	/**
	 * Throws {@link InvalidInstanceException} naming every problem; returns normally when
	 * the instance is fine.
	 */
	public void validate(PlacementInstance instance) {
		List<String> problems = new ArrayList<>();
		if (instance.gemeenten().isEmpty()) {
			problems.add("no municipalities: the instance needs at least one taakstelling");
		}
		Map<String, Taakstelling> byCode = new HashMap<>();
		for (Taakstelling t : instance.gemeenten()) {
			String where = "municipality " + t.code();
			if (!CODE.matcher(t.code()).matches()) {
				problems.add(where + ": not a CBS code (GM followed by four digits)");
			}
			else if (!knownCodes.contains(t.code())) {
				problems.add(where + ": unknown municipality code");
			}
			if (byCode.put(t.code(), t) != null) {
				problems.add(where + ": listed more than once");
			}
			if (t.quota() < 0) {
				problems.add(where + ": negative quota " + t.quota());
			}
			if (t.filled() < 0) {
				problems.add(where + ": negative filled " + t.filled());
			}
			if (t.tolerance() < 0) {
				problems.add(where + ": negative tolerance " + t.tolerance());
			}
		}
		Set<String> ids = new HashSet<>();
		for (Huishouden h : instance.huishoudens()) {
			String where = "household " + h.id();
			if (h.id().isBlank()) {
				problems.add("household with a blank id");
			}
			else if (!ids.add(h.id())) {
				problems.add(where + ": id used more than once");
			}
			if (h.size() < 1) {
				problems.add(where + ": size must be at least 1 person, is " + h.size());
			}
			if (!inRange(h.defaultScore())) {
				problems.add(where + ": defaultScore " + h.defaultScore() + " outside 0–100");
			}
			for (var e : h.scores().entrySet()) {
				if (!byCode.containsKey(e.getKey())) {
					problems.add(where + ": score for unknown municipality code " + e.getKey());
				}
				if (!inRange(e.getValue())) {
					problems.add(where + ": score " + e.getValue() + " for " + e.getKey() + " outside 0–100");
				}
			}
			for (String code : h.excluded()) {
				if (!byCode.containsKey(code)) {
					problems.add(where + ": excluded municipality code " + code + " is unknown");
				}
			}
			String published = h.published();
			if (published != null) {
				if (!byCode.containsKey(published)) {
					problems.add(where + ": published municipality code " + published + " is unknown");
				}
				else if (h.excluded().contains(published)) {
					problems.add(where + ": published to " + published + ", which it is excluded from");
				}
			}
		}
		long persons = instance.huishoudens().stream().mapToLong(h -> Math.max(0, h.size())).sum();
		long capacity = instance.capacity();
		if (capacity < persons) {
			problems.add("the taakstellingen cannot hold all persons: " + persons + " persons to place, total capacity "
					+ capacity + " (quota + carry-over − filled + tolerance, summed over " + instance.gemeenten().size()
					+ " municipalities), " + (persons - capacity) + " short");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInstanceException(problems);
		}
	}

	private static boolean inRange(double score) {
		return score >= 0 && score <= PlacementOptimiser.MAX_SCORE && !Double.isNaN(score);
	}

}
