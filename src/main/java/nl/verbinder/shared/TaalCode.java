package nl.verbinder.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language as a BCP 47 / CLDR code ({@code ar}, {@code ti}, {@code fa-AF},
 * {@code ckb}).
 */
public record TaalCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

	public TaalCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("rule.taal-code.format", value);
		}
	}

	public Locale locale() {
		return Locale.forLanguageTag(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
