package nl.verbinder.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The case manager's two busiest pages under load: the caseload (sorted by urgency) and a household
 * page. Each virtual user logs in once as a case manager of one of the eight demo municipalities, then
 * opens the caseload and one of the households on it, again and again. Run against a Verbinder with
 * generated data (see docs/PERFORMANCE.md): only loopback traffic, bounded in users and time.
 */
public class CaseloadSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("gatling.users", 20);

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("gatling.seconds", 60));

	/**
	 * Think time after each page, in milliseconds, as {@code min-max} ({@code gatling.think=1000-3000}: a
	 * person reads a page for one to three seconds). {@code 0} (the default) sends the next request at once:
	 * a saturation test that measures capacity, not what 20 people clicking would see.
	 */
	private static final String THINK = System.getProperty("gatling.think", "0");

	private static final long THINK_MIN = Long.parseLong(THINK.split("-")[0]);

	private static final long THINK_MAX = Long.parseLong(THINK.contains("-") ? THINK.split("-")[1] : THINK);


	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl")
		.disableCaching();

	private final ScenarioBuilder caseManager = scenario("case manager").exec(FormLogin.asCaseManager())
		.during(DURATION)
		.on(exec(http("caseload").get("/huishoudens")
			.check(status().is(200))
			.check(regex("href=\"/huishoudens/([0-9a-f-]{36})\"").findRandom().saveAs("household")))
			.pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
			.exec(http("household page").get("/huishoudens/#{household}").check(status().is(200)))
			.pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX)));

	{
		setUp(caseManager.injectClosed(constantConcurrentUsers(USERS).during(DURATION.plusSeconds(10))))
			.protocols(protocol)
			.maxDuration(DURATION.plusSeconds(30))
			.assertions(global().failedRequests().percent().lt(1.0));
	}
}
