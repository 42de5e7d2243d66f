package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which paths of the key-person module need which permission (patterns do not overlap).
 */
@Configuration(proxyBeanMethods = false)
class SleutelpersoonWeb {

	@Bean
	PathPermissions sleutelpersoonPaths() {
		return PathPermissions.of(PathPermission.any("/verzoeken", Permission.KEY_PERSON_REQUEST),
				PathPermission.get("/verzoeken/nieuw", Permission.KEY_PERSON_REQUEST),
				PathPermission.get("/verzoeken/*/kandidaten", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.post("/verzoeken/*/aanbod", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.any("/mijn-verzoeken/**", Permission.KEY_PERSON_OWN),
				PathPermission.get("/mijn-verzoeken", Permission.KEY_PERSON_OWN),
				PathPermission.any("/verzoeken/weekvoorstel", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.any("/api/v1/verzoeken/weekvoorstel", Permission.KEY_PERSON_POOL_MANAGE),
				// Key persons and professionals give advice; the service checks the role.
				PathPermission.authenticated(HttpMethod.POST, "/api/v1/adviezen"),
				PathPermission.get("/api/v1/adviezen", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.post("/api/v1/adviezen/*/beoordeling", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.authenticated("/api/v1/mijn-adviezen"),
				PathPermission.any("/signalen", Permission.KEY_PERSON_REQUEST),
				// Policy reads the advice and what became of it; the coordinator triages
				// it.
				PathPermission.get("/adviezen", Permission.ADVICE_READ),
				PathPermission.post("/adviezen", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.post("/adviezen/*/beoordeling", Permission.KEY_PERSON_POOL_MANAGE),
				// The pool list, the overview, and adding, changing and ending a key
				// person.
				PathPermission.any("/sleutelpersonen/**", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.any("/api/v1/sleutelpersonen/**", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.any("/api/v1/sleutelpersonen", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.any("/api/v1/verzoeken", Permission.KEY_PERSON_REQUEST),
				PathPermission.get("/api/v1/verzoeken/*/kandidaten", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.post("/api/v1/verzoeken/*/annulering", Permission.KEY_PERSON_REQUEST),
				PathPermission.post("/api/v1/verzoeken/*/aanbod", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.post("/api/v1/verzoeken/*/antwoord", Permission.KEY_PERSON_POOL_MANAGE),
				PathPermission.any("/api/v1/mijn-verzoeken/**", Permission.KEY_PERSON_OWN),
				PathPermission.get("/api/v1/mijn-verzoeken", Permission.KEY_PERSON_OWN),
				PathPermission.get("/api/v1/mijn-uren", Permission.KEY_PERSON_OWN));
	}

	@Bean
	NavigationItem adviceNavigation() {
		return new NavigationItem("nav.advice", "/adviezen", Permission.ADVICE_READ, 26);
	}

	@Bean
	NavigationItem poolNavigation() {
		return new NavigationItem("nav.pool-members", "/sleutelpersonen", Permission.KEY_PERSON_POOL_MANAGE, 24);
	}

	@Bean
	NavigationItem overviewNavigation() {
		return new NavigationItem("nav.pool", "/sleutelpersonen/overzicht", Permission.KEY_PERSON_POOL_MANAGE, 25);
	}

	@Bean
	NavigationItem requestsNavigation() {
		return new NavigationItem("nav.requests", "/verzoeken", Permission.KEY_PERSON_REQUEST, 20);
	}

	@Bean
	NavigationItem ownRequestsNavigation() {
		return new NavigationItem("nav.own-requests", "/mijn-verzoeken", Permission.KEY_PERSON_OWN, 20);
	}

}
