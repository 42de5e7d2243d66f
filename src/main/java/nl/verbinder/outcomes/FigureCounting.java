package nl.verbinder.outcomes;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the figures are counted outside a request: on one thread of this node, one count
 * after the other, so that recounts never take more than one of the machine's cores and
 * never a reader's time.
 * <p>
 * A count here runs as Verbinder itself ({@link BackgroundWork#callAsSystem}, task
 * {@value #TASK}), whose role may read figures of the whole region and nothing about a
 * person it was not given for its own work. No staff member's name is used: counting
 * writes no processing record (figures are of groups, not persons), and the figures are
 * the same for every reader of the region. It is no {@link java.util.concurrent.Executor}
 * bean, so that Spring Boot still makes the application's own executor.
 */
@Component
class FigureCounting implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FigureCounting.class);

	/** The name the counts run under. */
	static final String TASK = "figures";

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
		Thread t = new Thread(work, "verbinder-figures");
		t.setDaemon(true);
		return t;
	});

	private final BackgroundWork background;

	private final AccessControl access;

	FigureCounting(BackgroundWork background, AccessControl access) {
		this.background = background;
		this.access = access;
	}

	/**
	 * Runs a count on the counting thread, as Verbinder itself (see the class). A count
	 * that fails is logged; the one who asked for it keeps the last count.
	 */
	void count(Runnable count) {
		thread.execute(() -> {
			AtomicBoolean ran = new AtomicBoolean();
			try {
				GemeenteCode any = access.region().gemeenteCodes().stream().sorted().findFirst().orElseThrow();
				background.callAsSystem(TASK, any, () -> {
					ran.set(true);
					count.run();
					return null;
				});
			}
			catch (RuntimeException e) {
				log.warn("Figures not counted in the background", e);
			}
			if (!ran.get()) {
				// Unauthenticated, so refused: the count still ends, and says so.
				count.run();
			}
		});
	}

	/**
	 * Runs {@code check} on the counting thread every {@code period}, from one period on.
	 */
	void every(Duration period, Runnable check) {
		thread.scheduleWithFixedDelay(() -> {
			try {
				check.run();
			}
			catch (RuntimeException e) {
				log.warn("Periodic figure check failed", e);
			}
		}, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		thread.shutdownNow();
	}

}
