package nl.verbinder.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One count that every reader shares, counted again in the background while the readers
 * get the last count.
 * <p>
 * What a reader gets:
 * <ul>
 * <li>while nothing has been counted yet (after a start, until the first count is done):
 * it waits for that one count; the first such reader counts, the others wait for it
 * rather than each counting too, and a count already under way in the background is
 * waited for rather than repeated;</li>
 * <li>after that, always the last count at once, never waiting, also while it is being
 * counted again.</li>
 * </ul>
 * It is counted again in the background ({@link #recount()}, on the executor given, one
 * count of it at a time) when {@link #changed()} says that what it counts changed, and
 * when a reader finds it older than its time to live. Changes that come while it is being
 * counted give one more count after it, however many they are: a burst of 4,000 changes
 * costs one or two counts, not 4,000. A count that fails leaves the last one in place and
 * is tried again by the next reader or recount; a reader who waited for it gets the last
 * count, or, when nothing was ever counted, {@link FiguresUnavailableException} (the page
 * asks to try again shortly).
 * <p>
 * A count made {@link #freshAfterChange fresh after a change} (one that is small and
 * whose readers expect to see what was just done) is the exception: a reader who comes
 * after {@link #changed()} and before the recount it started is done waits for that
 * recount (or counts, if none is under way), as the first reader does.
 */
final class SharedCount<T> {

	private static final Logger log = LoggerFactory.getLogger(SharedCount.class);

	/** A count, when it began, and how many changes had been seen by then. */
	private record Snapshot<T>(T value, Instant at, long changes) {
	}

	private final Supplier<T> count;

	private final Duration ttl;

	private final Clock clock;

	private final Executor background;

	private final ReentrantLock counting = new ReentrantLock();

	private final AtomicLong changes = new AtomicLong();

	/** A recount is waiting to begin or under way. */
	private final AtomicBoolean busy = new AtomicBoolean();

	/** Readers wait for the recount after a change (see above). */
	private final boolean freshAfterChange;

	private volatile @Nullable Snapshot<T> snapshot;

	SharedCount(Supplier<T> count, Duration ttl, Clock clock, Executor background) {
		this(count, ttl, clock, background, false);
	}

	private SharedCount(Supplier<T> count, Duration ttl, Clock clock, Executor background, boolean freshAfterChange) {
		this.count = count;
		this.ttl = ttl;
		this.clock = clock;
		this.background = background;
		this.freshAfterChange = freshAfterChange;
	}

	/**
	 * A count whose readers never get a count from before the last {@link #changed()}
	 * (see above): for a count of a few rows that a reader may have just changed.
	 */
	static <T> SharedCount<T> freshAfterChange(Supplier<T> count, Duration ttl, Clock clock, Executor background) {
		return new SharedCount<>(count, ttl, clock, background, true);
	}

	/** The last count (see above), starting a recount if it is stale. */
	T get() {
		Snapshot<T> s = snapshot;
		if (s == null || (freshAfterChange && s.changes() != changes.get())) {
			return first();
		}
		if (!current(s)) {
			recount();
		}
		return s.value();
	}

	/** When the last count began ({@code null}: none yet). */
	@Nullable Instant countedAt() {
		Snapshot<T> s = snapshot;
		return s == null ? null : s.at();
	}

	/**
	 * What it counts changed: readers get the last count until the recount this starts is
	 * done.
	 */
	void changed() {
		changes.incrementAndGet();
		recount();
	}

	/**
	 * Counts again in the background, unless a recount is already waiting or under way
	 * (changes that come meanwhile give one more recount after it).
	 */
	void recount() {
		if (busy.compareAndSet(false, true)) {
			try {
				background.execute(this::recountNow);
			}
			catch (RejectedExecutionException e) {
				busy.set(false);
				log.warn("Figures not recounted: {}", e.getMessage());
			}
		}
	}

	/**
	 * Recounts if the count is missing, changed, or began {@code age} ago or longer: for
	 * a periodic check.
	 */
	void recountIfOlderThan(Duration age) {
		Snapshot<T> s = snapshot;
		if (s == null || s.changes() != changes.get() || !s.at().plus(age).isAfter(clock.instant())) {
			recount();
		}
	}

	/**
	 * A count the reader waits for: the one under way or just done if it will do (any, or
	 * one begun after the last change when fresh after a change), else one counted now.
	 * If that count fails the reader gets the last count, older than they wanted; only
	 * when there is none at all, {@link FiguresUnavailableException}.
	 */
	private T first() {
		counting.lock();
		try {
			Snapshot<T> s = snapshot;
			if (s != null && (!freshAfterChange || s.changes() == changes.get())) {
				return s.value();
			}
			try {
				return countNow().value();
			}
			catch (RuntimeException e) {
				if (s == null) {
					throw new FiguresUnavailableException(e);
				}
				log.warn("Figures not counted for a reader after a change; they get the last count", e);
				return s.value();
			}
		}
		finally {
			counting.unlock();
		}
	}

	private void recountNow() {
		@Nullable Snapshot<T> counted = null;
		counting.lock();
		try {
			counted = countNow();
		}
		catch (RuntimeException e) {
			log.warn("Figures not recounted; readers get the last count until the next recount", e);
		}
		finally {
			counting.unlock();
			busy.set(false);
		}
		// Changed while it counted (however often): once more.
		if (counted != null && counted.changes() != changes.get()) {
			recount();
		}
	}

	private Snapshot<T> countNow() {
		long seen = changes.get();
		Instant at = clock.instant();
		Snapshot<T> s = new Snapshot<>(count.get(), at, seen);
		snapshot = s;
		return s;
	}

	private boolean current(Snapshot<T> s) {
		return s.changes() == changes.get() && !s.at().plus(ttl).isBefore(clock.instant());
	}

}
