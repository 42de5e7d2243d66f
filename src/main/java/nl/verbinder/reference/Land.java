package nl.verbinder.reference;

import java.util.Locale;
import java.util.Map;

/**
 * An ISO 3166-1 country with short names from CLDR in Dutch, English and newcomer
 * languages.
 */
public record Land(String alpha2, String alpha3, String nameNl, String nameEn, Map<String, String> names) {

	public String name(Locale locale) {
		String name = names.get(locale.getLanguage());
		return name != null && !name.isBlank() ? name : ("nl".equals(locale.getLanguage()) ? nameNl : nameEn);
	}
}
