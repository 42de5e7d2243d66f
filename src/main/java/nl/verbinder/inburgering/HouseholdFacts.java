package nl.verbinder.inburgering;

import java.time.LocalDate;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a household's follow-up, without names: when it was registered, its
 * last contact moment, the earliest due date of its open agreements, and whether any
 * member has an established PIP. Read by rules that watch whether anyone drops out of
 * view.
 */
public record HouseholdFacts(HouseholdId id, GemeenteCode gemeente, LocalDate registeredOn,
		@Nullable LocalDate lastContact, @Nullable LocalDate earliestOpenDeadline, boolean pipEstablished) {
}
