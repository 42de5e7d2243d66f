package nl.verbinder.reference;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching: lower case, accents removed, punctuation to single spaces. */
final class TextNormalizer {

	private TextNormalizer() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK && isLatinMark(decomposed, i)) {
				continue;
			}
			if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK) {
				out.append(c);
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		return out.substring(0, end);
	}

	/**
	 * Accents on Latin letters are dropped; marks in Arabic and other scripts are kept.
	 */
	private static boolean isLatinMark(String s, int markIndex) {
		int base = markIndex - 1;
		while (base >= 0 && Character.getType(s.charAt(base)) == Character.NON_SPACING_MARK) {
			base--;
		}
		return base >= 0 && Character.UnicodeScript.of(s.charAt(base)) == Character.UnicodeScript.LATIN;
	}

}
