package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import java.util.Locale;

/**
 * A member of a household; {@code personId} identifies the person across the system (and
 * in the processing log). Countries are ISO 3166-1 alpha-2 codes; the BSN passes the
 * eleven test.
 */
@Table(schema = "inburgering", name = "household_member")
record Member(UUID personId, String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol,
		@Nullable Geslacht geslacht, @Nullable String geboorteland, @Nullable String nationaliteit,
		@Nullable LocalDate verblijfsvergunning, @Nullable String bsn, @Nullable String vNummer) {

	Member {
		voornaam = require(voornaam, "field.voornaam");
		achternaam = require(achternaam, "field.achternaam");
		if (geboortedatum == null || geboortedatum.isBefore(LocalDate.of(1900, 1, 1))) {
			throw new RuleViolation("rule.member.birth-date");
		}
		if (gezinsrol == null) {
			throw new RuleViolation("rule.field.missing", RuleViolation.name("field.gezinsrol"));
		}
		if (verblijfsvergunning != null && verblijfsvergunning.isBefore(geboortedatum)) {
			throw new RuleViolation("rule.member.permit-before-birth");
		}
		geboorteland = country(geboorteland, "field.geboorteland");
		nationaliteit = country(nationaliteit, "field.nationaliteit");
		bsn = bsn == null || bsn.isBlank() ? null : Bsn.of(bsn).value();
		vNummer = vNummer == null || vNummer.isBlank() ? null : vNummer.strip();
		if (vNummer != null && !vNummer.matches("\\d{10}")) {
			throw new RuleViolation("rule.member.v-number");
		}
	}

	/** The regime that applies to this person, from the permit date. */
	Regime regime() {
		return Regime.forPermitDate(verblijfsvergunning);
	}

	private static @Nullable String country(@Nullable String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		if (!normalised.matches("[A-Z]{2}")) {
			throw new RuleViolation("rule.member.country-format", RuleViolation.name(field));
		}
		return normalised;
	}

	private static String require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("rule.field.missing", RuleViolation.name(field));
		}
		if (value.length() > 200) {
			throw new RuleViolation("rule.field.too-long", RuleViolation.name(field), 200);
		}
		return value.strip();
	}
}
