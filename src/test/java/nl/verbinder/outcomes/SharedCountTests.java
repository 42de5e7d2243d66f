package nl.verbinder.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SharedCountTests {

	private static final Duration TTL = Duration.ofMinutes(1);

	private final MutableClock clock = new MutableClock();

	private final ManualExecutor background = new ManualExecutor();

	private final AtomicInteger counted = new AtomicInteger();

	@Test
	void twentyReadersArrivingTogetherWaitForOneCount() throws Exception {
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		SharedCount<Integer> count = new SharedCount<>(() -> {
			if (counted.get() == 0) {
				counting.countDown();
				await(release);
			}
			return counted.incrementAndGet();
		}, TTL, clock, background);
		ExecutorService readers = Executors.newFixedThreadPool(20);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			answers.add(readers.submit(count::get));
			assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 19; i++) {
				answers.add(readers.submit(count::get));
			}
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(counted).hasValue(1);
			assertThat(background.queued()).isZero();
		}
		finally {
			readers.shutdownNow();
		}
	}

	@Test
	void aReaderWhoComesWhileTheFirstCountRunsInTheBackgroundWaitsForItInsteadOfCountingToo() throws Exception {
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		SharedCount<Integer> count = new SharedCount<>(() -> {
			counting.countDown();
			await(release);
			return counted.incrementAndGet();
		}, TTL, clock, thread);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try {
			count.recount();
			assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Integer> answer = reader.submit(count::get);
			Thread.sleep(100);
			assertThat(answer).as("waits for the count at the start").isNotDone();
			release.countDown();
			assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(counted).hasValue(1);
		}
		finally {
			release.countDown();
			reader.shutdownNow();
			thread.shutdownNow();
		}
	}

	@Test
	void anOldCountIsReadAtOnceWhileItIsCountedAgainInTheBackground() {
		SharedCount<Integer> count = count(counted::incrementAndGet);
		assertThat(count.get()).isEqualTo(1);
		clock.advance(Duration.ofSeconds(59));
		assertThat(count.get()).as("still fresh").isEqualTo(1);
		assertThat(background.queued()).isZero();
		clock.advance(Duration.ofSeconds(2));
		for (int i = 0; i < 20; i++) {
			assertThat(count.get()).as("the last count, not waiting").isEqualTo(1);
		}
		assertThat(background.queued()).as("one recount for twenty readers").isEqualTo(1);
		background.runAll();
		assertThat(count.get()).isEqualTo(2);
		assertThat(counted).hasValue(2);
		assertThat(background.queued()).isZero();
	}

	/**
	 * The recount is held until the test lets it go, and the readers read on the test's
	 * own thread before that: a reader who waited for the recount could only get its
	 * answer after the recount gave up waiting, and then the new count, not the last.
	 */
	@Test
	void readersNeverWaitWhileItIsCountedAgain() throws Exception {
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch recounted = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		SharedCount<Integer> count = new SharedCount<>(() -> {
			if (counted.get() == 0) {
				return counted.incrementAndGet();
			}
			counting.countDown();
			await(release);
			int next = counted.incrementAndGet();
			recounted.countDown();
			return next;
		}, TTL, clock, thread);
		try {
			assertThat(count.get()).isEqualTo(1);
			count.changed();
			assertThat(counting.await(10, TimeUnit.SECONDS)).as("the recount started").isTrue();
			for (int i = 0; i < 20; i++) {
				assertThat(count.get()).as("the last count while the recount is held").isEqualTo(1);
			}
			assertThat(recounted.getCount()).as("the recount is still held").isOne();
			assertThat(counted).hasValue(1);
			release.countDown();
			assertThat(recounted.await(10, TimeUnit.SECONDS)).isTrue();
			await().until(() -> count.get() == 2);
			assertThat(counted).hasValue(2);
		}
		finally {
			release.countDown();
			thread.shutdownNow();
		}
	}

	@Test
	void aChangeIsCountedInTheBackgroundWhileReadersGetTheLastCount() {
		SharedCount<Integer> count = count(counted::incrementAndGet);
		assertThat(count.get()).isEqualTo(1);
		count.changed();
		assertThat(count.get()).as("the last count until the recount is done").isEqualTo(1);
		assertThat(count.get()).isEqualTo(1);
		assertThat(background.queued()).isEqualTo(1);
		background.runAll();
		assertThat(count.get()).isEqualTo(2);
		assertThat(counted).hasValue(2);
	}

	@Test
	void aCountFreshAfterAChangeMakesTheNextReaderWaitForItsRecountAndNoOneLater() {
		SharedCount<Integer> count = SharedCount.freshAfterChange(counted::incrementAndGet, TTL, clock, background);
		assertThat(count.get()).isEqualTo(1);
		count.changed();
		assertThat(background.queued()).isEqualTo(1);
		assertThat(count.get()).as("counted for the reader after the change").isEqualTo(2);
		assertThat(count.get()).as("and then shared").isEqualTo(2);
		background.runAll();
		assertThat(count.get()).isEqualTo(3);
		clock.advance(TTL.plusSeconds(1));
		assertThat(count.get()).as("an old count without a change is read at once").isEqualTo(3);
		assertThat(background.queued()).isEqualTo(1);
		assertThat(counted).hasValue(3);
	}

	@Test
	void aBurstOfChangesCostsOneOrTwoCountsNotOneEach() {
		List<SharedCount<Integer>> self = new ArrayList<>();
		SharedCount<Integer> count = count(() -> {
			if (counted.get() == 1) {
				// more changes while the first recount counts
				for (int i = 0; i < 2_000; i++) {
					self.getFirst().changed();
				}
			}
			return counted.incrementAndGet();
		});
		self.add(count);
		assertThat(count.get()).isEqualTo(1);
		for (int i = 0; i < 2_000; i++) {
			count.changed();
			assertThat(count.get()).isEqualTo(1);
		}
		assertThat(background.queued()).isEqualTo(1);
		background.runAll();
		assertThat(counted).as("the first count, one for the changes before, one for those during it").hasValue(3);
		assertThat(count.get()).isEqualTo(3);
		assertThat(background.queued()).isZero();
	}

	@Test
	void aFailedRecountLeavesTheLastCountAndIsTriedAgain() {
		AtomicInteger calls = new AtomicInteger();
		SharedCount<Integer> count = count(() -> {
			if (calls.incrementAndGet() == 2) {
				throw new IllegalStateException("database gone");
			}
			return counted.incrementAndGet();
		});
		assertThat(count.get()).isEqualTo(1);
		count.changed();
		background.runAll();
		assertThat(count.get()).as("the last count").isEqualTo(1);
		assertThat(background.queued()).as("the reader tried again").isEqualTo(1);
		background.runAll();
		assertThat(count.get()).isEqualTo(2);
	}

	@Test
	void aFailedFirstCountWithNoCountBeforeItLeavesTheFiguresUnavailableUntilACountSucceeds() {
		AtomicInteger calls = new AtomicInteger();
		SharedCount<Integer> count = count(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("database gone");
			}
			return counted.incrementAndGet();
		});
		assertThatExceptionOfType(FiguresUnavailableException.class).isThrownBy(count::get)
			.withCauseInstanceOf(IllegalStateException.class);
		assertThat(count.countedAt()).as("nothing counted").isNull();
		assertThat(count.get()).as("the next reader counts again").isEqualTo(1);
	}

	@Test
	void aReaderWaitingForTheCountAfterAChangeGetsTheLastCountWhenThatCountFails() {
		AtomicInteger calls = new AtomicInteger();
		SharedCount<Integer> count = SharedCount.freshAfterChange(() -> {
			if (calls.incrementAndGet() == 2) {
				throw new IllegalStateException("database gone");
			}
			return counted.incrementAndGet();
		}, TTL, clock, background);
		assertThat(count.get()).isEqualTo(1);
		count.changed();
		assertThat(count.get()).as("the count after the change failed: the last count").isEqualTo(1);
		assertThat(count.get()).as("the next reader waits for a count after the change again").isEqualTo(2);
		background.runAll();
		assertThat(count.get()).isEqualTo(3);
	}

	@Test
	void thePeriodicCheckRecountsWhatIsNearlyAMinuteOld() {
		SharedCount<Integer> count = count(counted::incrementAndGet);
		count.recountIfOlderThan(Duration.ofSeconds(50));
		background.runAll();
		assertThat(counted).as("counted before any reader").hasValue(1);
		assertThat(count.countedAt()).isEqualTo(clock.instant());
		clock.advance(Duration.ofSeconds(40));
		count.recountIfOlderThan(Duration.ofSeconds(50));
		assertThat(background.queued()).isZero();
		clock.advance(Duration.ofSeconds(10));
		count.recountIfOlderThan(Duration.ofSeconds(50));
		background.runAll();
		assertThat(count.get()).isEqualTo(2);
		assertThat(count.countedAt()).isEqualTo(clock.instant());
	}

	private SharedCount<Integer> count(Supplier<Integer> counting) {
		return new SharedCount<>(counting, TTL, clock, background);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static org.awaitility.core.ConditionFactory await() {
		return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10));
	}

	/** Runs what is given to it only when told to, on the test's thread. */
	private static final class ManualExecutor implements Executor {

		private final Deque<Runnable> queue = new ArrayDeque<>();

		@Override
		public synchronized void execute(Runnable work) {
			queue.add(work);
		}

		synchronized int queued() {
			return queue.size();
		}

		void runAll() {
			Runnable next;
			while ((next = poll()) != null) {
				next.run();
			}
		}

		private synchronized Runnable poll() {
			return queue.poll();
		}

	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T12:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
