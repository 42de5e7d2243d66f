package nl.verbinder.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One count that every reader shares, kept for a while and counted by one reader at a
 * time. When it has grown old, the reader who comes first counts again while the others
 * read the last count; when there is none (at the start, or dropped because what it
 * counts changed), the others wait for that one count instead of each counting too. So
 * twenty readers arriving together cost one count, not twenty.
 */
final class SharedCount<T> {

	private record Snapshot<T>(T value, Instant at) {
	}

	private final ReentrantLock counting = new ReentrantLock();

	private final Duration ttl;

	private final Clock clock;

	private volatile @Nullable Snapshot<T> snapshot;

	SharedCount(Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	/** The count: the kept one while it is fresh, otherwise as described above. */
	T get(Supplier<T> count) {
		Snapshot<T> s = snapshot;
		if (s != null && fresh(s)) {
			return s.value();
		}
		if (s != null && !counting.tryLock()) {
			// another reader is counting: the last count meanwhile
			return s.value();
		}
		if (s == null) {
			counting.lock();
		}
		try {
			Snapshot<T> now = snapshot;
			if (now != null && fresh(now)) {
				return now.value();
			}
			now = new Snapshot<>(count.get(), clock.instant());
			snapshot = now;
			return now.value();
		}
		finally {
			counting.unlock();
		}
	}

	/**
	 * Forgets the count: the next reader counts, and the ones arriving meanwhile wait.
	 */
	void drop() {
		snapshot = null;
	}

	private boolean fresh(Snapshot<T> s) {
		return !s.at().plus(ttl).isBefore(clock.instant());
	}

}
