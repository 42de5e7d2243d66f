package nl.verbinder.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.verbinder.inburgering.HouseholdView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generated data for load tests ({@code --households=N}): N more households across the
 * region ({@link DemoCases}), of which one in {@code trajectoryEvery} gets a plan with a
 * contracted B1 route, a referral to the language school and a year of weekly attendance
 * with results ({@link DemoTrajectories}), and a number of their newcomers an activated
 * portal account with appointments ({@link DemoPortalNewcomers}). Outflow comes with the
 * households. Everything follows from the seed.
 */
@Component
class DemoLoad {

	private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

	/** What to generate. */
	record Generation(int households, int trajectoryEvery, int portalNewcomers) {

		/** Households only: no trajectories, no portal accounts. */
		static Generation householdsOnly(int households) {
			return new Generation(households, 0, 0);
		}

		/**
		 * The default for load tests: one household in 20 in a trajectory, one portal
		 * account per 400 households (at least one).
		 */
		static Generation of(int households) {
			return new Generation(households, 20, Math.max(1, households / 400));
		}

	}

	/** What was generated. */
	record Generated(int households, int trajectories, int attendanceRows, int portalNewcomers) {
	}

	private final DemoCases cases;

	private final DemoTrajectories trajectories;

	private final DemoPortalNewcomers newcomers;

	private final JdbcClient jdbc;

	DemoLoad(DemoCases cases, DemoTrajectories trajectories, DemoPortalNewcomers newcomers, JdbcClient jdbc) {
		this.cases = cases;
		this.trajectories = trajectories;
		this.newcomers = newcomers;
		this.jdbc = jdbc;
	}

	Generated generate(long seed, Generation generation, LocalDate today) {
		long started = System.nanoTime();
		List<HouseholdView> chosen = new ArrayList<>();
		int every = generation.trajectoryEvery();
		int[] index = { 0 };
		int done = cases.generate(new Random(seed ^ generation.households()), generation.households(), today,
				household -> {
					if (every > 0 && index[0]++ % every == every / 2) {
						chosen.add(household);
					}
				});
		log.info("Generated {} households in {} s", done, seconds(started));
		if (chosen.isEmpty() && generation.portalNewcomers() == 0) {
			return new Generated(done, 0, 0, 0);
		}
		long phase = System.nanoTime();
		DemoTrajectories.Recorded recorded = trajectories.record(new Random(seed + 41), chosen, today);
		log.info("Generated {} trajectories with {} attendance rows in {} s", recorded.planned().size(),
				recorded.attendanceRows(), seconds(phase));
		phase = System.nanoTime();
		int portal = newcomers.open(new Random(seed + 43), recorded.planned(), generation.portalNewcomers(), today,
				DemoAccounts.DEMO_PASSWORD);
		log.info("Generated {} portal newcomers in {} s", portal, seconds(phase));
		phase = System.nanoTime();
		awaitReactions();
		log.info("Reactions to the generated reports done in {} s", seconds(phase));
		return new Generated(done, recorded.planned().size(), recorded.attendanceRows(), portal);
	}

	/**
	 * Waits (an hour at most) until every reaction to the generated events ran (each
	 * attendance row re-evaluates its household's signals after the commit), so that a
	 * load test that follows measures the pages, not the queue.
	 */
	private void awaitReactions() {
		long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
		long last = System.nanoTime();
		long open;
		while ((open = jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single()) > 0 && System.nanoTime() < deadline) {
			if (System.nanoTime() - last > Duration.ofMinutes(1).toNanos()) {
				log.info("{} reactions still to run", open);
				last = System.nanoTime();
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static long seconds(long since) {
		return (System.nanoTime() - since) / 1_000_000_000;
	}

}
