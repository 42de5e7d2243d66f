package nl.verbinder.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * A full integrity check of the processing log ({@link FullIntegrityChecks}): running,
 * done (with its stored result) or stopped before it was done.
 */
public record FullIntegrityCheck(UUID id, Instant startedAt, String startedBy, long batchesTotal, long batchesChecked,
		@Nullable Instant finishedAt, boolean stopped, @Nullable IntegrityReport report) {

	public boolean running() {
		return finishedAt == null;
	}

	/** How far, in whole percents; a check with nothing to check is at 100. */
	public int percent() {
		return batchesTotal == 0 ? 100 : (int) Math.min(100, batchesChecked * 100 / batchesTotal);
	}

	/** When it started, in Dutch local time. */
	public LocalDateTime localStartedAt() {
		return LocalDateTime.ofInstant(startedAt, DutchTime.ZONE);
	}

}
