package nl.verbinder.reference;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An ESCO occupation with its ISCO-08 unit group and labels in Dutch, English, Arabic,
 * Ukrainian and French. Equality is by ESCO URI.
 */
public record Occupation(String escoUri, String escoCode, String iscoCode, String labelNl, String labelEn,
		@Nullable String labelAr, @Nullable String labelUk, @Nullable String labelFr, List<String> altLabelsNl,
		List<String> altLabelsEn, boolean euRegulated) {

	public String label(Locale locale) {
		String label = switch (locale.getLanguage()) {
			case "nl" -> labelNl;
			case "ar" -> labelAr;
			case "uk" -> labelUk;
			case "fr" -> labelFr;
			default -> labelEn;
		};
		return label != null ? label : labelEn;
	}

	/**
	 * The ISCO-08 major group (first digit): 1 managers ... 9 elementary occupations, 0
	 * armed forces.
	 */
	public int iscoMajorGroup() {
		return Character.digit(iscoCode.charAt(0), 10);
	}
}
