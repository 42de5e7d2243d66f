package nl.verbinder.inburgering;

import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Which households a caseload shows: a search (name, date of birth or BSN), one
 * municipality of the caller's scope, the learning route of an established PIP in the
 * household, the phase of the term of such a plan, households without contact for at
 * least {@code daysWithoutContact} days (never contacted included), and only those with
 * open agreements. Null means "any".
 */
public record CaseloadFilter(@Nullable String search, @Nullable GemeenteCode gemeente, @Nullable String leerroute,
		Inburgeringstermijn.@Nullable Fase fase, @Nullable Integer daysWithoutContact, boolean onlyOpenAgreements) {

	public static final CaseloadFilter ALL = new CaseloadFilter(null, null, null, null, null, false);

	public CaseloadFilter {
		if (leerroute != null && leerroute.isBlank()) {
			leerroute = null;
		}
		if (leerroute != null) {
			Leerroute.of(leerroute);
		}
		if (daysWithoutContact != null && (daysWithoutContact < 0 || daysWithoutContact > 3650)) {
			throw new RuleViolation("rule.caseload.days-without-contact", 0, 3650);
		}
	}

	public static CaseloadFilter search(@Nullable String search) {
		return new CaseloadFilter(search, null, null, null, null, false);
	}
}
