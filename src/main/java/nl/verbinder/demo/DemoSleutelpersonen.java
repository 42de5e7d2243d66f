package nl.verbinder.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Sleutelpersoon.Dienstverband;
import nl.verbinder.sleutelpersoon.Sleutelpersoon;

/**
 * The Achterhoek's key-person pool for the demo: 24 people with the language coverage
 * such a pool really has (much Arabic and Tigrinya, some Dari, Pashto, Turkish, Kurdish,
 * Somali, Ukrainian; no Amharic speaker in the south-west), a few who left (paid work
 * found, moved away), one whose VOG expired, and one whose volunteer work became a paid
 * job.
 */
final class DemoSleutelpersonen {

	private DemoSleutelpersonen() {
	}

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode BERKELLAND = new GemeenteCode("GM1859");

	private static final GemeenteCode BRONCKHORST = new GemeenteCode("GM1876");

	private static final GemeenteCode DOETINCHEM = new GemeenteCode("GM0222");

	private static final GemeenteCode MONTFERLAND = new GemeenteCode("GM1955");

	private static final GemeenteCode OOST_GELRE = new GemeenteCode("GM1586");

	private static final GemeenteCode OUDE_IJSSELSTREEK = new GemeenteCode("GM1509");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	private static final Set<GemeenteCode> REGION = Set.of(AALTEN, BERKELLAND, BRONCKHORST, DOETINCHEM, MONTFERLAND,
			OOST_GELRE, OUDE_IJSSELSTREEK, WINTERSWIJK);

	private record Row(String voornaam, String achternaam, GemeenteCode woonplaats, int km, int uren, String talen,
			String landen, Set<Rol> rollen, Set<Domein> domeinen, String vorm) {
	}

	private static final Set<Rol> ALL_ROLES = Set.of(Rol.VERBINDER, Rol.VERTALER, Rol.VOORLICHTER);

	private static final List<Row> ROWS = List.of(
			new Row("Yonas", "Tekle", WINTERSWIJK, 30, 8, "ti:NATIVE,am:B2,nl:B1", "ER",
					Set.of(Rol.VERTALER, Rol.VERBINDER), Set.of(Domein.GEZONDHEID_EN_ZORG, Domein.ONDERWIJS), "V"),
			new Row("Selam", "Ghebre", DOETINCHEM, 25, 12, "ti:NATIVE,nl:B2", "ER", ALL_ROLES,
					Set.of(Domein.WERK, Domein.RECHTEN_EN_PLICHTEN), "VB"),
			new Row("Aster", "Haile", AALTEN, 20, 6, "ti:NATIVE,ar:B1,nl:A2", "ER,SD", Set.of(Rol.VERTALER),
					Set.of(Domein.GEZONDHEID_EN_ZORG), "V"),
			new Row("Rania", "Al-Khatib", DOETINCHEM, 40, 16, "ar:NATIVE,en:C1,nl:B2", "SY,IQ", ALL_ROLES,
					Set.of(Domein.ONDERWIJS, Domein.WERK, Domein.DIGITALE_VAARDIGHEDEN), "B"),
			new Row("Khaled", "Haddad", OUDE_IJSSELSTREEK, 30, 8, "ar:NATIVE,nl:B1", "SY",
					Set.of(Rol.VERBINDER, Rol.VERTALER), Set.of(Domein.HUISVESTING, Domein.STABILITEIT), "V"),
			new Row("Samer", "Darwish", WINTERSWIJK, 35, 10, "ar:NATIVE,ku:B2,nl:B1", "SY", ALL_ROLES,
					Set.of(Domein.WERK, Domein.VRIJE_TIJD), "V"),
			new Row("Lina", "Mansour", BERKELLAND, 30, 6, "ar:NATIVE,nl:B2", "SY,YE",
					Set.of(Rol.VOORLICHTER, Rol.VERBINDER), Set.of(Domein.GEZONDHEID_EN_ZORG, Domein.SOCIALE_BANDEN),
					"V"),
			new Row("Nabil", "Al-Amri", MONTFERLAND, 25, 8, "ar:NATIVE,nl:B1", "YE", Set.of(Rol.VERTALER),
					Set.of(Domein.RECHTEN_EN_PLICHTEN), "V"),
			new Row("Fatima", "Hassan", BRONCKHORST, 30, 8, "ar:NATIVE,so:B2,nl:B1", "SO,SY",
					Set.of(Rol.VERBINDER, Rol.VERTALER), Set.of(Domein.SOCIALE_BRUGGEN, Domein.ONDERWIJS), "V"),
			new Row("Mahmoud", "Rezai", DOETINCHEM, 40, 12, "fa-AF:NATIVE,fa:NATIVE,ps:B2,nl:B1", "AF,IR", ALL_ROLES,
					Set.of(Domein.WERK, Domein.VEILIGHEID), "B"),
			new Row("Zahra", "Ahmadi", OOST_GELRE, 30, 6, "fa-AF:NATIVE,nl:B1", "AF",
					Set.of(Rol.VERTALER, Rol.VOORLICHTER), Set.of(Domein.GEZONDHEID_EN_ZORG), "V"),
			new Row("Farid", "Karimi", AALTEN, 20, 4, "ps:NATIVE,fa-AF:C1,nl:A2", "AF", Set.of(Rol.VERTALER),
					Set.of(Domein.CULTUUR), "V"),
			new Row("Leila", "Hosseini", WINTERSWIJK, 30, 8, "fa:NATIVE,en:B2,nl:B2", "IR",
					Set.of(Rol.VOORLICHTER, Rol.VERBINDER), Set.of(Domein.DIGITALE_VAARDIGHEDEN, Domein.ONDERWIJS),
					"V"),
			new Row("Mehmet", "Yilmaz", DOETINCHEM, 35, 10, "tr:NATIVE,ku:NATIVE,nl:C1", "TR", ALL_ROLES,
					Set.of(Domein.WERK, Domein.RECHTEN_EN_PLICHTEN), "B"),
			new Row("Elif", "Demir", OUDE_IJSSELSTREEK, 25, 6, "tr:NATIVE,nl:B2", "TR", Set.of(Rol.VERTALER),
					Set.of(Domein.GEZONDHEID_EN_ZORG), "V"),
			new Row("Karwan", "Rashid", BERKELLAND, 40, 8, "ckb:NATIVE,ar:B2,nl:B1", "IQ",
					Set.of(Rol.VERBINDER, Rol.VERTALER), Set.of(Domein.HUISVESTING, Domein.SOCIALE_VERBINDINGEN), "V"),
			new Row("Abdi", "Warsame", DOETINCHEM, 30, 6, "so:NATIVE,ar:B1,nl:B1", "SO",
					Set.of(Rol.VERTALER, Rol.VOORLICHTER), Set.of(Domein.ONDERWIJS), "V"),
			new Row("Olena", "Kovalenko", MONTFERLAND, 30, 8, "uk:NATIVE,ru:C2,nl:B1", "UA",
					Set.of(Rol.VERTALER, Rol.VERBINDER), Set.of(Domein.WERK, Domein.HUISVESTING), "V"),
			new Row("Dawit", "Mengistu", BERKELLAND, 30, 6, "ti:NATIVE,am:NATIVE,nl:A2", "ER,ET", Set.of(Rol.VERTALER),
					Set.of(Domein.GEZONDHEID_EN_ZORG), "V"),
			new Row("Hiba", "Saleh", AALTEN, 25, 8, "ar:NATIVE,nl:B1", "SY", Set.of(Rol.VERBINDER),
					Set.of(Domein.VRIJE_TIJD), "V"),
			new Row("Omar", "Kassem", BRONCKHORST, 35, 8, "ar:NATIVE,en:B2,nl:B1", "SY", Set.of(Rol.VOORLICHTER),
					Set.of(Domein.RECHTEN_EN_PLICHTEN, Domein.CULTUUR), "V"),
			new Row("Senait", "Tesfay", OOST_GELRE, 30, 8, "ti:NATIVE,nl:B1", "ER", Set.of(Rol.VERBINDER, Rol.VERTALER),
					Set.of(Domein.SOCIALE_BANDEN), "V"),
			new Row("Amir", "Sadeghi", DOETINCHEM, 30, 6, "fa:NATIVE,nl:B2", "IR", Set.of(Rol.VERTALER),
					Set.of(Domein.WERK), "V"),
			new Row("Nour", "Aziz", WINTERSWIJK, 25, 6, "ar:NATIVE,ckb:B2,nl:B1", "IQ,SY", Set.of(Rol.VERTALER),
					Set.of(Domein.GEZONDHEID_EN_ZORG), "V"));

	/** The pool on {@code today}: the same people every time; dates follow today. */
	static List<Sleutelpersoon> pool(LocalDate today) {
		Random random = new Random(2020);
		List<Sleutelpersoon> pool = new ArrayList<>();
		for (int i = 0; i < ROWS.size(); i++) {
			Row row = ROWS.get(i);
			LocalDate start = today.minusMonths(6 + random.nextInt(42)).withDayOfMonth(1);
			List<Dienstverband> contracts = row.vorm().equals("VB")
					? List.of(new Dienstverband(Dienstverband.Vorm.VRIJWILLIGER, start),
							new Dienstverband(Dienstverband.Vorm.BETAALD, start.plusMonths(12)))
					: List.of(new Dienstverband(
							row.vorm().equals("B") ? Dienstverband.Vorm.BETAALD : Dienstverband.Vorm.VRIJWILLIGER,
							start));
			// One VOG expired (index 11), the others issued when they started or renewed
			// since.
			LocalDate vog = i == 11 ? today.minusYears(3).minusMonths(2)
					: start.isBefore(today.minusYears(2)) ? today.minusMonths(8) : start;
			List<Sleutelpersoon.Taal> talen = Arrays.stream(row.talen().split(","))
				.map(t -> new Sleutelpersoon.Taal(new TaalCode(t.split(":")[0]),
						LanguageLevel.valueOf(t.split(":")[1])))
				.toList();
			var person = new Sleutelpersoon(UUID.nameUUIDFromBytes(("sleutelpersoon-" + i).getBytes()), row.voornaam(),
					row.achternaam(), talen, Set.of(row.landen().split(",")), row.rollen(), row.domeinen(),
					row.woonplaats(), REGION, row.km(), row.uren(), contracts, vog,
					List.of("Basistraining sleutelpersoon", "Privacy en geheimhouding"), start, null, null,
					Sleutelpersoon.Contact.NONE);
			// Two left the pool: one found paid work, one moved away.
			if (i == 5) {
				person = person.leave(today.minusMonths(2), "Betaald werk gevonden");
			}
			else if (i == 16) {
				person = person.leave(today.minusMonths(5), "Verhuisd naar een andere regio");
			}
			pool.add(person);
		}
		return pool;
	}

}
