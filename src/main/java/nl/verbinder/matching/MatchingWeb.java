package nl.verbinder.matching;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which paths of the matching module need which permission (patterns do not overlap). A person's talent
 * page and API live under {@code /huishoudens/**} and {@code /api/v1/personen/**}, guarded by the household
 * permissions; {@link Matching} checks the scope again.
 */
@Configuration(proxyBeanMethods = false)
class MatchingWeb {

	@Bean
	PathPermission opportunitiesPage() {
		return new PathPermission(HttpMethod.GET, "/kansen", null);
	}

	@Bean
	PathPermission registerOpportunityPage() {
		return PathPermission.post("/kansen", Permission.ORGANISATIONS_MANAGE);
	}

	@Bean
	PathPermission opportunityPage() {
		return new PathPermission(HttpMethod.GET, "/kansen/*", null);
	}

	@Bean
	PathPermission opportunityCandidatesPage() {
		return PathPermission.get("/kansen/*/kandidaten", Permission.HOUSEHOLD_READ);
	}

	@Bean
	PathPermission opportunitiesApi() {
		return new PathPermission(HttpMethod.GET, "/api/v1/kansen", null);
	}

	@Bean
	PathPermission registerOpportunityApi() {
		return PathPermission.post("/api/v1/kansen", Permission.ORGANISATIONS_MANAGE);
	}

	@Bean
	PathPermission opportunityApi() {
		return new PathPermission(HttpMethod.GET, "/api/v1/kansen/*", null);
	}

	@Bean
	PathPermission opportunityCandidatesApi() {
		return PathPermission.get("/api/v1/kansen/*/kandidaten", Permission.HOUSEHOLD_READ);
	}

	@Bean
	NavigationItem opportunitiesNavigation() {
		return new NavigationItem("nav.opportunities", "/kansen", Permission.ORGANISATIONS_MANAGE, 45);
	}
}
