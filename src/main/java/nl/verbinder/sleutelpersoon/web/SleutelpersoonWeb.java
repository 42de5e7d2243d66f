package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which paths of the key-person module need which permission (patterns do not overlap).
 */
@Configuration(proxyBeanMethods = false)
class SleutelpersoonWeb {

	/**
	 * No two patterns here match one request unless they need the same permission, so the
	 * rows are grouped by who may: professionals request, the pool coordinator matches
	 * and manages the pool, key persons see their own.
	 */
	@Bean
	PathPermissions sleutelpersoonPaths() {
		return PathPermissions.builder()
			.any(Permission.KEY_PERSON_REQUEST, "/verzoeken", "/signalen", "/api/v1/verzoeken")
			.get(Permission.KEY_PERSON_REQUEST, "/verzoeken/nieuw")
			.post(Permission.KEY_PERSON_REQUEST, "/api/v1/verzoeken/*/annulering")
			.get(Permission.KEY_PERSON_POOL_MANAGE, "/verzoeken/*/kandidaten", "/api/v1/verzoeken/*/kandidaten",
					"/api/v1/adviezen")
			.post(Permission.KEY_PERSON_POOL_MANAGE, "/verzoeken/*/aanbod", "/api/v1/verzoeken/*/aanbod",
					"/api/v1/verzoeken/*/antwoord", "/adviezen", "/adviezen/*/beoordeling",
					"/api/v1/adviezen/*/beoordeling")
			// The week's proposal, the pool list, the overview, and adding, changing and
			// ending a key person.
			// Planning, moving and cancelling the visit of an accepted request.
			.any(Permission.KEY_PERSON_POOL_MANAGE, "/verzoeken/*/bezoek", "/verzoeken/*/bezoek/*",
					"/api/v1/verzoeken/*/bezoek", "/api/v1/verzoeken/*/bezoek/*")
			.any(Permission.KEY_PERSON_POOL_MANAGE, "/verzoeken/weekvoorstel", "/api/v1/verzoeken/weekvoorstel",
					"/sleutelpersonen/**", "/api/v1/sleutelpersonen/**", "/api/v1/sleutelpersonen")
			.any(Permission.KEY_PERSON_OWN, "/mijn-verzoeken/**", "/api/v1/mijn-verzoeken/**")
			.get(Permission.KEY_PERSON_OWN, "/mijn-verzoeken", "/api/v1/mijn-verzoeken", "/api/v1/mijn-uren")
			// Key persons and professionals give advice; the service checks the role.
			.authenticated(HttpMethod.POST, "/api/v1/adviezen")
			.authenticated("/api/v1/mijn-adviezen")
			// Policy reads the advice and what became of it.
			.get(Permission.ADVICE_READ, "/adviezen")
			.build();
	}

	@Bean
	NavigationItems sleutelpersoonNavigation() {
		return NavigationItems.of(new NavigationItem("nav.advice", "/adviezen", Permission.ADVICE_READ, 26),
				new NavigationItem("nav.pool-members", "/sleutelpersonen", Permission.KEY_PERSON_POOL_MANAGE, 24),
				new NavigationItem("nav.pool", "/sleutelpersonen/overzicht", Permission.KEY_PERSON_POOL_MANAGE, 25),
				new NavigationItem("nav.requests", "/verzoeken", Permission.KEY_PERSON_REQUEST, 20),
				new NavigationItem("nav.own-requests", "/mijn-verzoeken", Permission.KEY_PERSON_OWN, 20));
	}

}
