package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.verbinder.shared.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * What a case manager typed in the search box: a BSN (nine digits passing the eleven
 * test), a date of birth ({@code 2025-03-01} or {@code 01-03-2025}), or otherwise a part
 * of a name.
 */
record Search(@Nullable String namePattern, @Nullable String bsn, @Nullable LocalDate born) {

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

	static Search parse(@Nullable String input) {
		if (input == null || input.isBlank()) {
			return new Search(null, null, null);
		}
		String text = input.strip();
		String digits = text.replaceAll("[\\s.]", "");
		if (Bsn.valid(digits)) {
			return new Search(null, digits, null);
		}
		for (DateTimeFormatter format : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE }) {
			try {
				return new Search(null, null, LocalDate.parse(text, format));
			}
			catch (DateTimeParseException e) {
				// not this format
			}
		}
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return new Search("%" + escaped + "%", null, null);
	}
}
