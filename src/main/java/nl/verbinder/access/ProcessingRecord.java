package nl.verbinder.access;

import nl.verbinder.shared.DutchTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored record of the processing log, as read back. */
public record ProcessingRecord(long seq, UUID traceId, Instant occurredAt, String actor, String actorRole,
		@Nullable String actorGemeente, String activity, String purpose, String legalBasis, Operation operation,
		DataSubject subject) {

	/** When it happened, in Dutch local time. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(occurredAt, DutchTime.ZONE);
	}
}
