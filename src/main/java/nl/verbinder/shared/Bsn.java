package nl.verbinder.shared;

/**
 * A citizen service number (burgerservicenummer): nine digits that pass the eleven test
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not 0).
 */
public record Bsn(String value) {

	public Bsn {
		if (!valid(value)) {
			throw new RuleViolation("rule.bsn.eleven-test");
		}
	}

	/** Parses input as typed: spaces and dots between the digits are forgiven. */
	public static Bsn of(String input) {
		String digits = input == null ? "" : input.replaceAll("[\\s.]", "");
		if (!valid(digits)) {
			throw new RuleViolation("rule.bsn.eleven-test");
		}
		return new Bsn(digits);
	}

	public static boolean valid(String value) {
		if (value == null || !value.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (value.charAt(i) - '0');
		}
		sum -= value.charAt(8) - '0';
		return sum != 0 && sum % 11 == 0;
	}

	/**
	 * Only the last three digits, for screens and logs where the whole number is not
	 * needed.
	 */
	public String masked() {
		return "******" + value.substring(6);
	}

	@Override
	public String toString() {
		return masked();
	}
}
