package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * A provider reported attendance of a participant: lessons or a workshop (with its theme)
 * on a day or in a week, attended and missed. Published once per reported row, after the
 * whole report or file was accepted; {@code reportedBy} is the partner worker. Reactions
 * that only need to know that a household's attendance changed listen to
 * {@link HouseholdAttendanceReported}, published once per household of the report.
 */
public record AttendanceReported(UUID deelnameId, UUID personId, UUID householdId, GemeenteCode gemeente,
		ProductSoort product, LocalDate datum, Aanwezigheid.Soort soort, Aanwezigheid.@Nullable Workshopthema thema,
		int aanwezig, int afwezig, AccountId reportedBy) {
}
