package nl.verbinder.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.verbinder.inburgering.HouseholdView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Loads the demo region on first start (when {@code verbinder.demo.enabled}): an account
 * for every role, a case manager per municipality, and households in proportion to each
 * municipality's population. Everything follows from {@code verbinder.demo.seed}. With
 * {@code --households=N} it also generates N more households across the region, with
 * trajectories and portal newcomers ({@link DemoLoad}; {@code --trajectory-every=M} puts
 * one household in M in a trajectory, 0 none, and {@code --portal-newcomers=K} sets how
 * many newcomers get a portal account), for load tests. Never in production.
 *
 * <p>
 * Each part has its own class, called in a fixed order so that one seed gives one region:
 * accounts ({@link DemoAccounts}), households with their history ({@link DemoCases}), the
 * key-person pool and requests ({@link DemoRequests}), the social map and referrals
 * ({@link DemoCollaboration}), contracts and providers' reports ({@link DemoPurchasing}),
 * opportunities and preferences ({@link DemoMatching}), and newcomers with a portal
 * account ({@link DemoNewcomers}), their appointments ({@link DemoAppointments}) and
 * their own voice: wishes, self-assessment and ratings ({@link DemoVoices}); and a case
 * manager's emergency access to a household of another municipality
 * ({@link DemoEmergencyAccess}).
 *
 * <p>
 * Thirteen collaborators, six more than we allow without a reason: the ten parts it runs
 * in a fixed order, the generator for load tests, the clock, and the environment, which
 * tells it never to run in production.
 */
@Component
class DemoRegion implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);

	private final DemoAccounts accounts;

	private final DemoCases cases;

	private final DemoRequests requests;

	private final DemoCollaboration collaboration;

	private final DemoMatching matching;

	private final DemoNewcomers newcomers;

	private final DemoAppointments appointments;

	private final DemoPurchasing purchasing;

	private final DemoVoices voices;

	private final DemoEmergencyAccess emergencyAccess;

	private final DemoLoad generated;

	private final Clock clock;

	private final boolean enabled;

	private final long seed;

	private final boolean production;

	/**
	 * One collaborator per part of the demo region (ten), loaded in order, and the clock.
	 */
	DemoRegion(DemoAccounts accounts, DemoCases cases, DemoRequests requests, DemoCollaboration collaboration,
			DemoMatching matching, DemoNewcomers newcomers, DemoAppointments appointments, DemoPurchasing purchasing,
			DemoVoices voices, DemoEmergencyAccess emergencyAccess, DemoLoad generated, Clock clock,
			Environment environment, @Value("${verbinder.demo.enabled:false}") boolean enabled,
			@Value("${verbinder.demo.seed:20221001}") long seed) {
		this.accounts = accounts;
		this.cases = cases;
		this.requests = requests;
		this.collaboration = collaboration;
		this.matching = matching;
		this.newcomers = newcomers;
		this.appointments = appointments;
		this.purchasing = purchasing;
		this.voices = voices;
		this.emergencyAccess = emergencyAccess;
		this.generated = generated;
		this.clock = clock;
		this.enabled = enabled;
		this.seed = seed;
		this.production = environment.acceptsProfiles(Profiles.of("production"));
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> households = args.getOptionValues("households");
		if (households != null && households.isEmpty() && !args.getNonOptionArgs().isEmpty()) {
			// "--households 100000" as well as "--households=100000"
			households = List.of(args.getNonOptionArgs().getFirst());
		}
		if (!enabled && households == null) {
			return;
		}
		if (production) {
			throw new IllegalStateException(
					"The demo region is never loaded in production: unset verbinder.demo.enabled");
		}
		if (enabled && !accounts.opened()) {
			load();
		}
		if (households != null) {
			if (households.isEmpty() || !households.getFirst().matches("\\d{1,7}")) {
				throw new IllegalArgumentException(
						"--households needs a number of households, e.g. --households=100000");
			}
			int count = Integer.parseInt(households.getFirst());
			DemoLoad.Generation defaults = DemoLoad.Generation.of(count);
			generate(new DemoLoad.Generation(count, option(args, "trajectory-every", defaults.trajectoryEvery()),
					option(args, "portal-newcomers", defaults.portalNewcomers())));
		}
	}

	/** A whole-number option, or {@code otherwise} when it is not given. */
	private static int option(ApplicationArguments args, String name, int otherwise) {
		List<String> values = args.getOptionValues(name);
		if (values == null || values.isEmpty()) {
			return otherwise;
		}
		if (!values.getFirst().matches("\\d{1,6}")) {
			throw new IllegalArgumentException("--" + name + " needs a whole number, e.g. --" + name + "=20");
		}
		return Integer.parseInt(values.getFirst());
	}

	private void load() {
		log.info("Loading the demo region {} (seed {})", accounts.regionName(), seed);
		accounts.open();
		Random random = new Random(seed);
		LocalDate today = LocalDate.now(clock);
		DemoCases.Cases registered = cases.register(random, today);
		int pool = requests.recordPool(today);
		requests.recordRequests(random, registered.helpWanted(), today);
		requests.recordAdvice(new Random(seed + 31));
		List<HouseholdView> accepted = collaboration.recordCollaboration(registered.referred(), today);
		List<HouseholdView> unreferred = registered.all()
			.stream()
			.filter(h -> !registered.referred().contains(h) && !registered.helpWanted().contains(h))
			.toList();
		purchasing.record(new Random(seed + 13), unreferred, today);
		matching.recordOpportunities();
		matching.recordPreferences(random, registered.all(), today);
		newcomers.load(today, DemoAccounts.DEMO_PASSWORD);
		appointments.load(today);
		voices.load(new Random(seed + 29), accepted, today, DemoAccounts.DEMO_PASSWORD);
		emergencyAccess.load(registered.all());
		log.info("Demo region loaded: {} accounts, {} households, {} key persons", accounts.all().size(),
				registered.all().size(), pool);
	}

	/**
	 * Generates {@code count} more households, spread over the region's municipalities by
	 * population, and nothing else.
	 */
	void generate(int count) {
		generate(DemoLoad.Generation.householdsOnly(count));
	}

	/**
	 * Generates households, with trajectories and portal newcomers as asked
	 * ({@link DemoLoad}).
	 */
	DemoLoad.Generated generate(DemoLoad.Generation generation) {
		long started = System.nanoTime();
		DemoLoad.Generated done = generated.generate(seed, generation, LocalDate.now(clock));
		log.info("Generated {} households, {} trajectories ({} attendance rows), {} portal newcomers in {} s",
				done.households(), done.trajectories(), done.attendanceRows(), done.portalNewcomers(),
				(System.nanoTime() - started) / 1_000_000_000);
		return done;
	}

}
