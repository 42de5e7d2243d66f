package nl.verbinder.outcomes;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the figures are counted outside a request: on one thread of this node, one count
 * after the other, so that recounts never take more than one of the machine's cores and
 * never a reader's time.
 * <p>
 * The owners count only for an actor who may read figures, and no account is the region's
 * own (the system role reads households, not figures), so a count here runs in the name
 * of the first enabled case manager of the region's municipalities (in order of their
 * codes), looked up for each count. Counting writes no processing record (figures are of
 * groups, not persons) and the figures are the same for every reader of the region, so
 * the name only passes the owners' checks. Without such an account the count is refused
 * and readers count for themselves, as before the first count.
 */
@Component
class FigureCounting implements Executor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FigureCounting.class);

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
		Thread t = new Thread(work, "verbinder-figures");
		t.setDaemon(true);
		return t;
	});

	private final BackgroundWork background;

	private final AccountAdministration accounts;

	private final AccessControl access;

	FigureCounting(BackgroundWork background, AccountAdministration accounts, AccessControl access) {
		this.background = background;
		this.accounts = accounts;
		this.access = access;
	}

	/**
	 * Runs a count on the counting thread, in the name described above. The count always
	 * runs (unauthenticated, so refused, when there is no name to count in), so that it
	 * can say it is done.
	 */
	@Override
	public void execute(Runnable count) {
		thread.execute(() -> {
			AtomicBoolean ran = new AtomicBoolean();
			try {
				Optional<AccountId> account = countingAccount();
				if (account.isPresent()) {
					background.runAs(account.get(), () -> {
						ran.set(true);
						count.run();
					});
					return;
				}
				log.info("No enabled case manager in the region: figures are counted when read");
			}
			catch (RuntimeException e) {
				log.warn("Figures not counted in the background", e);
			}
			if (!ran.get()) {
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

	private Optional<AccountId> countingAccount() {
		return access.region()
			.gemeenteCodes()
			.stream()
			.sorted()
			.flatMap(g -> accounts.enabledAccounts(Role.CASE_MANAGER, g).stream())
			.findFirst();
	}

	@Override
	public void destroy() {
		thread.shutdownNow();
	}

}
