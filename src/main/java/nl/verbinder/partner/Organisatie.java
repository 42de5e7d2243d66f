package nl.verbinder.partner;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;

/**
 * An organisation of the region that works with newcomers, formal (a municipal team, a
 * language school, an employer) or informal (a neighbourhood initiative): what it offers,
 * tagged with the life domains and the KIS areas; for whom; in which municipalities and
 * languages; and whom to contact. An employer is reached through one account manager, so
 * it never meets an extra contact.
 */
public record Organisatie(UUID id, String naam, Soort soort, boolean formeel, List<Aanbod> aanbod,
		List<String> doelgroepen, Set<GemeenteCode> gemeenten, Set<TaalCode> talen,
		List<Contactpersoon> contactpersonen, @Nullable Contactpersoon accountmanager) {

	public enum Soort {

		GEMEENTELIJK_TEAM, VLUCHTELINGENWERK, WELZIJN, MAATSCHAPPELIJK_WERK, TAALAANBIEDER, JOBCOACHING,
		SOCIAAL_WERKBEDRIJF, WOONBEGELEIDING, SPORTCLUB, VRIJWILLIGERSORGANISATIE, BUURTINITIATIEF, WERKGEVER, ZORG

	}

	/** One thing the organisation offers, with the domains and KIS areas it serves. */
	public record Aanbod(String omschrijving, Set<Domein> domeinen, Set<KisGebied> gebieden) {

		public Aanbod {
			omschrijving = omschrijving == null ? "" : omschrijving.strip();
			if (omschrijving.isEmpty() || omschrijving.length() > 500) {
				throw new RuleViolation("rule.organisation.offer", 500);
			}
			domeinen = Set.copyOf(domeinen);
			gebieden = Set.copyOf(gebieden);
		}
	}

	/** How to reach someone at the organisation. */
	public record Contactpersoon(String naam, String functie, String telefoon, String email) {

		public Contactpersoon {
			naam = naam == null ? "" : naam.strip();
			if (naam.isEmpty() || naam.length() > 200) {
				throw new RuleViolation("rule.organisation.contact-name", 200);
			}
			functie = functie == null ? "" : functie.strip();
			telefoon = telefoon == null ? "" : telefoon.strip();
			email = email == null ? "" : email.strip();
			if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new RuleViolation("rule.organisation.email", email);
			}
		}
	}

	public Organisatie {
		naam = naam == null ? "" : naam.strip();
		if (naam.length() < 2 || naam.length() > 200) {
			throw new RuleViolation("rule.organisation.name", 2, 200);
		}
		if (gemeenten == null || gemeenten.isEmpty()) {
			throw new RuleViolation("rule.organisation.no-municipality");
		}
		aanbod = List.copyOf(aanbod);
		doelgroepen = doelgroepen.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		gemeenten = Set.copyOf(gemeenten);
		talen = Set.copyOf(talen);
		contactpersonen = List.copyOf(contactpersonen);
		if (soort == Soort.WERKGEVER) {
			if (accountmanager == null) {
				throw new RuleViolation("rule.organisation.account-manager");
			}
			contactpersonen = List.of();
		}
	}

	/**
	 * Whom a professional contacts: the account manager for an employer, else the first
	 * contact person.
	 */
	public @Nullable Contactpersoon contact() {
		return accountmanager != null ? accountmanager : contactpersonen.isEmpty() ? null : contactpersonen.getFirst();
	}
}
