package nl.verbinder.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.Inburgering.NewMember;

/**
 * Generates plausible households of newcomers from the main countries of origin of recent
 * status holders (Syria, Eritrea, Afghanistan, Turkey, Yemen, Somalia, Iraq, Iran),
 * deterministically from a {@link Random}. Names are common given names and family names
 * of each country, not real people.
 */
final class DemoPeople {

	private record Origin(String country, int weight, List<String> male, List<String> female, List<String> family) {
	}

	private static final List<Origin> ORIGINS = List.of(
			new Origin("SY", 34,
					List.of("Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Hassan", "Ali", "Rami", "Samer", "Fadi"),
					List.of("Fatima", "Aya", "Rasha", "Noor", "Lina", "Hiba", "Rania", "Salma", "Dima", "Reem"),
					List.of("Al-Hassan", "Haddad", "Khoury", "Al-Ahmad", "Darwish", "Hamdan", "Sabbagh", "Najjar",
							"Mansour", "Qassem")),
			new Origin("ER", 18,
					List.of("Yonas", "Tesfay", "Dawit", "Mehari", "Filmon", "Robel", "Henok", "Samuel", "Biniam",
							"Amanuel"),
					List.of("Senait", "Helen", "Mebrat", "Selam", "Rahel", "Saba", "Winta", "Luwam", "Feven", "Hiwet"),
					List.of("Tekle", "Ghebremedhin", "Haile", "Kidane", "Berhe", "Woldu", "Habte", "Tesfamariam",
							"Gebre", "Asfaha")),
			new Origin("AF", 14,
					List.of("Ahmad", "Mohammad", "Hamid", "Farid", "Javid", "Mustafa", "Nasir", "Rahim", "Sami",
							"Zaher"),
					List.of("Zahra", "Maryam", "Fereshta", "Shabnam", "Parwana", "Mina", "Laila", "Nargis", "Sima",
							"Roya"),
					List.of("Ahmadi", "Hashimi", "Karimi", "Rahimi", "Sultani", "Noori", "Haidari", "Mohammadi",
							"Azizi", "Safi")),
			new Origin("TR", 10,
					List.of("Mehmet", "Mustafa", "Emre", "Burak", "Ahmet", "Murat", "Serkan", "Kemal", "Deniz", "Can"),
					List.of("Ayse", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Derya", "Esra", "Sibel", "Gul"),
					List.of("Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Aydin", "Ozturk", "Arslan", "Dogan",
							"Kilic")),
			new Origin("YE", 8,
					List.of("Abdullah", "Saleh", "Nabil", "Fuad", "Tariq", "Waleed", "Hamza", "Adel", "Jamal", "Majed"),
					List.of("Amal", "Huda", "Asma", "Nada", "Sana", "Arwa", "Maha", "Afrah", "Samah", "Wafa"),
					List.of("Al-Yamani", "Saeed", "Al-Hakimi", "Basha", "Al-Adeni", "Qasim", "Al-Sanani", "Hizam",
							"Mansoor", "Al-Shami")),
			new Origin("SO", 6,
					List.of("Abdi", "Mohamed", "Hassan", "Abdirahman", "Ismail", "Liban", "Yusuf", "Farah", "Ahmed",
							"Bashir"),
					List.of("Hodan", "Ayaan", "Faadumo", "Sahra", "Hibo", "Ifrah", "Nimco", "Deeqa", "Ubah", "Sagal"),
					List.of("Warsame", "Abdullahi", "Farah", "Osman", "Jama", "Hersi", "Aden", "Nur", "Egal", "Duale")),
			new Origin("IQ", 6,
					List.of("Karwan", "Rebin", "Shvan", "Dilshad", "Hawre", "Sherzad", "Azad", "Baran", "Ari", "Kawa"),
					List.of("Shilan", "Nasrin", "Awaz", "Dilan", "Rozhin", "Hana", "Lana", "Bahar", "Chra", "Zhwan"),
					List.of("Rashid", "Karim", "Hama", "Aziz", "Mahmoud", "Salih", "Qadir", "Tahir", "Omar", "Ismail")),
			new Origin("IR", 4,
					List.of("Reza", "Amir", "Hossein", "Mehdi", "Saeed", "Arash", "Babak", "Kaveh", "Navid", "Omid"),
					List.of("Sara", "Neda", "Leila", "Shirin", "Parisa", "Mahsa", "Niloofar", "Azadeh", "Golnaz",
							"Yasmin"),
					List.of("Hosseini", "Rezaei", "Moradi", "Jafari", "Ghasemi", "Kazemi", "Rahmani", "Sadeghi",
							"Tehrani", "Amini")));

	private static final int TOTAL_WEIGHT = ORIGINS.stream().mapToInt(Origin::weight).sum();

	/** Street names that occur in Achterhoek towns; house numbers make the addresses. */
	private static final List<String> STREETS = List.of("Dorpsstraat", "Kerkstraat", "Stationsstraat", "Molenweg",
			"Beatrixstraat", "Julianastraat", "Prinses Irenestraat", "Lindelaan", "Eikenlaan", "Kastanjelaan",
			"Berkenlaan", "Esdoornstraat", "Het Hofje", "Markt", "Schoolstraat", "Raadhuisstraat",
			"Burgemeester Vosstraat", "Slingeweg", "Oude IJsselweg", "Meddosestraat", "Groenloseweg", "Korte Hoeve",
			"Hamalandweg", "Varsseveldseweg");

	/** A four-digit postcode area in each demo municipality. */
	static final Map<String, String> POSTCODE_AREAS = Map.of("GM0197", "7121", "GM1859", "7271", "GM1876", "7251",
			"GM0222", "7001", "GM1955", "6941", "GM1586", "7131", "GM1509", "7081", "GM0294", "7101");

	private DemoPeople() {
	}

	record DemoHousehold(String adres, String postcode, LocalDate arrivalDate, List<NewMember> members) {
	}

	/**
	 * A valid BSN for demo person number {@code n}, different for every n (a bijection on
	 * eight digits plus the eleven-test check digit); null for the one in eleven numbers
	 * that has no check digit.
	 */
	static String bsn(long n) {
		long base = Math.floorMod(n * 7919 + 10_000_019L, 100_000_000L);
		String digits = String.format("%08d", base);
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		int check = sum % 11;
		return check == 10 || sum == 0 ? null : digits + check;
	}

	static DemoHousehold household(Random random, String gemeente, LocalDate today) {
		return household(random, gemeente, today, null);
	}

	/** A household; with {@code bsnNumbers} its members get BSNs from that sequence. */
	static DemoHousehold household(Random random, String gemeente, LocalDate today, LongSupplier bsnNumbers) {
		Origin origin = origin(random);
		String family = pick(random, origin.family());
		List<NewMember> members = new ArrayList<>();
		// Within a household every first name is different.
		Set<String> used = new HashSet<>();
		Function<List<String>, String> firstName = names -> {
			String name = pick(random, names);
			for (int tries = 0; !used.add(name) && tries < names.size(); tries++) {
				name = names.get((names.indexOf(name) + 1) % names.size());
			}
			return name;
		};
		LocalDate arrival = today.minusDays(14 + random.nextInt(3 * 365));
		LocalDate permit = arrival.minusDays(30 + random.nextInt(240));
		Supplier<String> bsn = () -> bsnNumbers == null ? null : bsn(bsnNumbers.getAsLong());
		int shape = random.nextInt(10);
		boolean womanFirst = random.nextInt(4) == 0;
		LocalDate adultBirth = today.minusYears(19 + random.nextInt(40)).minusDays(random.nextInt(365));
		members.add(new NewMember(firstName.apply(womanFirst ? origin.female() : origin.male()), family, adultBirth,
				Gezinsrol.INBURGERAAR, womanFirst ? Geslacht.VROUW : Geslacht.MAN, origin.country(), origin.country(),
				permit, bsn.get(), null));
		if (shape >= 4) {
			// A partner: arrived together, or joined later through family reunification.
			Gezinsrol partnerRole = random.nextInt(3) == 0 ? Gezinsrol.NAREIZIGER : Gezinsrol.INBURGERAAR;
			LocalDate partnerBirth = adultBirth.plusYears(random.nextInt(9) - 4);
			// A partner who joined later got a permit later too.
			LocalDate partnerPermit = partnerRole == Gezinsrol.NAREIZIGER ? permit.plusDays(60 + random.nextInt(300))
					: permit;
			members.add(new NewMember(firstName.apply(womanFirst ? origin.male() : origin.female()), family,
					partnerBirth, partnerRole, womanFirst ? Geslacht.MAN : Geslacht.VROUW, origin.country(),
					origin.country(), partnerPermit.isAfter(today) ? null : partnerPermit, bsn.get(), null));
			int children = shape >= 6 ? 1 + random.nextInt(4) : 0;
			for (int i = 0; i < children; i++) {
				LocalDate childBirth = today.minusYears(random.nextInt(17)).minusDays(1 + random.nextInt(364));
				boolean girl = random.nextBoolean();
				members.add(new NewMember(firstName.apply(girl ? origin.female() : origin.male()), family, childBirth,
						Gezinsrol.KIND, girl ? Geslacht.VROUW : Geslacht.MAN,
						childBirth.isAfter(arrival) ? "NL" : origin.country(), origin.country(),
						permit.isBefore(childBirth) ? null : permit, bsn.get(), null));
			}
		}
		String adres = pick(random, STREETS) + " " + (1 + random.nextInt(180));
		String postcode = POSTCODE_AREAS.getOrDefault(gemeente, "7001") + " " + (char) ('A' + random.nextInt(26))
				+ (char) ('A' + random.nextInt(26));
		return new DemoHousehold(adres, postcode, arrival, members);
	}

	private static Origin origin(Random random) {
		int roll = random.nextInt(TOTAL_WEIGHT);
		for (Origin origin : ORIGINS) {
			roll -= origin.weight();
			if (roll < 0) {
				return origin;
			}
		}
		return ORIGINS.getFirst();
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}
