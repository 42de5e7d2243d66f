package nl.verbinder.brp;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request and answer of the Personen operation ({@code POST /personen}) of the Haal
 * Centraal BRP Personen bevragen API, version 2, as far as Verbinder uses them; the names
 * are the specification's. Whatever else the answer holds is ignored.
 */
final class PersonenQuery {

	private PersonenQuery() {
	}

	/**
	 * The fields asked for: what registration needs, nothing more (data minimisation).
	 */
	static final List<String> FIELDS = List.of("burgerservicenummer", "naam", "geboorte", "geslacht", "nationaliteiten",
			"verblijfplaats", "gemeenteVanInschrijving", "partners", "kinderen");

	/** The query {@code RaadpleegMetBurgerservicenummer}: one BSN, the fields above. */
	record RaadpleegMetBurgerservicenummer(String type, List<String> burgerservicenummer, List<String> fields) {

		static RaadpleegMetBurgerservicenummer of(String bsn) {
			return new RaadpleegMetBurgerservicenummer("RaadpleegMetBurgerservicenummer", List.of(bsn), FIELDS);
		}
	}

	record Response(@Nullable String type, @Nullable List<Persoon> personen) {
	}

	record Persoon(@Nullable String burgerservicenummer, @Nullable Naam naam, @Nullable Geboorte geboorte,
			@Nullable Waardetabel geslacht, @Nullable List<Nationaliteit> nationaliteiten,
			@Nullable Verblijfplaats verblijfplaats, @Nullable Waardetabel gemeenteVanInschrijving,
			@Nullable List<Gerelateerde> partners, @Nullable List<Gerelateerde> kinderen) {
	}

	/** A partner or child: the shape the two share. */
	record Gerelateerde(@Nullable String burgerservicenummer, @Nullable Naam naam, @Nullable Geboorte geboorte) {
	}

	record Naam(@Nullable String voornamen, @Nullable String voorvoegsel, @Nullable String geslachtsnaam) {

		/** The surname with its prefix: "de Vries". */
		@Nullable String achternaam() {
			if (geslachtsnaam == null || geslachtsnaam.isBlank()) {
				return null;
			}
			return voorvoegsel == null || voorvoegsel.isBlank() ? geslachtsnaam : voorvoegsel + " " + geslachtsnaam;
		}
	}

	record Geboorte(@Nullable Datum datum, @Nullable Waardetabel land) {
	}

	/**
	 * A date of the BRP: {@code Datum} (whole), {@code JaarMaandDatum}, {@code JaarDatum}
	 * or {@code DatumOnbekend}; only a whole date is a date here.
	 */
	record Datum(@Nullable String type, @Nullable String datum) {
	}

	record Waardetabel(@Nullable String code, @Nullable String omschrijving) {
	}

	record Nationaliteit(@Nullable String type, @Nullable Waardetabel nationaliteit) {
	}

	/** {@code Adres} (with {@code verblijfadres}), {@code Locatie}, or abroad. */
	record Verblijfplaats(@Nullable String type, @Nullable Verblijfadres verblijfadres) {
	}

	record Verblijfadres(@Nullable String officieleStraatnaam, @Nullable String korteStraatnaam,
			@Nullable Integer huisnummer, @Nullable String huisletter, @Nullable String huisnummertoevoeging,
			@Nullable String postcode, @Nullable String woonplaats) {
	}

}
