package nl.verbinder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How reactions to events run, and how a reaction that did not complete is delivered
 * again without a restart.
 * <p>
 * They run on virtual threads, at most {@code verbinder.reactions.concurrency} at once
 * ({@link BoundedReactions}), below the connection pool's size so that web requests keep
 * connections while a large file's reactions queue. Spring Boot's own executor would
 * start them all at once (with virtual threads it has no limit), and its
 * {@code spring.task.execution.simple.concurrency-limit} would make the publishing thread
 * wait, holding its connection, until all but the last few had started.
 * <p>
 * Every {@code retry-interval}, on every node: a publication that failed is delivered
 * again, at most {@code retry-batch} at a time across the nodes (Spring Modulith claims
 * each by setting its status to {@code RESUBMITTED} where it was not, so two nodes never
 * deliver the same one in one round); a publication that is still {@code PUBLISHED} or
 * {@code PROCESSING} {@code stale-after} after it was published or last delivered again
 * (its node died, or could not even record the failure), or {@code RESUBMITTED} that long
 * ago, is first marked failed. That age must exceed how long a reaction may wait in a
 * queue on a live node, or it is delivered twice, which every listener tolerates (they
 * are idempotent). Spring Modulith's own staleness monitor is not used: in 2.1.1 it takes
 * an unset age as zero and measures a resubmitted publication from its first publication,
 * so it would mark queued work failed.
 */
@Configuration(proxyBeanMethods = false)
class EventReactions {

	private static final Logger log = LoggerFactory.getLogger(EventReactions.class);

	private final FailedEventPublications failed;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration staleAfter;

	private final int batch;

	EventReactions(FailedEventPublications failed, JdbcClient jdbc, Clock clock,
			@Value("${verbinder.reactions.stale-after:PT1H}") Duration staleAfter,
			@Value("${verbinder.reactions.retry-batch:100}") int batch) {
		this.failed = failed;
		this.jdbc = jdbc;
		this.clock = clock;
		this.staleAfter = staleAfter;
		this.batch = batch;
	}

	/**
	 * The executor of every {@code @Async} method, which are the reactions. Its threads
	 * come from Spring Boot's builder (virtual threads, and the task decorators that
	 * carry the logging context), not from the application's executor bean: that one is
	 * not made when any other bean is an {@link Executor}.
	 */
	@Bean
	static AsyncConfigurer boundedReactions(SimpleAsyncTaskExecutorBuilder threads,
			@Value("${verbinder.reactions.concurrency:4}") int concurrency) {
		BoundedReactions executor = new BoundedReactions(threads.threadNamePrefix("reaction-").build(), concurrency);
		return new AsyncConfigurer() {

			@Override
			public Executor getAsyncExecutor() {
				return executor;
			}

		};
	}

	@Scheduled(fixedDelayString = "${verbinder.reactions.retry-interval:PT1M}",
			initialDelayString = "${verbinder.reactions.retry-interval:PT1M}")
	void deliverAgain() {
		Timestamp before = Timestamp.from(clock.instant().minus(staleAfter));
		int stale = jdbc.sql("""
				update event_publication set status = 'FAILED'
				where completion_date is null
				  and ((status in ('PUBLISHED', 'PROCESSING')
				        and coalesce(last_resubmission_date, publication_date) < :before)
				       or (status = 'RESUBMITTED' and last_resubmission_date < :before))""")
			.param("before", before)
			.update();
		if (stale > 0) {
			log.warn("{} event publications not completed after {}: delivering them again", stale, staleAfter);
		}
		failed.resubmit(ResubmissionOptions.defaults().withBatchSize(batch).withMaxInFlight(batch));
	}

}
