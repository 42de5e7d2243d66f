package nl.verbinder.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A one-time activation code: 12 characters from 31 that cannot be mistaken for each
 * other (no 0/O, 1/I/L), about 59 random bits, written in three groups of four. Only its
 * SHA-256 is stored: with this many random bits and a life of 30 days a slow hash adds
 * nothing, and a plain hash lets the activation find the invitation.
 */
record ActivationCode(String value) {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	static ActivationCode random() {
		var code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new ActivationCode(code.toString());
	}

	/**
	 * What someone typed, without spaces or dashes and in capitals; null when it cannot
	 * be a code.
	 */
	static @Nullable ActivationCode typed(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return new ActivationCode(code);
	}

	/** As printed: XXXX-XXXX-XXXX. */
	String grouped() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
	}

	String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	@Override
	public String toString() {
		return "ActivationCode[hidden]";
	}
}
