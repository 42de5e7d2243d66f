package nl.verbinder.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The basis for sharing a household's data (or one member's) with one organisation for
 * one purpose: consent, recorded with how it was given (signed, verbally before a
 * witness, through the portal) and until when, or a legal task, named. Consent can be
 * withdrawn; from that moment it covers nothing.
 */
public record Grondslag(UUID id, UUID householdId, @Nullable UUID personId, GemeenteCode gemeente, UUID organisatieId,
		Soort soort, String doel, Set<Gegevenscategorie> categorieen, @Nullable Wijze wijze, @Nullable String getuige,
		@Nullable String wettelijkeTaak, LocalDate givenOn, @Nullable LocalDate geldigTot,
		@Nullable Instant withdrawnOn, UUID recordedBy, Instant recordedOn) {

	public enum Soort {

		TOESTEMMING, WETTELIJKE_TAAK

	}

	public enum Wijze {

		ONDERTEKEND, MONDELING_MET_GETUIGE, PORTAAL

	}

	public Grondslag {
		doel = doel == null ? "" : doel.strip();
		if (doel.length() < 3 || doel.length() > 500) {
			throw new RuleViolation("rule.basis.purpose", 3, 500);
		}
		if (categorieen == null || categorieen.isEmpty()) {
			throw new RuleViolation("rule.basis.no-category");
		}
		categorieen = Set.copyOf(categorieen);
		getuige = getuige == null || getuige.isBlank() ? null : getuige.strip();
		wettelijkeTaak = wettelijkeTaak == null || wettelijkeTaak.isBlank() ? null : wettelijkeTaak.strip();
		if (soort == Soort.TOESTEMMING) {
			if (wijze == null) {
				throw new RuleViolation("rule.basis.consent-how");
			}
			if (wijze == Wijze.MONDELING_MET_GETUIGE && getuige == null) {
				throw new RuleViolation("rule.basis.witness");
			}
			wettelijkeTaak = null;
		}
		else {
			if (wettelijkeTaak == null) {
				throw new RuleViolation("rule.basis.legal-task");
			}
			wijze = null;
			getuige = null;
		}
		if (geldigTot != null && geldigTot.isBefore(givenOn)) {
			throw new RuleViolation("rule.basis.ends-before-given");
		}
	}

	/** Holds on {@code day}: given, not ended and not withdrawn. */
	public boolean geldig(LocalDate day) {
		return withdrawnOn == null && !day.isBefore(givenOn) && (geldigTot == null || !day.isAfter(geldigTot));
	}

	/** Covers sharing these categories of this person's data with this organisation. */
	public boolean covers(UUID organisatie, UUID person, Set<Gegevenscategorie> shared) {
		return organisatieId.equals(organisatie) && (personId == null || personId.equals(person))
				&& categorieen.containsAll(shared);
	}

	/**
	 * Withdrawn consent; a legal task is not withdrawn but ended by the municipality's
	 * decision elsewhere.
	 */
	public Grondslag withdraw(Instant now) {
		if (soort != Soort.TOESTEMMING) {
			throw new RuleViolation("rule.basis.withdraw-legal-task");
		}
		if (withdrawnOn != null) {
			throw new RuleViolation("rule.basis.withdrawn-already");
		}
		return new Grondslag(id, householdId, personId, gemeente, organisatieId, soort, doel, categorieen, wijze,
				getuige, wettelijkeTaak, givenOn, geldigTot, now, recordedBy, recordedOn);
	}
}
