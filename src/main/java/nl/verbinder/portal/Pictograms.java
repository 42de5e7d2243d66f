package nl.verbinder.portal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.inburgering.Domein;
import org.springframework.stereotype.Component;

/**
 * The pictogram beside a life domain, a contact or an appointment on the portal's pages,
 * for readers to whom the words alone say too little ("spreekuur" was once read as a
 * doctor's visit). The pictures are Lucide's (ISC licence), installed from npm at build
 * time and served from {@code /vendor/pictograms/}; the text beside each picture always
 * says the same, so the pictures carry no meaning of their own for a screen reader
 * ({@code alt=""}).
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

	private static final Map<String, String> INTERESTS = Map.ofEntries(Map.entry("sport", "dumbbell"),
			Map.entry("zorg", "heart-handshake"), Map.entry("techniek", "wrench"), Map.entry("koken", "chef-hat"),
			Map.entry("kinderen", "baby"), Map.entry("taal", "languages"), Map.entry("ontmoeten", "users"),
			Map.entry("administratie", "file-text"), Map.entry("logistiek", "truck"), Map.entry("groen", "sprout"),
			Map.entry("onderwijs", "graduation-cap"), Map.entry("auto", "car"));

	private static final List<String> SCALE = List.of("frown", "meh", "smile");

	/** The path of an interest's pictogram (the tags of {@link Wishes#INTERESTS}). */
	public String interest(String interest) {
		return path(INTERESTS.getOrDefault(interest, "star"));
	}

	/** The pictograms of the interests, by interest, for a form's options. */
	public Map<String, String> interests() {
		return Wishes.INTERESTS.stream().collect(Collectors.toMap(i -> i, this::interest));
	}

	/**
	 * The faces of the rating scale (1 no, 2 a little, 3 yes), by value, for a form's
	 * options.
	 */
	public Map<String, String> scale() {
		return IntStream.rangeClosed(1, SCALE.size())
			.boxed()
			.collect(Collectors.toMap(String::valueOf, n -> path(SCALE.get(n - 1))));
	}

	/** The pictogram of a self-assessment or rating's answer on a scale of 1 to 3. */
	public String face(int value) {
		return path(SCALE.get(Math.max(1, Math.min(SCALE.size(), value)) - 1));
	}

	private static final Map<Appointment.Kind, String> APPOINTMENTS = new EnumMap<>(
			Map.of(Appointment.Kind.GESPREK, "messages-square", Appointment.Kind.HUISBEZOEK, "house",
					Appointment.Kind.INTAKE, "clipboard-list", Appointment.Kind.PLAN, "map",
					Appointment.Kind.SLEUTELPERSOON, "handshake", Appointment.Kind.ORGANISATIE, "building-2"));

	/** The path of an appointment kind's pictogram. */
	public String appointment(Appointment.Kind kind) {
		return path(APPOINTMENTS.get(kind));
	}

	/**
	 * The pictogram of where an appointment is: an address, a video call, a phone call.
	 */
	public String place(String placeKind) {
		return path(switch (placeKind) {
			case "VIDEO" -> "video";
			case "TELEFOON" -> "phone";
			default -> "map-pin";
		});
	}

	static String path(String name) {
		return "/vendor/pictograms/" + name + ".svg";
	}

}
