package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes are computed on a bounded set of threads of their own, never on a
 * request's; a bounded number wait for them, each for a bounded time.
 */
class MeteredPasswordEncoderTests {

	private static final int QUEUE = 100;

	private static final Duration WAIT = Duration.ofMinutes(1);

	private final PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	@Test
	void aHashIsComputedOnAHashingThreadAndItsAnswerComesBack() throws Exception {
		Set<Thread> hashedOn = ConcurrentHashMap.newKeySet();
		try (MeteredPasswordEncoder encoder = new MeteredPasswordEncoder(recording(hashedOn), new SimpleMeterRegistry(),
				1, QUEUE, WAIT); var requests = Executors.newVirtualThreadPerTaskExecutor()) {
			String hash = requests.submit(() -> encoder.encode("een lang wachtwoord")).get();
			assertThat(requests.submit(() -> encoder.matches("een lang wachtwoord", hash)).get()).isTrue();
			assertThat(requests.submit(() -> encoder.matches("een ander wachtwoord", hash)).get()).isFalse();
			assertThat(hashedOn).isNotEmpty().allSatisfy(thread -> {
				assertThat(thread.isVirtual()).isFalse();
				assertThat(thread.getName()).startsWith(MeteredPasswordEncoder.THREAD_NAME);
			});
		}
	}

	@Test
	void manyLoginsAtOnceAreHashedAtMostThreadsAtATime() throws Exception {
		int threads = 2;
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch bothInside = new CountDownLatch(threads);
		PasswordEncoder counting = new Delegating(argon2) {
			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				most.accumulateAndGet(inside.incrementAndGet(), Math::max);
				bothInside.countDown();
				try {
					// The first two wait for each other, so "two at once" surely happens.
					bothInside.await(30, TimeUnit.SECONDS);
					return super.matches(raw, encoded);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
				finally {
					inside.decrementAndGet();
				}
			}
		};
		String hash = argon2.encode("een lang wachtwoord");
		try (MeteredPasswordEncoder encoder = new MeteredPasswordEncoder(counting, new SimpleMeterRegistry(), threads,
				QUEUE, WAIT); var requests = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Boolean>> logins = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				logins.add(requests.submit(() -> encoder.matches("een lang wachtwoord", hash)));
			}
			for (Future<Boolean> login : logins) {
				assertThat(login.get()).isTrue();
			}
		}
		assertThat(most).hasValue(threads);
	}

	@Test
	void whatTheHashRefusesReachesTheCallerAsItself() {
		PasswordEncoder refusing = new Delegating(argon2) {
			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				throw new IllegalArgumentException("no such hash");
			}
		};
		try (MeteredPasswordEncoder encoder = new MeteredPasswordEncoder(refusing, new SimpleMeterRegistry(), 1, QUEUE,
				WAIT)) {
			assertThatIllegalArgumentException().isThrownBy(() -> encoder.matches("x", "y"))
				.withMessage("no such hash");
		}
	}

	@Test
	void zeroThreadsMeansHalfTheProcessorsAndAtLeastOne() {
		try (MeteredPasswordEncoder encoder = new MeteredPasswordEncoder(argon2, new SimpleMeterRegistry(), 0, QUEUE,
				WAIT)) {
			assertThat(encoder.threads()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeteredPasswordEncoder(argon2, new SimpleMeterRegistry(), -1, QUEUE, WAIT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeteredPasswordEncoder(argon2, new SimpleMeterRegistry(), 1, -1, WAIT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeteredPasswordEncoder(argon2, new SimpleMeterRegistry(), 1, QUEUE, Duration.ZERO));
	}

	@Test
	void whenEveryThreadIsBusyAndTheQueueIsFullAHashIsRefusedAtOnceAndTheOthersAreStillComputed() throws Exception {
		Holding holding = new Holding(argon2);
		String hash = argon2.encode("een lang wachtwoord");
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (MeteredPasswordEncoder encoder = new MeteredPasswordEncoder(holding, meters, 1, 1, WAIT);
				var requests = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Boolean> computing = requests.submit(() -> encoder.matches("een lang wachtwoord", hash));
			assertThat(holding.entered.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Boolean> queued = requests.submit(() -> encoder.matches("een lang wachtwoord", hash));
			awaitQueued(meters, 1);

			assertThatExceptionOfType(PasswordHashingBusyException.class)
				.isThrownBy(() -> encoder.matches("een lang wachtwoord", hash))
				.satisfies(busy -> assertThat(busy.retryAfterSeconds()).isEqualTo(WAIT.getSeconds()));
			assertThat(meters.get("verbinder.password.hash.refused").tag("reason", "queue-full").counter().count())
				.isOne();

			holding.release.countDown();
			assertThat(computing.get()).isTrue();
			assertThat(queued.get()).isTrue();
			assertThat(encoder.matches("een lang wachtwoord", hash)).as("room again").isTrue();
		}
	}

	@Test
	void aCallerWaitsNoLongerThanTheMaximumAndItsHashIsTakenOutOfTheQueue() throws Exception {
		Holding holding = new Holding(argon2);
		String hash = argon2.encode("een lang wachtwoord");
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		try (MeteredPasswordEncoder encoder = new MeteredPasswordEncoder(holding, meters, 1, 5, Duration.ofMillis(200));
				var requests = Executors.newVirtualThreadPerTaskExecutor()) {
			// The one thread is held until the test lets it go; its own caller gives up
			// too.
			requests.submit(() -> encoder.matches("een lang wachtwoord", hash));
			assertThat(holding.entered.await(30, TimeUnit.SECONDS)).isTrue();

			assertThatExceptionOfType(PasswordHashingBusyException.class)
				.isThrownBy(() -> encoder.matches("een lang wachtwoord", hash));
			assertThat(meters.get("verbinder.password.hash.queued").gauge().value()).as("nobody waits for it").isZero();
			assertThat(meters.get("verbinder.password.hash.refused").tag("reason", "timeout").counter().count())
				.isPositive();

			holding.release.countDown();
			requests.shutdown();
			assertThat(requests.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			assertThat(holding.computed).as("the hash nobody waited for was never computed").hasValue(1);
		}
	}

	private static void awaitQueued(SimpleMeterRegistry meters, int queued) throws InterruptedException {
		for (int i = 0; i < 3000 && meters.get("verbinder.password.hash.queued").gauge().value() < queued; i++) {
			Thread.sleep(10);
		}
		assertThat(meters.get("verbinder.password.hash.queued").gauge().value()).isEqualTo(queued);
	}

	/** Argon2 whose first hash holds its thread until the test releases it. */
	private static final class Holding extends Delegating {

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger computed = new AtomicInteger();

		Holding(PasswordEncoder delegate) {
			super(delegate);
		}

		@Override
		public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
			computed.incrementAndGet();
			entered.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			return super.matches(raw, encoded);
		}

	}

	private PasswordEncoder recording(Set<Thread> hashedOn) {
		return new Delegating(argon2) {
			@Override
			public @Nullable String encode(@Nullable CharSequence raw) {
				hashedOn.add(Thread.currentThread());
				return super.encode(raw);
			}

			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				hashedOn.add(Thread.currentThread());
				return super.matches(raw, encoded);
			}
		};
	}

	/** Argon2 itself, overridden where a test watches it. */
	private static class Delegating implements PasswordEncoder {

		private final PasswordEncoder delegate;

		Delegating(PasswordEncoder delegate) {
			this.delegate = delegate;
		}

		@Override
		public @Nullable String encode(@Nullable CharSequence raw) {
			return delegate.encode(raw);
		}

		@Override
		public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
			return delegate.matches(raw, encoded);
		}

	}

}
