package nl.verbinder.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One processing of a data subject's personal data as shown to that person (AVG art. 15):
 * when, what was done, under which processing activity, and by whom in terms of role and
 * municipality ({@code null} for an account of the region as a whole). Never the name of
 * the member of staff; {@code ownAccess} says the person's own account did it.
 *
 * @param times how many processings this stands for: one, or for Verbinder's own
 * scheduled work ({@link Role#SYSTEM}) how often it happened in that month, the last at
 * {@code occurredAt}
 */
public record SubjectProcessing(Instant occurredAt, Operation operation, String activity, Role actorRole,
		@Nullable String actorGemeente, boolean ownAccess, DataSubject subject, int times) {
}
