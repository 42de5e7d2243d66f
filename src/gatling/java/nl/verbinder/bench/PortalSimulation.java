package nl.verbinder.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Newcomers using the portal at a human pace: each virtual user logs in once through the portal's
 * login form as one of the generated portal newcomers ({@code nieuwkomer.00001} …, see
 * docs/PERFORMANCE.md), then reads the portal's pages one after the other (home, plan,
 * appointments, next week's appointments, contacts, who read my file, ratings, questions), pausing
 * on each, until the run ends. Properties: {@code gatling.newcomers} (200), {@code gatling.ramp}
 * (seconds over which they arrive, 30), {@code gatling.portalSeconds} (how long each browses, 120)
 * and {@code gatling.portalThink} (ms on a page, {@code 3000-10000}). Run against a Verbinder with
 * generated data whose login throttle is lifted (all virtual users come from 127.0.0.1): only
 * loopback traffic, bounded in users and time.
 */
public class PortalSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	private static final int NEWCOMERS = Integer.getInteger("gatling.newcomers", 200);

	private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("gatling.ramp", 30));

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("gatling.portalSeconds", 120));

	private static final String THINK = System.getProperty("gatling.portalThink", "3000-10000");

	private static final Duration THINK_MIN = Duration.ofMillis(Long.parseLong(THINK.split("-")[0]));

	private static final Duration THINK_MAX = Duration
		.ofMillis(Long.parseLong(THINK.contains("-") ? THINK.split("-")[1] : THINK));

	private static final String NEXT_WEEK = LocalDate.now()
		.plusWeeks(1)
		.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
		.toString();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html")
		.acceptLanguageHeader("nl")
		.disableCaching();

	private final ScenarioBuilder newcomer = scenario("newcomer")
		.exec(session -> session.set("username", "nieuwkomer.%05d".formatted(session.userId())))
		.exec(FormLogin.at("/portaal/inloggen", regex("/portaal/plan")))
		.pause(THINK_MIN, THINK_MAX)
		.during(DURATION)
		.on(page("plan", "/portaal/plan"), page("appointments", "/portaal/afspraken"),
				page("week view", "/portaal/afspraken?week=" + NEXT_WEEK), page("contacts", "/portaal/contacten"),
				page("who read my file", "/portaal/inzage"), page("ratings", "/portaal/beoordelen"),
				page("questions", "/portaal/vragen"), page("home", "/portaal/mijn"));

	{
		setUp(newcomer.injectOpen(rampUsers(NEWCOMERS).during(RAMP)))
			.protocols(protocol)
			.maxDuration(RAMP.plus(DURATION).plusSeconds(30))
			.assertions(global().failedRequests().percent().lt(1.0));
	}

	private static ChainBuilder page(String name, String path) {
		return exec(http(name).get(path).check(status().is(200))).pause(THINK_MIN, THINK_MAX);
	}

}
