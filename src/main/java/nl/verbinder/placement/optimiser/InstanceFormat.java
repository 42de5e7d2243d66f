package nl.verbinder.placement.optimiser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON instance format of docs/placement-instance-format.md, read with Jackson 3's
 * tree model so that a missing or mistyped field is named with where it is
 * ({@code households[3] (id "H4"): missing field "size"}).
 */
public final class InstanceFormat {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private InstanceFormat() {
	}

	public static PlacementInstance read(Path file) throws IOException {
		return parse(Files.readString(file));
	}

	/**
	 * Parses the JSON text; throws {@link InvalidInstanceException} naming every
	 * structural problem.
	 */
	public static PlacementInstance parse(String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException e) {
			throw new InvalidInstanceException(List.of("not valid JSON: " + e.getOriginalMessage()));
		}
		List<String> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			throw new InvalidInstanceException(
					List.of("the instance must be a JSON object with \"municipalities\" and \"households\""));
		}
		String period = root.has("period") && root.get("period").isString() ? root.get("period").stringValue() : "";
		List<Taakstelling> gemeenten = new ArrayList<>();
		JsonNode ms = root.get("municipalities");
		if (ms == null || !ms.isArray()) {
			problems.add("missing field \"municipalities\" (an array)");
		}
		else {
			for (int i = 0; i < ms.size(); i++) {
				JsonNode m = ms.get(i);
				Fields f = new Fields("municipalities[" + i + "]", m, problems);
				String code = f.string("code", true);
				if (code != null) {
					f.where = "municipalities[" + i + "] (" + code + ")";
				}
				Integer quota = f.integer("quota", true);
				Integer filled = f.integer("filled", false);
				Integer tolerance = f.integer("tolerance", false);
				Integer carryOver = f.integer("carryOver", false);
				if (code != null && quota != null && f.ok) {
					gemeenten.add(new Taakstelling(code, quota, orZero(filled), orZero(tolerance), orZero(carryOver)));
				}
			}
		}
		List<Huishouden> huishoudens = new ArrayList<>();
		JsonNode hs = root.get("households");
		if (hs == null || !hs.isArray()) {
			problems.add("missing field \"households\" (an array)");
		}
		else {
			for (int i = 0; i < hs.size(); i++) {
				JsonNode h = hs.get(i);
				Fields f = new Fields("households[" + i + "]", h, problems);
				String id = f.string("id", true);
				if (id != null) {
					f.where = "households[" + i + "] (id \"" + id + "\")";
				}
				Integer size = f.integer("size", true);
				Double defaultScore = f.number("defaultScore", false);
				Map<String, Double> scores = f.scores("scores");
				Set<String> excluded = f.strings("excluded");
				String published = f.string("published", false);
				if (id != null && size != null && f.ok) {
					huishoudens.add(new Huishouden(id, size, defaultScore == null ? 0 : defaultScore, scores, excluded,
							published));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInstanceException(problems);
		}
		return new PlacementInstance(period, gemeenten, huishoudens);
	}

	public static void write(PlacementInstance instance, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			MAPPER.writeValue(out, toTree(instance));
		}
	}

	public static String toJson(PlacementInstance instance) {
		return MAPPER.writeValueAsString(toTree(instance));
	}

	public static void writeResult(PlacementResult result, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			MAPPER.writeValue(out, result);
		}
	}

	/** The plan as {@code placement solve} writes it. */
	public static String resultToJson(PlacementResult result) {
		return MAPPER.writeValueAsString(result);
	}

	private static Map<String, Object> toTree(PlacementInstance instance) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("period", instance.period());
		List<Object> ms = new ArrayList<>();
		for (Taakstelling t : instance.gemeenten()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", t.code());
			m.put("quota", t.quota());
			m.put("filled", t.filled());
			m.put("tolerance", t.tolerance());
			m.put("carryOver", t.carryOver());
			ms.add(m);
		}
		root.put("municipalities", ms);
		List<Object> hs = new ArrayList<>();
		for (Huishouden h : instance.huishoudens()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", h.id());
			m.put("size", h.size());
			m.put("defaultScore", h.defaultScore());
			if (!h.scores().isEmpty()) {
				m.put("scores", new TreeMap<>(h.scores()));
			}
			if (!h.excluded().isEmpty()) {
				m.put("excluded", h.excluded().stream().sorted().toList());
			}
			if (h.published() != null) {
				m.put("published", h.published());
			}
			hs.add(m);
		}
		root.put("households", hs);
		return root;
	}

	private static int orZero(@Nullable Integer i) {
		return i == null ? 0 : i;
	}

	/**
	 * Reads typed fields of one object, adding a named problem for each missing or
	 * mistyped one.
	 */
	private static final class Fields {

		String where;

		final @Nullable JsonNode node;

		final List<String> problems;

		boolean ok = true;

		Fields(String where, @Nullable JsonNode node, List<String> problems) {
			this.where = where;
			this.node = node;
			this.problems = problems;
			if (node == null || !node.isObject()) {
				problem("is not an object");
			}
		}

		private void problem(String text) {
			problems.add(where + ": " + text);
			ok = false;
		}

		private @Nullable JsonNode field(String name, boolean required) {
			if (node == null || !node.isObject()) {
				return null;
			}
			JsonNode v = node.get(name);
			if (v == null || v.isNull()) {
				if (required) {
					problem("missing field \"" + name + "\"");
				}
				return null;
			}
			return v;
		}

		@Nullable String string(String name, boolean required) {
			JsonNode v = field(name, required);
			if (v == null) {
				return null;
			}
			if (!v.isString()) {
				problem("field \"" + name + "\" must be a string");
				return null;
			}
			return v.stringValue().strip();
		}

		@Nullable Integer integer(String name, boolean required) {
			JsonNode v = field(name, required);
			if (v == null) {
				return null;
			}
			if (!v.isIntegralNumber() || !v.canConvertToInt()) {
				problem("field \"" + name + "\" must be a whole number, is " + v);
				return null;
			}
			return v.intValue();
		}

		@Nullable Double number(String name, boolean required) {
			JsonNode v = field(name, required);
			if (v == null) {
				return null;
			}
			if (!v.isNumber()) {
				problem("field \"" + name + "\" must be a number, is " + v);
				return null;
			}
			return v.doubleValue();
		}

		Map<String, Double> scores(String name) {
			JsonNode v = field(name, false);
			Map<String, Double> result = new HashMap<>();
			if (v == null) {
				return result;
			}
			if (!v.isObject()) {
				problem("field \"" + name + "\" must be an object of municipality code → score");
				return result;
			}
			for (var e : v.properties()) {
				if (!e.getValue().isNumber()) {
					problem("score for " + e.getKey() + " must be a number, is " + e.getValue());
				}
				else {
					result.put(e.getKey().strip(), e.getValue().doubleValue());
				}
			}
			return result;
		}

		Set<String> strings(String name) {
			JsonNode v = field(name, false);
			Set<String> result = new HashSet<>();
			if (v == null) {
				return result;
			}
			if (!v.isArray()) {
				problem("field \"" + name + "\" must be an array of municipality codes");
				return result;
			}
			for (JsonNode e : v) {
				if (!e.isString()) {
					problem("field \"" + name + "\" must hold municipality codes (strings), has " + e);
				}
				else {
					result.add(e.stringValue().strip());
				}
			}
			return result;
		}

	}

}
