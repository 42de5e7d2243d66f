package nl.verbinder.sleutelpersoon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;

/**
 * A key person in the regional pool: the languages they work in, the communities
 * (countries) they are trusted in, their roles and the life domains they know, where they
 * live and where they are willing to work (and how far they travel), their weekly hours,
 * whether they work as a volunteer or paid (with the history of that), their certificate
 * of conduct (VOG) and training, how the coordinator reaches them, and when they started
 * or left. Who leaves stays in the pool's history: nothing is deleted.
 */
public record Sleutelpersoon(UUID id, String voornaam, String achternaam, List<Taal> talen, Set<String> gemeenschappen,
		Set<Rol> rollen, Set<Domein> domeinen, GemeenteCode woonplaats, Set<GemeenteCode> werkgebied,
		int maxReisafstandKm, int urenPerWeek, List<Dienstverband> dienstverbanden, @Nullable LocalDate vogDatum,
		List<String> trainingen, LocalDate start, @Nullable LocalDate einde, @Nullable String redenVertrek,
		Contact contact) {

	/**
	 * A certificate of conduct (VOG) counts for this many years; then it must be renewed.
	 */
	public static final int VOG_VALID_YEARS = 3;

	/** A language the key person works in, and how well. */
	public record Taal(TaalCode taal, LanguageLevel niveau) {

		public Taal {
			if (taal == null || niveau == null) {
				throw new RuleViolation("rule.key-person.language-level");
			}
		}
	}

	/**
	 * Volunteer or paid from a date on; volunteer work that grows into a paid job is a
	 * known path.
	 */
	public record Dienstverband(Vorm vorm, LocalDate vanaf) {

		public enum Vorm {

			VRIJWILLIGER, BETAALD

		}

		public Dienstverband {
			if (vorm == null || vanaf == null) {
				throw new RuleViolation("rule.key-person.contract");
			}
		}
	}

	/**
	 * How the coordinator reaches the key person (many do not use the app): a phone
	 * number and an e-mail address, either may be empty.
	 */
	public record Contact(String telefoon, String email) {

		public static final Contact NONE = new Contact("", "");

		public Contact {
			telefoon = telefoon == null ? "" : telefoon.strip();
			email = email == null ? "" : email.strip();
			if (telefoon.length() > 30 || !telefoon.matches("[0-9+() -]*")) {
				throw new RuleViolation("rule.sleutelpersoon.phone");
			}
			if (email.length() > 200 || !(email.isEmpty() || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				throw new RuleViolation("rule.sleutelpersoon.email");
			}
		}
	}

	/**
	 * What the coordinator enters for a key person: everything but the history of
	 * contracts and the leaving, which follow from {@link #join} and {@link #change}.
	 */
	public record Details(String voornaam, String achternaam, List<Taal> talen, Set<String> gemeenschappen,
			Set<Rol> rollen, Set<Domein> domeinen, GemeenteCode woonplaats, Set<GemeenteCode> werkgebied,
			int maxReisafstandKm, int urenPerWeek, Dienstverband.Vorm vorm, @Nullable LocalDate vogDatum,
			List<String> trainingen, LocalDate start, Contact contact) {
	}

	public Sleutelpersoon {
		voornaam = text(voornaam, "field.voornaam");
		achternaam = text(achternaam, "field.achternaam");
		talen = List.copyOf(talen);
		if (talen.isEmpty()) {
			throw new RuleViolation("rule.key-person.no-language");
		}
		if (talen.stream().map(Taal::taal).distinct().count() != talen.size()) {
			throw new RuleViolation("rule.key-person.language-twice");
		}
		gemeenschappen = Set.copyOf(gemeenschappen);
		rollen = Set.copyOf(rollen);
		if (rollen.isEmpty()) {
			throw new RuleViolation("rule.key-person.no-role");
		}
		domeinen = Set.copyOf(domeinen);
		if (woonplaats == null) {
			throw new RuleViolation("rule.key-person.home");
		}
		werkgebied = Set.copyOf(werkgebied);
		if (maxReisafstandKm < 0 || maxReisafstandKm > 300) {
			throw new RuleViolation("rule.key-person.travel", 0, 300);
		}
		if (urenPerWeek < 0 || urenPerWeek > 40) {
			throw new RuleViolation("rule.key-person.hours", 0, 40);
		}
		dienstverbanden = List.copyOf(dienstverbanden);
		if (dienstverbanden.isEmpty()) {
			throw new RuleViolation("rule.key-person.contract-form");
		}
		trainingen = List.copyOf(trainingen);
		if (start == null) {
			throw new RuleViolation("rule.key-person.start");
		}
		if (einde != null && einde.isBefore(start)) {
			throw new RuleViolation("rule.key-person.leaves-before-start");
		}
		if (einde != null && (redenVertrek == null || redenVertrek.isBlank())) {
			throw new RuleViolation("rule.key-person.leave-reason");
		}
		contact = contact == null ? Contact.NONE : contact;
	}

	/**
	 * A new key person in the pool from {@code details.start()}, in the form of work
	 * entered.
	 */
	public static Sleutelpersoon join(UUID id, Details d) {
		return new Sleutelpersoon(id, d.voornaam(), d.achternaam(), d.talen(), d.gemeenschappen(), d.rollen(),
				d.domeinen(), d.woonplaats(), d.werkgebied(), d.maxReisafstandKm(), d.urenPerWeek(),
				List.of(new Dienstverband(d.vorm(), d.start())), d.vogDatum(), d.trainingen(), d.start(), null, null,
				d.contact());
	}

	/**
	 * The key person with changed details. A change of the form of work (volunteer to
	 * paid, say) starts a new contract on {@code today} and keeps the earlier ones.
	 * Someone who left is not changed: their history stays as it was.
	 */
	public Sleutelpersoon change(Details d, LocalDate today) {
		if (einde != null) {
			throw new RuleViolation("rule.sleutelpersoon.left");
		}
		List<Dienstverband> contracts = new ArrayList<>(dienstverbanden);
		if (d.vorm() != vorm()) {
			LocalDate from = today.isBefore(d.start()) ? d.start() : today;
			contracts.removeIf(c -> !c.vanaf().isBefore(from));
			contracts.add(new Dienstverband(d.vorm(), from));
		}
		return new Sleutelpersoon(id, d.voornaam(), d.achternaam(), d.talen(), d.gemeenschappen(), d.rollen(),
				d.domeinen(), d.woonplaats(), d.werkgebied(), d.maxReisafstandKm(), d.urenPerWeek(), contracts,
				d.vogDatum(), d.trainingen(), d.start(), null, null, d.contact());
	}

	/** The details as the coordinator entered them, for a form to change them. */
	public Details details() {
		return new Details(voornaam, achternaam, talen, gemeenschappen, rollen, domeinen, woonplaats, werkgebied,
				maxReisafstandKm, urenPerWeek, vorm(), vogDatum, trainingen, start, contact);
	}

	/** Still in the pool on {@code day}. */
	public boolean activeOn(LocalDate day) {
		return !day.isBefore(start) && (einde == null || day.isBefore(einde));
	}

	/**
	 * The VOG is valid on {@code day}: issued, and not older than
	 * {@value #VOG_VALID_YEARS} years.
	 */
	public boolean vogValidOn(LocalDate day) {
		return vogDatum != null && !vogDatum.isAfter(day) && day.isBefore(vogDatum.plusYears(VOG_VALID_YEARS));
	}

	/** The last day the VOG counts, if there is one. */
	public @Nullable LocalDate vogValidUntil() {
		return vogDatum == null ? null : vogDatum.plusYears(VOG_VALID_YEARS).minusDays(1);
	}

	/** The level at which the key person speaks {@code language}, if at all. */
	public @Nullable LanguageLevel niveau(TaalCode language) {
		return talen.stream().filter(t -> t.taal().equals(language)).map(Taal::niveau).findFirst().orElse(null);
	}

	/** The current form of work: the latest contract. */
	public Dienstverband.Vorm vorm() {
		return dienstverbanden.stream().max(Comparator.comparing(Dienstverband::vanaf)).orElseThrow().vorm();
	}

	/** Leaves the pool on {@code day} for {@code reason}; stays in the history. */
	public Sleutelpersoon leave(LocalDate day, String reason) {
		if (einde != null) {
			throw new RuleViolation("rule.sleutelpersoon.already-left", einde);
		}
		return new Sleutelpersoon(id, voornaam, achternaam, talen, gemeenschappen, rollen, domeinen, woonplaats,
				werkgebied, maxReisafstandKm, urenPerWeek, dienstverbanden, vogDatum, trainingen, start, day, reason,
				contact);
	}

	private static String text(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation("rule.field.missing", RuleViolation.name(field));
		}
		if (value.length() > 200) {
			throw new RuleViolation("rule.field.too-long", RuleViolation.name(field), 200);
		}
		return value.strip();
	}
}
