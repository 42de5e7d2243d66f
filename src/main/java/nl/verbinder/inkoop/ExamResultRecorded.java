package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.shared.GemeenteCode;

/**
 * A provider recorded an exam or milestone result of a participant (not a progress note).
 */
public record ExamResultRecorded(UUID deelnameId, UUID personId, UUID householdId, GemeenteCode gemeente,
		ProductSoort product, LocalDate datum, Resultaat.Soort soort, boolean behaald, AccountId reportedBy) {
}
