package nl.verbinder.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The region's figures under load: policy readers and the regional coordinator open the outcomes
 * page ({@code /uitkomsten}, eight tables with their charts and the map), filtered by a municipality
 * or a learning route, and download a table as CSV, again and again. Each virtual user logs in once
 * ({@code beleid} or {@code coordinator}). {@code gatling.users} (20), {@code gatling.seconds} (60)
 * and {@code gatling.think} ({@code 0}, saturation, or e.g. {@code 3000-10000} for a human pace) as
 * in {@link CaseloadSimulation}; {@code gatling.loginSpread} (0) spreads the logins (Argon2 each)
 * over that many seconds instead of all at once. Run against a Verbinder with generated data (see
 * docs/PERFORMANCE.md): only loopback traffic, bounded in users and time.
 */
public class FiguresSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("gatling.users", 20);

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("gatling.seconds", 60));

	private static final String THINK = System.getProperty("gatling.think", "0");

	/** Each reader logs in at a random moment within this many seconds (0: all at once). */
	private static final int LOGIN_SPREAD = Integer.getInteger("gatling.loginSpread", 0);

	private static final long THINK_MIN = Long.parseLong(THINK.split("-")[0]);

	private static final long THINK_MAX = Long.parseLong(THINK.contains("-") ? THINK.split("-")[1] : THINK);

	private static final List<String> READERS = List.of("beleid", "coordinator");

	private static final List<String> MUNICIPALITIES = List.of("GM0197", "GM1859", "GM1876", "GM0222", "GM1955",
			"GM1586", "GM1509", "GM0294");

	private static final List<String> ROUTES = List.of("B1", "ONDERWIJS", "Z");

	private static final List<String> TABLES = List.of("uitstroom", "domeinen", "gemeenten", "norm", "aanbieders",
			"kosten-per-uitkomst", "beoordelingen", "adviezen");

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl")
		.disableCaching();

	private final ScenarioBuilder reader = scenario("policy reader")
		.exec(session -> session.set("username", READERS.get((int) (session.userId() % READERS.size()))))
		.pause(Duration.ZERO, Duration.ofSeconds(LOGIN_SPREAD))
		.exec(FormLogin.at("/login"))
		.during(DURATION)
		.on(exec(session -> session.set("gemeente", random(MUNICIPALITIES))
			.set("route", random(ROUTES))
			.set("table", random(TABLES)))
			.exec(http("outcomes").get("/uitkomsten").check(status().is(200)))
			.pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
			.exec(http("outcomes of a municipality").get("/uitkomsten?gemeente=#{gemeente}").check(status().is(200)))
			.pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
			.exec(http("outcomes of a route").get("/uitkomsten?route=#{route}").check(status().is(200)))
			.pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX))
			.exec(http("table as CSV").get("/uitkomsten/csv?tabel=#{table}").check(status().is(200)))
			.pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX)));

	{
		setUp(reader.injectClosed(constantConcurrentUsers(USERS).during(DURATION.plusSeconds(10 + LOGIN_SPREAD))))
			.protocols(protocol)
			.maxDuration(DURATION.plusSeconds(30 + LOGIN_SPREAD))
			.assertions(global().failedRequests().percent().lt(1.0));
	}

	private static String random(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

}
