package nl.verbinder.reference;

import java.util.List;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * A municipality with its province, labour-market region and a point inside it (the label
 * point, which always lies within the municipality; centroids of a few do not).
 */
public record Gemeente(GemeenteCode code, String naam, @Nullable String naamAlt, String provincieCode,
		String arbeidsmarktregioCode, double lat, double lon, @Nullable Integer inwoners,
		List<GemeenteCode> buurgemeenten) {

	/** The name people use: "Den Haag" rather than "'s-Gravenhage". */
	public String displayName() {
		return naamAlt != null ? naamAlt : naam;
	}
}
