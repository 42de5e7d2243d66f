package nl.verbinder.inburgering.web;

import nl.verbinder.brp.BrpPerson;
import nl.verbinder.brp.Nationalities;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * What registration takes over from the BRP, in the terms of its form: the sex as
 * {@link Geslacht}, countries as ISO codes (the country of birth by its Dutch name, the
 * nationality by its adjective), the municipality where the person is registered if the
 * caller may register there, and the partners (inburgeraars too) and children of whom the
 * BRP gives a name and a whole date of birth.
 */
final class BrpTakeover {

	private BrpTakeover() {
	}

	/** The form with what the BRP knows; what it does not know stays as typed. */
	static void fill(RegistrationForm form, BrpPerson person, Set<GemeenteCode> mayRegisterIn,
			ReferenceData reference) {
		form.setBsn(person.bsn());
		set(person.voornamen(), form::setVoornaam);
		set(person.achternaam(), form::setAchternaam);
		if (person.geboortedatum() != null) {
			form.setGeboortedatum(person.geboortedatum());
		}
		Geslacht geslacht = geslacht(person.geslacht());
		if (geslacht != null) {
			form.setGeslacht(geslacht);
		}
		birthCountry(person, reference).ifPresent(form::setGeboorteland);
		nationality(person).ifPresent(form::setNationaliteit);
		if (person.adres() != null) {
			set(person.adres().line(), form::setAdres);
			set(person.adres().postcode(), form::setPostcode);
		}
		gemeente(person, mayRegisterIn).ifPresent(g -> form.setGemeente(g.value()));
		form.setGezinsleden(new ArrayList<>(members(person)));
	}

	static @Nullable Geslacht geslacht(@Nullable String code) {
		return switch (code == null ? "" : code) {
			case "M" -> Geslacht.MAN;
			case "V" -> Geslacht.VROUW;
			case "O" -> Geslacht.ONBEKEND;
			default -> null;
		};
	}

	static Optional<String> birthCountry(BrpPerson person, ReferenceData reference) {
		if (person.geboorteland() == null || person.geboorteland().omschrijving() == null) {
			return Optional.empty();
		}
		String name = person.geboorteland().omschrijving().strip();
		return reference.landen()
			.stream()
			.filter(l -> l.nameNl().equalsIgnoreCase(name))
			.map(l -> l.alpha2())
			.findFirst();
	}

	static Optional<String> nationality(BrpPerson person) {
		return person.nationaliteiten().stream().flatMap(n -> Nationalities.country(n).stream()).findFirst();
	}

	static Optional<GemeenteCode> gemeente(BrpPerson person, Set<GemeenteCode> mayRegisterIn) {
		String code = person.gemeenteVanInschrijving();
		if (code == null || !code.matches("\\d{4}")) {
			return Optional.empty();
		}
		return mayRegisterIn.stream().filter(g -> g.value().equals("GM" + code)).findFirst();
	}

	/** Partners and children with a name and a whole date of birth. */
	static List<HouseholdMemberRow> members(BrpPerson person) {
		List<HouseholdMemberRow> rows = new ArrayList<>();
		person.partners().forEach(p -> row(p, Gezinsrol.INBURGERAAR).ifPresent(rows::add));
		person.kinderen().forEach(k -> row(k, Gezinsrol.KIND).ifPresent(rows::add));
		return rows;
	}

	private static Optional<HouseholdMemberRow> row(BrpPerson.Relative relative, Gezinsrol gezinsrol) {
		if (relative.voornamen() == null || relative.achternaam() == null || relative.geboortedatum() == null) {
			return Optional.empty();
		}
		return Optional.of(HouseholdMemberRow.of(relative.voornamen(), relative.achternaam(), relative.geboortedatum(),
				gezinsrol, relative.bsn()));
	}

	private static void set(@Nullable String value, java.util.function.Consumer<String> setter) {
		if (value != null && !value.isBlank()) {
			setter.accept(value.strip());
		}
	}

}
