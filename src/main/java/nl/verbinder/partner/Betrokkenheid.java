package nl.verbinder.partner;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * Someone involved with a household outside a referral: an organisation (the GP practice, the housing
 * association) or a person (a volunteer, a neighbour who helps), in a role, since and until when, and how to
 * reach them.
 */
public record Betrokkenheid(UUID id, UUID householdId, GemeenteCode gemeente, @Nullable UUID organisatieId, String naam,
		String rol, LocalDate sinds, @Nullable LocalDate tot, String contact) {

	public Betrokkenheid {
		naam = naam == null ? "" : naam.strip();
		rol = rol == null ? "" : rol.strip();
		contact = contact == null ? "" : contact.strip();
		if (naam.length() < 2 || naam.length() > 200) {
			throw new IllegalArgumentException("Who is involved is named in 2 to 200 characters");
		}
		if (rol.length() < 2 || rol.length() > 200) {
			throw new IllegalArgumentException("The role of who is involved is 2 to 200 characters");
		}
		if (contact.length() > 500) {
			throw new IllegalArgumentException("How to reach them is at most 500 characters");
		}
		if (tot != null && tot.isBefore(sinds)) {
			throw new IllegalArgumentException("Involvement cannot end before it began");
		}
	}
}
