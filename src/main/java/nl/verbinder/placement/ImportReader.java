package nl.verbinder.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verbinder.placement.ImportRefused.Part;
import nl.verbinder.placement.optimiser.Huishouden;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.PlacementOptimiser;
import nl.verbinder.placement.optimiser.Taakstelling;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a planner imports, all or nothing: an instance in the command line's JSON
 * format (docs/placement-instance-format.md), or a CSV file of households (one row per
 * household; the columns in docs/placement-instance-format.md, "Households as CSV").
 * Every problem is collected with where it is (the CSV's row as a spreadsheet numbers it,
 * the header being row 1; the instance's n-th household or municipality) and said as a
 * message key; the file is refused when there is any.
 */
final class ImportReader {

	/** The CSV columns; {@code huishouden} and {@code personen} are required. */
	static final List<String> COLUMNS = List.of("huishouden", "personen", "score", "scores", "uitgesloten",
			"gepubliceerd");

	static final int MAX_HOUSEHOLDS = 50_000;

	private static final Pattern CODE = Pattern.compile("GM\\d{4}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Set<String> known;

	private final ImportProblems problems = new ImportProblems();

	/**
	 * @param known the CBS codes of the municipalities that exist
	 */
	ImportReader(Set<String> known) {
		this.known = Set.copyOf(known);
	}

	/** An instance in the command line's JSON format, checked as a whole. */
	PlacementInstance instance(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException e) {
			var where = e.getLocation();
			throw where == null || where.getLineNr() < 1 ? new RuleViolation("rule.placement.import-json")
					: new RuleViolation("rule.placement.import-json-at", where.getLineNr(), where.getColumnNr());
		}
		if (root == null || !root.isObject()) {
			throw new RuleViolation("rule.placement.import-json");
		}
		String period = root.path("period").isString() ? root.get("period").stringValue().strip() : "";
		List<Taakstelling> quotas = new ArrayList<>();
		JsonNode ms = root.get("municipalities");
		if (ms == null || !ms.isArray()) {
			problem(Part.FILE, 0, "rule.placement.import.field-missing", "municipalities");
		}
		else {
			Set<String> seen = new LinkedHashSet<>();
			for (int i = 0; i < ms.size(); i++) {
				InstanceFields f = new InstanceFields(problems, Part.MUNICIPALITY, i + 1, ms.get(i));
				String code = f.text("code", true);
				Integer quota = f.whole("quota", true);
				int filled = f.wholeOrZero("filled");
				int tolerance = f.wholeOrZero("tolerance");
				int carryOver = f.wholeOrZero("carryOver");
				if (code != null && code(Part.MUNICIPALITY, i + 1, code) && !seen.add(code)) {
					problem(Part.MUNICIPALITY, i + 1, "rule.placement.import.code-twice", code);
				}
				notNegative(Part.MUNICIPALITY, i + 1, "quota", quota == null ? 0 : quota);
				notNegative(Part.MUNICIPALITY, i + 1, "filled", filled);
				notNegative(Part.MUNICIPALITY, i + 1, "tolerance", tolerance);
				if (code != null && quota != null) {
					quotas.add(new Taakstelling(code, quota, filled, tolerance, carryOver));
				}
			}
		}
		List<Huishouden> households = new ArrayList<>();
		JsonNode hs = root.get("households");
		if (hs == null || !hs.isArray()) {
			problem(Part.FILE, 0, "rule.placement.import.field-missing", "households");
		}
		else {
			for (int i = 0; i < hs.size(); i++) {
				InstanceFields f = new InstanceFields(problems, Part.HOUSEHOLD, i + 1, hs.get(i));
				String id = f.text("id", true);
				if (id != null && id.isEmpty()) {
					problem(Part.HOUSEHOLD, i + 1, "rule.placement.import.field-missing", "id");
					id = null;
				}
				Integer size = f.whole("size", true);
				Double score = f.number("defaultScore");
				Map<String, Double> scores = f.scores();
				Set<String> excluded = f.codes("excluded");
				String published = f.text("published", false);
				if (id != null && size != null) {
					households.add(new Huishouden(id, size, score == null ? 0 : score, scores, excluded, published));
				}
			}
		}
		refuseIfAny();
		check(quotas, households, Part.HOUSEHOLD, 1);
		return new PlacementInstance(period, quotas, households);
	}

	/**
	 * The households of a CSV file (separated by {@code ;} or {@code ,}, as its header
	 * is; decimals with a point, or a comma when {@code ;} separates), to be placed
	 * within {@code quotas}.
	 */
	List<Huishouden> households(String text, List<Taakstelling> quotas) {
		String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
		if (lines.length == 0 || lines[0].isBlank()) {
			throw new RuleViolation("rule.placement.no-households");
		}
		char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
		List<String> headerCells = split(lines[0], separator);
		if (headerCells == null) {
			problem(Part.ROW, 1, "rule.placement.import.quotes");
			refuseIfAny();
		}
		List<String> header = Objects.requireNonNull(headerCells)
			.stream()
			.map(h -> h.strip().toLowerCase(Locale.ROOT))
			.toList();
		for (String name : header) {
			if (!COLUMNS.contains(name)) {
				problem(Part.ROW, 1, "rule.placement.import.column-unknown", name, String.join(", ", COLUMNS));
			}
		}
		for (String name : List.of("huishouden", "personen")) {
			if (!header.contains(name)) {
				problem(Part.ROW, 1, "rule.placement.import.column-missing", name);
			}
		}
		refuseIfAny();
		List<Huishouden> households = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int r = 1; r < lines.length; r++) {
			if (lines[r].isBlank()) {
				continue;
			}
			int row = r + 1;
			if (households.size() >= MAX_HOUSEHOLDS) {
				throw new RuleViolation("rule.placement.households", 1, MAX_HOUSEHOLDS);
			}
			List<String> cells = split(lines[r], separator);
			if (cells == null) {
				problem(Part.ROW, row, "rule.placement.import.quotes");
				continue;
			}
			if (cells.size() != header.size()) {
				problem(Part.ROW, row, "rule.placement.import.cells", cells.size(), header.size());
				continue;
			}
			Map<String, String> cell = new HashMap<>();
			for (int c = 0; c < header.size(); c++) {
				cell.put(header.get(c), cells.get(c).strip());
			}
			String id = cell.get("huishouden");
			if (id.isEmpty()) {
				problem(Part.ROW, row, "rule.placement.import.field-missing", "huishouden");
			}
			Integer size = whole(row, "personen", cell.get("personen"));
			String scoreText = cell.getOrDefault("score", "");
			Double score = scoreText.isEmpty() ? Double.valueOf(0) : decimal(row, "score", scoreText, separator);
			Map<String, Double> scores = new HashMap<>();
			for (String pair : list(cell.getOrDefault("scores", ""))) {
				int is = pair.indexOf('=');
				if (is < 1) {
					problem(Part.ROW, row, "rule.placement.import.score-pair", pair);
					continue;
				}
				Double value = decimal(row, "scores", pair.substring(is + 1).strip(), separator);
				if (value != null) {
					scores.put(pair.substring(0, is).strip(), value);
				}
			}
			Set<String> excluded = new LinkedHashSet<>(list(cell.getOrDefault("uitgesloten", "")));
			String published = cell.getOrDefault("gepubliceerd", "");
			if (!id.isEmpty() && size != null && score != null) {
				households
					.add(new Huishouden(id, size, score, scores, excluded, published.isEmpty() ? null : published));
				rows.add(row);
			}
		}
		refuseIfAny();
		check(quotas, households, Part.ROW, 0, rows);
		return households;
	}

	private void check(List<Taakstelling> quotas, List<Huishouden> households, Part part, int first) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < households.size(); i++) {
			numbers.add(first + i);
		}
		check(quotas, households, part, first, numbers);
	}

	/**
	 * What the optimiser needs of households and quotas together: unique ids, sizes from
	 * 1, scores 0–100, every named municipality among the quotas, a publication not where
	 * the household is excluded, and room for every person.
	 */
	private void check(List<Taakstelling> quotas, List<Huishouden> households, Part part, int first,
			List<Integer> numbers) {
		if (households.isEmpty()) {
			problem(Part.FILE, 0, "rule.placement.no-households");
		}
		if (households.size() > MAX_HOUSEHOLDS) {
			problem(Part.FILE, 0, "rule.placement.households", 1, MAX_HOUSEHOLDS);
		}
		Set<String> codes = new LinkedHashSet<>();
		quotas.forEach(t -> codes.add(t.code()));
		Map<String, Integer> firstSeen = new HashMap<>();
		for (int i = 0; i < households.size(); i++) {
			Huishouden h = households.get(i);
			int at = numbers.get(i);
			Integer earlier = firstSeen.putIfAbsent(h.id(), at);
			if (earlier != null) {
				problem(part, at, "rule.placement.import.id-twice", h.id(),
						RuleViolation.name("placement.import.where." + part, earlier));
			}
			if (h.size() < 1) {
				problem(part, at, "rule.placement.import.size", h.size());
			}
			score(part, at, h.defaultScore());
			h.scores().forEach((code, value) -> {
				if (inQuotas(part, at, code, codes)) {
					score(part, at, value);
				}
			});
			h.excluded().forEach(code -> inQuotas(part, at, code, codes));
			String published = h.published();
			if (published != null && inQuotas(part, at, published, codes) && h.excluded().contains(published)) {
				problem(part, at, "rule.placement.import.published-excluded", published);
			}
		}
		refuseIfAny();
		long persons = households.stream().mapToLong(Huishouden::size).sum();
		long capacity = quotas.stream().mapToLong(Taakstelling::capacity).sum();
		if (capacity < persons) {
			problem(Part.FILE, 0, "rule.placement.run-capacity", persons, capacity, persons - capacity);
		}
		refuseIfAny();
	}

	private boolean inQuotas(Part part, int at, String code, Set<String> codes) {
		if (!code(part, at, code)) {
			return false;
		}
		if (!codes.contains(code)) {
			problem(part, at, "rule.placement.import.no-quota", code);
			return false;
		}
		return true;
	}

	/** Whether {@code code} is a known municipality's CBS code; a problem if not. */
	private boolean code(Part part, int at, String code) {
		if (!CODE.matcher(code).matches()) {
			problem(part, at, "rule.placement.import.code", code);
			return false;
		}
		if (!known.contains(code)) {
			problem(part, at, "rule.placement.import.unknown-code", code);
			return false;
		}
		return true;
	}

	private void score(Part part, int at, double value) {
		if (Double.isNaN(value) || value < 0 || value > PlacementOptimiser.MAX_SCORE) {
			problem(part, at, "rule.placement.import.score-range", String.valueOf(value));
		}
	}

	private void notNegative(Part part, int at, String field, int value) {
		if (value < 0) {
			problem(part, at, "rule.placement.import.negative", field, value);
		}
	}

	private @Nullable Integer whole(int row, String column, String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			problem(Part.ROW, row,
					text.isEmpty() ? "rule.placement.import.field-missing" : "rule.placement.import.whole-number",
					column, text);
			return null;
		}
	}

	private @Nullable Double decimal(int row, String column, String text, char separator) {
		try {
			double d = Double.parseDouble(separator == ';' ? text.replace(',', '.') : text);
			if (!Double.isFinite(d) || text.chars().anyMatch(Character::isLetter)) {
				throw new NumberFormatException(text);
			}
			return d;
		}
		catch (NumberFormatException e) {
			problem(Part.ROW, row, "rule.placement.import.number", column, text);
			return null;
		}
	}

	private static List<String> list(String text) {
		List<String> items = new ArrayList<>();
		for (String s : text.split("\\|")) {
			if (!s.isBlank()) {
				items.add(s.strip());
			}
		}
		return items;
	}

	/**
	 * The cells of one line; a cell in double quotes may hold the separator and doubled
	 * quotes. Null when a quote is not closed.
	 */
	static @Nullable List<String> split(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		cells.add(cell.toString());
		return cells;
	}

	private void problem(Part part, int number, String key, Object... arguments) {
		problems.add(part, number, key, arguments);
	}

	private void refuseIfAny() {
		problems.refuseIfAny();
	}

}
