package nl.verbinder.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Computes Verbinder's password hashes on a few platform threads of their own, and counts
 * them by what they were for: {@code verbinder.password.hashes} with
 * {@code operation=encode} (a password set) or {@code operation=verify} (a login
 * checked). Each is an Argon2id computation of some tens of milliseconds, so the counter
 * shows the processor spent on logins, and a steep rise of {@code verify} shows someone
 * guessing passwords.
 * <p>
 * <b>Why threads of their own.</b> Requests run on virtual threads, which the JVM runs on
 * as many carrier threads as there are processors and never takes a carrier away from a
 * thread that computes. An Argon2 hash never waits, so during a wave of logins (200
 * newcomers logging in within half a minute) the hashes held every carrier back to back,
 * and every page request, however cheap, waited for a carrier: pages of 20 ms took over a
 * second. Here a request hands its hash to at most {@code threads} platform threads and
 * waits (parked, its carrier free) for the answer; the operating system shares the
 * processors between those threads and the carriers, so pages keep their share while
 * logins queue. Logins take longer in a wave; nothing else does.
 * <p>
 * <b>The queue and the wait are bounded.</b> At most {@code queueLength} hashes wait for
 * a thread, and a caller waits at most {@code maxWait} for its answer (queue and hash
 * together); beyond either it gets a {@link PasswordHashingBusyException} at once instead
 * of a request that hangs, and a hash it no longer waits for is taken out of the queue.
 * The login throttle limits how many password logins one address may start; these bounds
 * hold for all addresses together (many addresses, or a wave larger than the threads can
 * work off in time). {@code verbinder.password.hash.wait} times how long a hash waited
 * for its thread, {@code verbinder.password.hash.queued} tells how many wait now, and
 * {@code verbinder.password.hash.refused} counts the hashes refused (by {@code reason}:
 * {@code queue-full} or {@code timeout}).
 */
final class MeteredPasswordEncoder implements PasswordEncoder, AutoCloseable {

	static final String METER = "verbinder.password.hashes";

	static final String THREAD_NAME = "password-hash-";

	private final PasswordEncoder delegate;

	private final ThreadPoolExecutor hashing;

	private final Counter encoded;

	private final Counter verified;

	private final Timer waited;

	private final Counter queueFull;

	private final Counter timedOut;

	private final Duration maxWait;

	/**
	 * @param threads how many hashes are computed at once; 0 for half the processors, at
	 * least one
	 * @param queueLength how many hashes may wait for a thread; 0 for none
	 * @param maxWait how long a caller waits for its hash at most, in the queue and on
	 * the thread together
	 */
	MeteredPasswordEncoder(PasswordEncoder delegate, MeterRegistry registry, int threads, int queueLength,
			Duration maxWait) {
		if (threads < 0) {
			throw new IllegalArgumentException("verbinder.security.password-hashing.threads must be 0 or more");
		}
		if (queueLength < 0) {
			throw new IllegalArgumentException("verbinder.security.password-hashing.queue-length must be 0 or more");
		}
		if (maxWait.isNegative() || maxWait.isZero()) {
			throw new IllegalArgumentException("verbinder.security.password-hashing.max-wait must be positive");
		}
		this.delegate = delegate;
		this.maxWait = maxWait;
		int size = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
		AtomicInteger number = new AtomicInteger();
		BlockingQueue<Runnable> queue = queueLength > 0 ? new ArrayBlockingQueue<>(queueLength)
				: new SynchronousQueue<>();
		this.hashing = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, queue, task -> {
			Thread thread = Thread.ofPlatform()
				.name(THREAD_NAME + number.incrementAndGet())
				.daemon(true)
				.unstarted(task);
			return thread;
		});
		this.encoded = Counter.builder(METER)
			.tag("operation", "encode")
			.description("Password hashes computed")
			.register(registry);
		this.verified = Counter.builder(METER)
			.tag("operation", "verify")
			.description("Password hashes computed")
			.register(registry);
		this.waited = Timer.builder("verbinder.password.hash.wait")
			.description("How long a password hash waited for a hashing thread")
			.register(registry);
		Gauge.builder("verbinder.password.hash.queued", hashing, pool -> pool.getQueue().size())
			.description("Password hashes waiting for a hashing thread")
			.register(registry);
		this.queueFull = Counter.builder("verbinder.password.hash.refused")
			.tag("reason", "queue-full")
			.description("Password hashes refused because the hashing threads were overloaded")
			.register(registry);
		this.timedOut = Counter.builder("verbinder.password.hash.refused")
			.tag("reason", "timeout")
			.description("Password hashes refused because the hashing threads were overloaded")
			.register(registry);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		encoded.increment();
		return onHashingThread(() -> delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		verified.increment();
		return onHashingThread(() -> delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	/** How many hashes are computed at once. */
	int threads() {
		return hashing.getMaximumPoolSize();
	}

	/** How many hashes may wait for a thread. */
	int queueLength() {
		return hashing.getQueue().remainingCapacity() + hashing.getQueue().size();
	}

	private <T> T onHashingThread(Callable<T> hash) {
		long queuedAt = System.nanoTime();
		FutureTask<T> result = new FutureTask<>(() -> {
			waited.record(System.nanoTime() - queuedAt, TimeUnit.NANOSECONDS);
			return hash.call();
		});
		try {
			hashing.execute(result);
		}
		catch (RejectedExecutionException full) {
			queueFull.increment();
			throw new PasswordHashingBusyException("Every password-hashing thread is busy and the queue is full",
					maxWait);
		}
		try {
			return result.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException late) {
			// Not computed for nobody: out of the queue if it still waits there.
			result.cancel(false);
			hashing.remove(result);
			timedOut.increment();
			throw new PasswordHashingBusyException("A password hash waited longer than " + maxWait, maxWait);
		}
		catch (InterruptedException interrupted) {
			result.cancel(false);
			hashing.remove(result);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a password was hashed", interrupted);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failed.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(failed.getCause());
		}
	}

	@Override
	public void close() {
		hashing.shutdown();
	}

}
