package nl.verbinder.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/** A CBS municipality code such as {@code GM0197} (Aalten). */
public record GemeenteCode(String value) implements Comparable<GemeenteCode>, Serializable {

	private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

	public GemeenteCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("rule.gemeente-code.format", value);
		}
	}

	/**
	 * Parses input as typed: surrounding spaces and lower case are forgiven
	 * ({@code " gm0197"}).
	 */
	public static GemeenteCode of(String value) {
		String normalised = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!FORMAT.matcher(normalised).matches()) {
			throw new RuleViolation("rule.gemeente-code.format", value);
		}
		return new GemeenteCode(normalised);
	}

	@Override
	public int compareTo(GemeenteCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
