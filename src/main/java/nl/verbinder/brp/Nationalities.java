package nl.verbinder.brp;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The BRP's nationality as the country Verbinder records (ISO 3166 alpha-2), for the
 * nationalities of the people who come to civic integration. The BRP names a nationality
 * by its code in the national Nationaliteitentabel and by its Dutch adjective
 * ("Syrische"); the adjective is matched, so that no copy of that table is kept here. A
 * nationality not listed is left for the case manager to choose.
 */
public final class Nationalities {

	private Nationalities() {
	}

	private static final Map<String, String> BY_ADJECTIVE = Stream
		.of("Afghaanse AF", "Algerijnse DZ", "Burundese BI", "Chinese CN", "Colombiaanse CO", "Congolese CD",
				"Egyptische EG", "Eritrese ER", "Ethiopische ET", "Georgische GE", "Guinese GN", "Iraakse IQ",
				"Iraanse IR", "Jemenitische YE", "Koeweitse KW", "Libanese LB", "Libische LY", "Marokkaanse MA",
				"Nederlandse NL", "Nigeriaanse NG", "Oegandese UG", "Oekraïense UA", "Pakistaanse PK", "Palestijnse PS",
				"Russische RU", "Somalische SO", "Soedanese SD", "Syrische SY", "Tunesische TN", "Turkse TR",
				"Venezolaanse VE", "Wit-Russische BY", "Zuid-Soedanese SS")
		.map(entry -> entry.split(" "))
		.collect(Collectors.toUnmodifiableMap(entry -> entry[0].toLowerCase(Locale.ROOT), entry -> entry[1]));

	/**
	 * The country of a nationality as the BRP describes it, if it is one of the above.
	 */
	public static Optional<String> country(BrpPerson.Code nationaliteit) {
		String adjective = nationaliteit.omschrijving();
		return adjective == null ? Optional.empty()
				: Optional.ofNullable(BY_ADJECTIVE.get(adjective.strip().toLowerCase(Locale.ROOT)));
	}

}
