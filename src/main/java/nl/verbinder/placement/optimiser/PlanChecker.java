package nl.verbinder.placement.optimiser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a plan against its instance without the optimiser: recomputes the fit Σ size ×
 * score from the instance's own scores (to 4 decimals, as the format says), the persons
 * placed and every municipality's load against its capacity, and compares them with what
 * the plan says. A plan is valid when every household of the instance is placed once or
 * reported unplaced, none goes where it is excluded, a published household stays where it
 * was told, no municipality gets more than its capacity (published households count
 * against it) and the plan's objective and persons are what the instance gives.
 */
public final class PlanChecker {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * @param problems every violation found (empty when valid)
	 * @param fit the fit recomputed from the instance
	 * @param claimed the plan's own objective
	 * @param persons persons placed
	 * @param bound the plan's reported bound
	 * @param fullest the highest load as a share of its municipality's capacity
	 */
	public record Report(List<String> problems, double fit, double claimed, long persons, double bound,
			double fullest) {

		public boolean valid() {
			return problems.isEmpty();
		}

		public String summary() {
			return String.format(Locale.ROOT,
					"%s: fit %.4f recomputed (plan says %.4f), %d persons placed, highest load %.1f %% of capacity, bound %.4f, gap %.4f%%%s",
					valid() ? "valid" : "INVALID", fit, claimed, persons, 100 * fullest, bound,
					bound == 0 ? 0 : 100 * (bound - fit) / bound,
					valid() ? "" : "\n" + String.join("\n", problems.subList(0, Math.min(25, problems.size()))));
		}

	}

	private PlanChecker() {
	}

	public static Report check(Path instanceFile, Path planFile) throws IOException {
		return check(InstanceFormat.read(instanceFile), Files.readString(planFile));
	}

	/** The plan as written by the command line ({@link PlacementResult} as JSON). */
	public static Report check(PlacementInstance instance, String planJson) {
		List<String> problems = new ArrayList<>();
		JsonNode plan;
		try {
			plan = MAPPER.readTree(planJson);
		}
		catch (JacksonException e) {
			return new Report(List.of("the plan is not valid JSON: " + e.getOriginalMessage()), 0, 0, 0, 0, 0);
		}
		Map<String, Huishouden> households = new HashMap<>();
		instance.huishoudens().forEach(h -> households.put(h.id(), h));
		Map<String, Taakstelling> quotas = new HashMap<>();
		instance.gemeenten().forEach(t -> quotas.put(t.code(), t));
		Set<String> seen = new HashSet<>();
		Map<String, Long> load = new HashMap<>();
		Map<String, Long> published = new HashMap<>();
		long units = 0;
		long persons = 0;
		for (JsonNode a : plan.path("assignments")) {
			String id = a.path("household").asString("");
			String code = a.path("gemeente").asString("");
			Huishouden h = households.get(id);
			if (h == null) {
				problems.add("assignment of unknown household \"" + id + "\"");
				continue;
			}
			if (!seen.add(id)) {
				problems.add("household \"" + id + "\" is placed more than once");
				continue;
			}
			if (!quotas.containsKey(code)) {
				problems.add("household \"" + id + "\" placed in " + code + ", which is not in the instance");
				continue;
			}
			if (h.excluded().contains(code)) {
				problems.add("household \"" + id + "\" placed in " + code + ", where it is excluded");
			}
			if (h.published() != null && !h.published().equals(code)) {
				problems.add("household \"" + id + "\" was told " + h.published() + " but is placed in " + code);
			}
			load.merge(code, (long) h.size(), Long::sum);
			if (h.published() != null) {
				published.merge(code, (long) h.size(), Long::sum);
			}
			// scores are used to 4 decimals (the format's rule), so the fit is exact in
			// those units
			units += h.size() * Math.round(h.score(code) * PlacementOptimiser.UNITS);
			persons += h.size();
		}
		for (JsonNode u : plan.path("unplaced")) {
			String id = u.path("household").asString("");
			if (!households.containsKey(id)) {
				problems.add("unknown household \"" + id + "\" reported unplaced");
			}
			else if (!seen.add(id)) {
				problems.add("household \"" + id + "\" is both placed and unplaced, or unplaced twice");
			}
			else if (households.get(id).published() != null) {
				problems.add("published household \"" + id + "\" is left unplaced");
			}
		}
		for (String id : households.keySet()) {
			if (!seen.contains(id)) {
				problems.add("household \"" + id + "\" is neither placed nor reported unplaced");
			}
		}
		double fit = units / (double) PlacementOptimiser.UNITS;
		double fullest = 0;
		for (Taakstelling t : instance.gemeenten()) {
			long placed = load.getOrDefault(t.code(), 0L);
			// households told earlier stay even where they alone fill more than the room
			if (placed > Math.max(t.capacity(), published.getOrDefault(t.code(), 0L))) {
				problems.add(String.format(Locale.ROOT, "%s gets %d persons, its capacity is %d (target %d)", t.code(),
						placed, t.capacity(), t.target()));
			}
			if (t.capacity() > 0) {
				fullest = Math.max(fullest, placed / (double) t.capacity());
			}
		}
		double claimed = plan.path("objective").asDouble(Double.NaN);
		if (!(Math.abs(claimed - fit) <= 1e-6 * Math.max(1, fit))) {
			problems.add(
					String.format(Locale.ROOT, "the plan says its fit is %.4f, the instance gives %.4f", claimed, fit));
		}
		long claimedPersons = plan.path("placedPersons").asLong(-1);
		if (claimedPersons != persons) {
			problems.add("the plan says it places " + claimedPersons + " persons, its assignments place " + persons);
		}
		double bound = plan.path("bound").asDouble(Double.NaN);
		if (!(bound >= fit - 1e-6 * Math.max(1, fit))) {
			problems.add(String.format(Locale.ROOT, "the bound %.4f is below the plan's fit %.4f", bound, fit));
		}
		return new Report(problems, fit, claimed, persons, bound, fullest);
	}

}
