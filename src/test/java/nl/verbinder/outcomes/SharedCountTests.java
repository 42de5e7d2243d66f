package nl.verbinder.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedCountTests {

	private final MutableClock clock = new MutableClock();

	private final AtomicInteger counted = new AtomicInteger();

	@Test
	void twentyReadersArrivingTogetherWaitForOneCount() throws Exception {
		SharedCount<Integer> count = new SharedCount<>(Duration.ofMinutes(1), clock);
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService readers = Executors.newFixedThreadPool(20);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			answers.add(readers.submit(() -> count.get(() -> {
				counting.countDown();
				await(release);
				return counted.incrementAndGet();
			})));
			assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 19; i++) {
				answers.add(readers.submit(() -> count.get(counted::incrementAndGet)));
			}
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(counted).hasValue(1);
		}
		finally {
			readers.shutdownNow();
		}
	}

	@Test
	void anOldCountIsReadWhileOneReaderCountsAgain() throws Exception {
		SharedCount<Integer> count = new SharedCount<>(Duration.ofMinutes(1), clock);
		assertThat(count.get(counted::incrementAndGet)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(59));
		assertThat(count.get(counted::incrementAndGet)).as("still fresh").isEqualTo(1);
		clock.advance(Duration.ofSeconds(2));
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> recount = reader.submit(() -> count.get(() -> {
				counting.countDown();
				await(release);
				return counted.incrementAndGet();
			}));
			assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(count.get(counted::incrementAndGet)).as("the last count, not a second count").isEqualTo(1);
			release.countDown();
			assertThat(recount.get(10, TimeUnit.SECONDS)).isEqualTo(2);
			assertThat(count.get(counted::incrementAndGet)).isEqualTo(2);
		}
		finally {
			reader.shutdownNow();
		}
	}

	@Test
	void aDroppedCountIsCountedAgainByTheNextReader() {
		SharedCount<Integer> count = new SharedCount<>(Duration.ofMinutes(1), clock);
		assertThat(count.get(counted::incrementAndGet)).isEqualTo(1);
		count.drop();
		assertThat(count.get(counted::incrementAndGet)).isEqualTo(2);
		assertThat(count.get(counted::incrementAndGet)).isEqualTo(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
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
