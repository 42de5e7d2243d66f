package nl.verbinder.placement;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.verbinder.placement.ImportRefused.Part;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Typed fields of one object of an imported instance, each problem named where it is. */
final class InstanceFields {

	private final ImportProblems problems;

	private final Part part;

	private final int number;

	private final @Nullable JsonNode node;

	InstanceFields(ImportProblems problems, Part part, int number, @Nullable JsonNode node) {
		this.problems = problems;
		this.part = part;
		this.number = number;
		this.node = node != null && node.isObject() ? node : null;
		if (this.node == null) {
			problems.add(part, number, "rule.placement.import.not-object");
		}
	}

	private @Nullable JsonNode field(String name, boolean required) {
		if (node == null) {
			return null;
		}
		JsonNode v = node.get(name);
		if (v == null || v.isNull()) {
			if (required) {
				problems.add(part, number, "rule.placement.import.field-missing", name);
			}
			return null;
		}
		return v;
	}

	@Nullable String text(String name, boolean required) {
		JsonNode v = field(name, required);
		if (v != null && !v.isString()) {
			problems.add(part, number, "rule.placement.import.text", name, v.toString());
			return null;
		}
		return v == null ? null : v.stringValue().strip();
	}

	@Nullable Integer whole(String name, boolean required) {
		JsonNode v = field(name, required);
		if (v != null && (!v.isIntegralNumber() || !v.canConvertToInt())) {
			problems.add(part, number, "rule.placement.import.whole-number", name, v.toString());
			return null;
		}
		return v == null ? null : v.intValue();
	}

	int wholeOrZero(String name) {
		Integer i = whole(name, false);
		return i == null ? 0 : i;
	}

	@Nullable Double number(String name) {
		JsonNode v = field(name, false);
		if (v != null && !v.isNumber()) {
			problems.add(part, number, "rule.placement.import.number", name, v.toString());
			return null;
		}
		return v == null ? null : v.doubleValue();
	}

	Map<String, Double> scores() {
		Map<String, Double> result = new HashMap<>();
		JsonNode v = field("scores", false);
		if (v == null) {
			return result;
		}
		if (!v.isObject()) {
			problems.add(part, number, "rule.placement.import.scores-object");
			return result;
		}
		for (var e : v.properties()) {
			if (!e.getValue().isNumber()) {
				problems.add(part, number, "rule.placement.import.number", "scores." + e.getKey(),
						e.getValue().toString());
			}
			else {
				result.put(e.getKey().strip(), e.getValue().doubleValue());
			}
		}
		return result;
	}

	Set<String> codes(String name) {
		Set<String> result = new LinkedHashSet<>();
		JsonNode v = field(name, false);
		if (v == null) {
			return result;
		}
		if (!v.isArray()) {
			problems.add(part, number, "rule.placement.import.codes", name);
			return result;
		}
		for (JsonNode e : v) {
			if (!e.isString()) {
				problems.add(part, number, "rule.placement.import.codes", name);
			}
			else {
				result.add(e.stringValue().strip());
			}
		}
		return result;
	}

}
