package nl.verbinder.partner;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Someone involved with a household outside a referral: an organisation (the GP practice,
 * the housing association) or a person (a volunteer, a neighbour who helps), in a role,
 * since and until when, and how to reach them.
 */
public record Betrokkenheid(UUID id, UUID householdId, GemeenteCode gemeente, @Nullable UUID organisatieId, String naam,
		String rol, LocalDate sinds, @Nullable LocalDate tot, String contact) {

	public Betrokkenheid {
		naam = naam == null ? "" : naam.strip();
		rol = rol == null ? "" : rol.strip();
		contact = contact == null ? "" : contact.strip();
		if (naam.length() < 2 || naam.length() > 200) {
			throw new RuleViolation("rule.involvement.name", 2, 200);
		}
		if (rol.length() < 2 || rol.length() > 200) {
			throw new RuleViolation("rule.involvement.role", 2, 200);
		}
		if (contact.length() > 500) {
			throw new RuleViolation("rule.involvement.contact", 500);
		}
		if (tot != null && tot.isBefore(sinds)) {
			throw new RuleViolation("rule.involvement.ends-before-start");
		}
	}
}
