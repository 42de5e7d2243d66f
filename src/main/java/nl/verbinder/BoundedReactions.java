package nl.verbinder;

import java.util.concurrent.Semaphore;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs reactions to events (the asynchronous {@code @ApplicationModuleListener}s) on
 * virtual threads, at most {@code concurrency} at a time; the others wait, in the order
 * they came, for one to finish. Each starts its own thread at once and waits on that
 * thread, never on the publishing one: a request that commits a file of thousands of rows
 * answers as soon as it committed (it still holds its connection while it hands the
 * reactions over), and its reactions queue here instead of all asking the connection pool
 * at once and failing after its timeout.
 */
final class BoundedReactions implements TaskExecutor {

	private final TaskExecutor threads;

	private final Semaphore running;

	/**
	 * @param threads starts a thread per task (virtual threads from Spring Boot's
	 * builder, which carry the logging context over)
	 * @param concurrency reactions running at most at once
	 */
	BoundedReactions(TaskExecutor threads, int concurrency) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("verbinder.reactions.concurrency must be at least 1: " + concurrency);
		}
		this.threads = threads;
		this.running = new Semaphore(concurrency, true);
	}

	@Override
	public void execute(Runnable task) {
		threads.execute(() -> {
			running.acquireUninterruptibly();
			try {
				task.run();
			}
			finally {
				running.release();
			}
		});
	}

}
