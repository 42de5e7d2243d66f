package nl.verbinder.matching.web;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
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
		return PathPermissions.builder()
			.authenticated(HttpMethod.GET, "/kansen", "/kansen/*", "/api/v1/kansen", "/api/v1/kansen/*")
			.post(Permission.ORGANISATIONS_MANAGE, "/kansen", "/api/v1/kansen")
			.get(Permission.HOUSEHOLD_READ, "/kansen/*/kandidaten", "/api/v1/kansen/*/kandidaten")
			.build();
	}

	@Bean
	NavigationItems matchingNavigation() {
		return NavigationItems
			.of(new NavigationItem("nav.opportunities", "/kansen", Permission.ORGANISATIONS_MANAGE, 45));
	}

}
