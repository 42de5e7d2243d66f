package nl.verbinder.portal;

import java.util.EnumMap;
import java.util.Map;
import nl.verbinder.inburgering.Domein;
import org.springframework.stereotype.Component;

/**
 * The pictogram beside a life domain or a contact on the portal's pages, for readers to
 * whom the words alone say too little ("spreekuur" was once read as a doctor's visit).
 * The pictures are Lucide's (ISC licence), installed from npm at build time and served
 * from {@code /vendor/pictograms/}; the text beside each picture always says the same, so
 * the pictures carry no meaning of their own for a screen reader ({@code alt=""}).
 */
@Component
public class Pictograms {

	private static final Map<Domein, String> DOMAINS = new EnumMap<>(
			Map.ofEntries(Map.entry(Domein.WERK, "briefcase"), Map.entry(Domein.HUISVESTING, "house"),
					Map.entry(Domein.ONDERWIJS, "graduation-cap"), Map.entry(Domein.GEZONDHEID_EN_ZORG, "heart-pulse"),
					Map.entry(Domein.VRIJE_TIJD, "bike"), Map.entry(Domein.SOCIALE_BANDEN, "users"),
					Map.entry(Domein.SOCIALE_BRUGGEN, "handshake"), Map.entry(Domein.SOCIALE_VERBINDINGEN, "network"),
					Map.entry(Domein.TAAL_EN_COMMUNICATIE, "languages"), Map.entry(Domein.CULTUUR, "palette"),
					Map.entry(Domein.DIGITALE_VAARDIGHEDEN, "laptop"), Map.entry(Domein.VEILIGHEID, "shield-check"),
					Map.entry(Domein.STABILITEIT, "scale"), Map.entry(Domein.RECHTEN_EN_PLICHTEN, "landmark")));

	/** The path of a life domain's pictogram. */
	public String domain(Domein domein) {
		return path(DOMAINS.get(domein));
	}

	/** The contacts' pictograms: the case manager, a key person, an organisation. */
	public String caseManager() {
		return path("user-round");
	}

	public String keyPerson() {
		return path("handshake");
	}

	public String organisation() {
		return path("building-2");
	}

	static String path(String name) {
		return "/vendor/pictograms/" + name + ".svg";
	}

}
