package nl.verbinder.inkoop;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.inkoop.CsvRefused.RowError;
import nl.verbinder.shared.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The providers' attendance file: UTF-8 text with one header row and one row per lesson
 * or week, separated by commas or semicolons (as a Dutch spreadsheet saves it). Columns,
 * in this order:
 * <ol>
 * <li>{@code verwijzing}: the referral's id, as the inbox and API show it;</li>
 * <li>{@code product}: the contracted product's id;</li>
 * <li>{@code datum}: the lesson's day, or the first day of the week
 * ({@code yyyy-MM-dd});</li>
 * <li>{@code soort}: {@code LES} or {@code WORKSHOP};</li>
 * <li>{@code thema}: for a workshop its theme ({@code FINANCIEN},
 * {@code WERK_EN_OPLEIDING}, {@code ZORG}, {@code WONEN}, {@code VRIJE_TIJD},
 * {@code POLITIEK_EN_DEMOCRATIE}, {@code GESCHIEDENIS_EN_CULTUUR},
 * {@code NEDERLANDSE_WAARDEN}), else empty;</li>
 * <li>{@code aanwezig}, {@code afwezig}: lessons attended and missed;</li>
 * <li>{@code uren}: hours attended (a decimal point or comma).</li>
 * </ol>
 * Parsing checks each row on its own and names every refused row with its number in the
 * file (the header is row 1); whether the participant and product exist is checked by
 * {@link Reporting}.
 */
final class AttendanceCsv {

	static final List<String> HEADER = List.of("verwijzing", "product", "datum", "soort", "thema", "aanwezig",
			"afwezig", "uren");

	/** The largest file accepted, in bytes. */
	static final int MAX_BYTES = 1_000_000;

	/** The most rows one file may hold. */
	static final int MAX_ROWS = 5_000;

	/** A parsed row: its number in the file and what it reports. */
	record Row(int rij, UUID verwijzing, UUID product, Aanwezigheid aanwezigheid) {
	}

	/** The rows that parsed and the errors of those that did not. */
	record Parsed(List<Row> rows, List<RowError> errors) {
	}

	private AttendanceCsv() {
	}

	static Parsed parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		if (content.isBlank()) {
			return new Parsed(List.of(), List.of(new RowError(1, RuleViolation.name("rule.csv.empty"))));
		}
		char delimiter = delimiter(content);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<Row> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
			Lines lines = new Lines(content);
			boolean header = true;
			for (CSVRecord record : parser) {
				int rij = lines.lineOf(record.getCharacterPosition());
				if (header) {
					header = false;
					List<String> names = record.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
					if (!names.equals(HEADER)) {
						errors.add(new RowError(1, RuleViolation.name("rule.csv.header", String.join(",", HEADER))));
						return new Parsed(List.of(), errors);
					}
					continue;
				}
				if (rows.size() + errors.size() >= MAX_ROWS) {
					errors.add(new RowError(rij, RuleViolation.name("rule.csv.too-many-rows", MAX_ROWS)));
					break;
				}
				try {
					rows.add(row(rij, record));
				}
				catch (RuleViolation e) {
					errors.add(new RowError(rij, RuleViolation.reason(e)));
				}
			}
		}
		catch (IOException | RuntimeException e) {
			errors.add(new RowError(-1, RuleViolation.name("rule.csv.unreadable")));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(1, RuleViolation.name("rule.csv.empty")));
		}
		return new Parsed(rows, errors);
	}

	/** Line numbers (from 1) of positions asked in increasing order. */
	private static final class Lines {

		private final String content;

		private int position;

		private int line = 1;

		Lines(String content) {
			this.content = content;
		}

		int lineOf(long at) {
			long start = at;
			// A record after empty lines starts where the previous one ended.
			while (start < content.length()
					&& (content.charAt((int) start) == '\n' || content.charAt((int) start) == '\r')) {
				start++;
			}
			while (position < start && position < content.length()) {
				if (content.charAt(position++) == '\n') {
					line++;
				}
			}
			return line;
		}

	}

	private static char delimiter(String content) {
		int end = content.indexOf('\n');
		String first = end < 0 ? content : content.substring(0, end);
		return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
	}

	private static Row row(int rij, CSVRecord r) {
		if (r.size() != HEADER.size()) {
			throw new RuleViolation("rule.csv.columns", r.size(), HEADER.size());
		}
		UUID verwijzing = uuid(r.get(0), "verwijzing");
		UUID product = uuid(r.get(1), "product");
		LocalDate datum;
		try {
			datum = LocalDate.parse(r.get(2));
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("rule.csv.value", "datum", r.get(2));
		}
		Aanwezigheid.Soort soort = value(Aanwezigheid.Soort.class, r.get(3), "soort");
		Aanwezigheid.Workshopthema thema = r.get(4).isEmpty() ? null
				: value(Aanwezigheid.Workshopthema.class, r.get(4), "thema");
		int aanwezig = count(r.get(5), "aanwezig");
		int afwezig = count(r.get(6), "afwezig");
		BigDecimal uren;
		try {
			uren = new BigDecimal(r.get(7).replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("rule.csv.value", "uren", r.get(7));
		}
		return new Row(rij, verwijzing, product, new Aanwezigheid(datum, soort, thema, aanwezig, afwezig, uren));
	}

	private static UUID uuid(String text, String column) {
		try {
			if (text.length() != 36) {
				throw new IllegalArgumentException();
			}
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("rule.csv.value", column, text);
		}
	}

	private static int count(String text, String column) {
		if (!text.matches("\\d{1,3}")) {
			throw new RuleViolation("rule.csv.value", column, text);
		}
		return Integer.parseInt(text);
	}

	private static <E extends Enum<E>> E value(Class<E> type, String text, String column) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("rule.csv.value", column, text);
		}
	}

}
