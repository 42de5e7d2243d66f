package nl.verbinder.sleutelpersoon;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which paths of the key-person module need which permission (patterns do not overlap). */
@Configuration(proxyBeanMethods = false)
class SleutelpersoonWeb {

	@Bean
	PathPermission requestPages() {
		return PathPermission.any("/verzoeken", Permission.KEY_PERSON_REQUEST);
	}

	@Bean
	PathPermission newRequestPage() {
		return PathPermission.get("/verzoeken/nieuw", Permission.KEY_PERSON_REQUEST);
	}

	@Bean
	PathPermission candidatesPage() {
		return PathPermission.get("/verzoeken/*/kandidaten", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission offerPage() {
		return PathPermission.post("/verzoeken/*/aanbod", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission ownPages() {
		return PathPermission.any("/mijn-verzoeken/**", Permission.KEY_PERSON_OWN);
	}

	@Bean
	PathPermission ownPage() {
		return PathPermission.get("/mijn-verzoeken", Permission.KEY_PERSON_OWN);
	}

	@Bean
	PathPermission weekProposalPage() {
		return PathPermission.any("/verzoeken/weekvoorstel", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission weekProposalApi() {
		return PathPermission.any("/api/v1/verzoeken/weekvoorstel", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission giveAdviceApi() {
		// Key persons and professionals give advice; the service checks the role.
		return new PathPermission(org.springframework.http.HttpMethod.POST, "/api/v1/adviezen", null);
	}

	@Bean
	PathPermission allAdviceApi() {
		return PathPermission.get("/api/v1/adviezen", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission triageApi() {
		return PathPermission.post("/api/v1/adviezen/*/beoordeling", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission myAdviceApi() {
		return PathPermission.authenticated("/api/v1/mijn-adviezen");
	}

	@Bean
	PathPermission signalPages() {
		return PathPermission.any("/signalen", Permission.KEY_PERSON_REQUEST);
	}

	@Bean
	PathPermission advicePages() {
		return PathPermission.any("/adviezen", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission triagePages() {
		return PathPermission.post("/adviezen/*/beoordeling", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	NavigationItem adviceNavigation() {
		return new NavigationItem("nav.advice", "/adviezen", Permission.KEY_PERSON_POOL_MANAGE, 26);
	}

	@Bean
	PathPermission poolMemberPages() {
		// The pool list, the overview, and adding, changing and ending a key person.
		return PathPermission.any("/sleutelpersonen/**", Permission.KEY_PERSON_POOL_MANAGE);
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

	@Bean
	PathPermission poolApi() {
		return PathPermission.any("/api/v1/sleutelpersonen/**", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission poolApiRoot() {
		return PathPermission.any("/api/v1/sleutelpersonen", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission requestsApi() {
		return PathPermission.any("/api/v1/verzoeken", Permission.KEY_PERSON_REQUEST);
	}

	@Bean
	PathPermission candidatesApi() {
		return PathPermission.get("/api/v1/verzoeken/*/kandidaten", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission cancelApi() {
		return PathPermission.post("/api/v1/verzoeken/*/annulering", Permission.KEY_PERSON_REQUEST);
	}

	@Bean
	PathPermission offerApi() {
		return PathPermission.post("/api/v1/verzoeken/*/aanbod", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission onBehalfApi() {
		return PathPermission.post("/api/v1/verzoeken/*/antwoord", Permission.KEY_PERSON_POOL_MANAGE);
	}

	@Bean
	PathPermission ownRequestsApi() {
		return PathPermission.any("/api/v1/mijn-verzoeken/**", Permission.KEY_PERSON_OWN);
	}

	@Bean
	PathPermission ownRequestsApiRoot() {
		return PathPermission.get("/api/v1/mijn-verzoeken", Permission.KEY_PERSON_OWN);
	}

	@Bean
	PathPermission ownHoursApi() {
		return PathPermission.get("/api/v1/mijn-uren", Permission.KEY_PERSON_OWN);
	}
}
