package nl.verbinder.reference;

import java.util.Locale;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;

/**
 * A language from the CLDR list; {@code newcomer} marks the curated shortlist of
 * languages that newcomers in the Netherlands commonly speak (with a Dutch display name
 * where CLDR's is ambiguous).
 */
public record Taal(TaalCode code, @Nullable String iso6393, String nameNl, String nameEn, @Nullable String autonym,
		boolean rightToLeft, boolean newcomer) {

	public String name(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? nameNl : nameEn;
	}
}
