package nl.verbinder.brp;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person as the BRP knows them, with what registration needs: name, date of birth,
 * sex, country of birth, nationalities, address and the partners and children. Anything
 * the BRP does not give (or gives only in part, like a date of which only the year is
 * known) is {@code null} or empty; the case manager completes it.
 *
 * @param geslacht the BRP's code: {@code M}, {@code V} or {@code O} (unknown)
 * @param geboorteland the BRP's country of birth (Landentabel: code and name in Dutch)
 * @param nationaliteiten the BRP's nationalities (Nationaliteitentabel: code and
 * description in Dutch, like "Syrische")
 * @param gemeenteVanInschrijving the CBS code of the municipality where the person is
 * registered (four digits)
 */
public record BrpPerson(String bsn, @Nullable String voornamen, @Nullable String achternaam,
		@Nullable LocalDate geboortedatum, @Nullable String geslacht, @Nullable Code geboorteland,
		List<Code> nationaliteiten, @Nullable Address adres, @Nullable String gemeenteVanInschrijving,
		List<Relative> partners, List<Relative> kinderen) {

	public BrpPerson {
		nationaliteiten = List.copyOf(nationaliteiten);
		partners = List.copyOf(partners);
		kinderen = List.copyOf(kinderen);
	}

	/** A value of one of the BRP's tables. */
	public record Code(@Nullable String code, @Nullable String omschrijving) {
	}

	/** An address in the Netherlands. */
	public record Address(@Nullable String straat, @Nullable Integer huisnummer, @Nullable String huisletter,
			@Nullable String huisnummertoevoeging, @Nullable String postcode, @Nullable String woonplaats) {

		/** Street and number as one line: "Tulpstraat 14a-bis". */
		public @Nullable String line() {
			if (straat == null) {
				return null;
			}
			StringBuilder line = new StringBuilder(straat);
			if (huisnummer != null) {
				line.append(' ').append(huisnummer);
			}
			if (huisletter != null) {
				line.append(huisletter);
			}
			if (huisnummertoevoeging != null) {
				line.append('-').append(huisnummertoevoeging);
			}
			return line.toString();
		}
	}

	/** A partner or child, as the BRP gives them with the person. */
	public record Relative(@Nullable String bsn, @Nullable String voornamen, @Nullable String achternaam,
			@Nullable LocalDate geboortedatum) {
	}

}
