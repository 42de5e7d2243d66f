package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

class BoundedReactionsTests {

	@Test
	void runsAtMostTheConcurrencyAtOnceWithoutMakingThePublisherWait() throws Exception {
		var threads = new SimpleAsyncTaskExecutor();
		threads.setVirtualThreads(true);
		var reactions = new BoundedReactions(threads, 3);
		var release = new CountDownLatch(1);
		var finished = new CountDownLatch(50);
		var running = new AtomicInteger();
		var most = new AtomicInteger();

		for (int i = 0; i < 50; i++) {
			// Returns at once, although every reaction blocks until released.
			reactions.execute(() -> {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					release.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				finished.countDown();
			});
		}
		for (int i = 0; i < 300 && running.get() < 3; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(200);
		assertThat(running.get()).as("running while the others wait").isEqualTo(3);
		release.countDown();

		assertThat(finished.await(30, TimeUnit.SECONDS)).as("every reaction ran").isTrue();
		assertThat(most.get()).isEqualTo(3);
	}

	@Test
	void refusesLessThanOne() {
		assertThatThrownBy(() -> new BoundedReactions(new SimpleAsyncTaskExecutor(), 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
