package nl.verbinder.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention run ({@code verbinder.retention.cron}, by default at 04:15 Dutch
 * time; off with {@code verbinder.retention.enabled=false}): claimed once per day in the
 * database, so that with several nodes one runs it. For each municipality of the region
 * it asks every module's {@link ExpiredData} to destroy what expired, as Verbinder itself
 * for that municipality ({@link BackgroundWork#callAsSystem}), so row-level security and
 * the processing log apply; then the processing log's own expired records go, by whole
 * seal batches ({@link ProcessingLogRetention}). What was destroyed is kept as
 * destruction records ({@link Destructions}), each in the transaction of the destruction
 * it records. A module that fails is logged and counted; the others go on, and what it
 * left is found again the next night.
 */
@Component
class RetentionRun {

	private static final Logger logger = LoggerFactory.getLogger(RetentionRun.class);

	/** The actor's name in the processing log. */
	static final String ACTOR = "verbinder.vernietiging";

	private final ObjectProvider<ExpiredData> modules;

	private final ProcessingLogRetention log;

	private final Destructions destructions;

	private final Region region;

	private final BackgroundWork background;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	RetentionRun(ObjectProvider<ExpiredData> modules, ProcessingLogRetention log, Destructions destructions,
			Region region, BackgroundWork background, Clock clock, PlatformTransactionManager transactions,
			@Value("${verbinder.retention.enabled:true}") boolean enabled) {
		this.modules = modules;
		this.log = log;
		this.destructions = destructions;
		this.region = region;
		this.background = background;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.enabled = enabled;
	}

	@Scheduled(cron = "${verbinder.retention.cron:0 15 4 * * *}", zone = "Europe/Amsterdam")
	void nightly() {
		if (enabled) {
			runOn(LocalDate.now(clock.withZone(DutchTime.ZONE)));
		}
	}

	/**
	 * Destroys what expired on {@code day}, unless a run for that day was claimed
	 * already; answers the run's id, or nothing when it was.
	 */
	Optional<UUID> runOn(LocalDate day) {
		UUID run = UUID.randomUUID();
		if (!destructions.claim(run, day, clock.instant())) {
			return Optional.empty();
		}
		long started = System.nanoTime();
		int failures = 0;
		List<ExpiredData> all = modules.orderedStream().toList();
		for (GemeenteCode gemeente : region.gemeenteCodes()) {
			for (ExpiredData module : all) {
				try {
					// The destruction and its record commit together, or neither does.
					background.callAsSystem(ACTOR, gemeente, () -> transaction.execute(status -> {
						List<Destruction> destroyed = module.destroyExpired(day);
						destructions.record(run, gemeente, destroyed, clock.instant());
						return destroyed;
					}));
				}
				catch (RuntimeException e) {
					failures++;
					logger.error("The retention run of {} for {} failed; the others go on",
							module.getClass().getSimpleName(), gemeente.value(), e);
				}
			}
		}
		try {
			// Each batch and its destruction record commit together, or neither does.
			log.destroyExpired(day, clock.instant(), counted -> destructions.recordLog(run, counted, clock.instant()));
		}
		catch (RuntimeException e) {
			failures++;
			logger.error("The retention run of the processing log failed", e);
		}
		destructions.finish(run, failures, clock.instant());
		logger.info("Retention run for {}: {} failures in {} ms", day, failures,
				(System.nanoTime() - started) / 1_000_000);
		return Optional.of(run);
	}

}
