package nl.verbinder.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Region;
import nl.verbinder.shared.GemeenteCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly signal run ({@code verbinder.signals.cron}, by default at 05:30): claimed
 * once per day in the database, so that with several nodes one runs it. Each municipality
 * of the region is run by Verbinder itself for that municipality
 * ({@link BackgroundWork#callAsSystem}), so that the same access checks, row-level
 * security and processing log apply as when a case manager runs it, while the log and the
 * newcomer's "who read my file" name the run, not a case manager who was asleep.
 */
@Component
class NightlySignalRun {

	private static final Logger logger = LoggerFactory.getLogger(NightlySignalRun.class);

	/** The actor's name in the processing log. */
	static final String ACTOR = "verbinder.signalering";

	private final Signals signals;

	private final SignalStore store;

	private final Region region;

	private final BackgroundWork background;

	private final Clock clock;

	NightlySignalRun(Signals signals, SignalStore store, Region region, BackgroundWork background, Clock clock) {
		this.signals = signals;
		this.store = store;
		this.region = region;
		this.background = background;
		this.clock = clock;
	}

	@Scheduled(cron = "${verbinder.signals.cron:0 30 5 * * *}")
	void nightly() {
		UUID run = UUID.randomUUID();
		if (!store.claimNightly(run, LocalDate.now(clock), clock.instant())) {
			return;
		}
		long started = System.nanoTime();
		int raised = 0;
		int closed = 0;
		for (GemeenteCode gemeente : region.gemeenteCodes()) {
			try {
				Signals.RunResult result = background.callAsSystem(ACTOR, gemeente, signals::runInScope);
				raised += result.raised();
				closed += result.closed();
			}
			catch (RuntimeException e) {
				logger.error("The signal run for {} failed; the others go on", gemeente.value(), e);
			}
		}
		store.finishRun(run, raised, closed, clock.instant());
		logger.info("Nightly signal run: {} raised, {} closed in {} ms", raised, closed,
				(System.nanoTime() - started) / 1_000_000);
	}

}
