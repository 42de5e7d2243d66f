package nl.verbinder.matching.web;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which paths of the matching module need which permission (patterns do not overlap). A
 * person's talent page and API live under {@code /huishoudens/**} and
 * {@code /api/v1/personen/**}, guarded by the household permissions; {@link Matching}
 * checks the scope again.
 */
@Configuration(proxyBeanMethods = false)
class MatchingWeb {

	@Bean
	PathPermissions matchingPaths() {
		return PathPermissions.of(PathPermission.authenticated(HttpMethod.GET, "/kansen"),
				PathPermission.post("/kansen", Permission.ORGANISATIONS_MANAGE),
				PathPermission.authenticated(HttpMethod.GET, "/kansen/*"),
				PathPermission.get("/kansen/*/kandidaten", Permission.HOUSEHOLD_READ),
				PathPermission.authenticated(HttpMethod.GET, "/api/v1/kansen"),
				PathPermission.post("/api/v1/kansen", Permission.ORGANISATIONS_MANAGE),
				PathPermission.authenticated(HttpMethod.GET, "/api/v1/kansen/*"),
				PathPermission.get("/api/v1/kansen/*/kandidaten", Permission.HOUSEHOLD_READ));
	}

	@Bean
	NavigationItem opportunitiesNavigation() {
		return new NavigationItem("nav.opportunities", "/kansen", Permission.ORGANISATIONS_MANAGE, 45);
	}

}
