package nl.verbinder.reference;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A group in the ISCO-08 hierarchy: level 1 (major) to 4 (unit group). */
public record IscoGroup(String code, int level, @Nullable String parentCode, @Nullable String labelNl, String labelEn) {

	public String label(Locale locale) {
		return "nl".equals(locale.getLanguage()) && labelNl != null ? labelNl : labelEn;
	}
}
