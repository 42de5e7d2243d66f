package nl.verbinder.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import java.util.List;

/**
 * Logging a virtual user in through a login form, as a person does: the form's page for its CSRF token, then
 * the demo password for the session's {@code #{username}}. Requests named {@code login page} and
 * {@code log in} in every simulation.
 */
final class FormLogin {

	/** A case manager of each of the eight demo municipalities. */
	static final List<String> CASE_MANAGERS = List.of("consulent.aalten", "consulent.berkelland",
			"consulent.bronckhorst", "consulent.doetinchem", "consulent.montferland", "consulent.oost-gelre",
			"consulent.oude-ijsselstreek", "consulent.winterswijk");

	private FormLogin() {
	}

	/** Logs {@code #{username}} in at the form of {@code path}; {@code checks} are added to the login's own. */
	static ChainBuilder at(String path, CheckBuilder... checks) {
		return exec(http("login page").get(path).check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("log in").post(path)
				.formParam("username", "#{username}")
				.formParam("password", "verbinder-demo")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(checks));
	}

	/** Logs the virtual user in as one of the case managers, in turn. */
	static ChainBuilder asCaseManager() {
		return exec(session -> session.set("username",
				CASE_MANAGERS.get((int) (session.userId() % CASE_MANAGERS.size()))))
			.exec(at("/login"));
	}

}
