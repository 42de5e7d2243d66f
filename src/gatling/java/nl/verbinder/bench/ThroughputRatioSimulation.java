package nl.verbinder.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The case manager's caseload and household page against {@code /actuator/health}, side by side in one run:
 * phases of {@code gatling.seconds} (30) each, one after the other, {@code gatling.users} (20) virtual users
 * at once and no think time, in {@code gatling.rounds} (3) rounds of health, caseload, household page (the
 * first a warm-up of the fresh JVM). A
 * page's throughput divided by the health endpoint's in the same round says what the page costs, whatever
 * else the machine is doing. Each phase's requests have a name of their own ({@code caseload 2}); its
 * throughput is its count divided by the phase's length. The page phases log in first (named {@code log in}).
 */
public class ThroughputRatioSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("gatling.users", 20);

	private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("gatling.seconds", 30));

	private static final int ROUNDS = Integer.getInteger("gatling.rounds", 3);


	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl")
		.disableCaching();

	private static final ChainBuilder LOG_IN = FormLogin.asCaseManager()
		// A household of this case manager's caseload, for the household phase.
		.exec(http("caseload (to pick households)").get("/huishoudens")
			.check(status().is(200))
			.check(regex("href=\"/huishoudens/([0-9a-f-]{36})\"").findAll().saveAs("households")));

	private PopulationBuilder health(int round) {
		return scenario("health " + round)
			.during(PHASE)
			.on(exec(http("health " + round).get("/actuator/health")
				.header("Accept", "application/json")
				.check(status().is(200))))
			.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(1)));
	}

	private PopulationBuilder caseload(int round) {
		return scenario("caseload " + round).exec(LOG_IN)
			.during(PHASE)
			.on(exec(http("caseload " + round).get("/huishoudens").check(status().is(200))))
			.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(1)));
	}

	private PopulationBuilder household(int round) {
		return scenario("household page " + round).exec(LOG_IN)
			.during(PHASE)
			.on(exec(session -> {
				List<String> households = session.getList("households");
				return session.set("household", households.get((int) (Math.random() * households.size())));
			}).exec(http("household page " + round).get("/huishoudens/#{household}").check(status().is(200))))
			.injectClosed(constantConcurrentUsers(USERS).during(Duration.ofSeconds(1)));
	}

	{
		List<PopulationBuilder> phases = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			phases.add(health(round));
			phases.add(caseload(round));
			phases.add(household(round));
		}
		setUp(sequence(phases)).protocols(protocol);
	}

	/** The phases one after the other: each starts when the last one's users are done. */
	private static PopulationBuilder sequence(List<PopulationBuilder> phases) {
		PopulationBuilder last = phases.getLast();
		for (int i = phases.size() - 2; i >= 0; i--) {
			last = phases.get(i).andThen(last);
		}
		return last;
	}

}
