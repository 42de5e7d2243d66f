package nl.verbinder.placement.web;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the placement module need which permission (patterns do not overlap).
 */
@Configuration(proxyBeanMethods = false)
class PlacementWeb {

	@Bean
	PathPermissions placementPaths() {
		return PathPermissions.builder()
			.any(Permission.PLACEMENT_PLAN, "/plaatsing/**", "/plaatsing", "/api/v1/plaatsing/**")
			.build();
	}

	@Bean
	NavigationItems placementNavigation() {
		return NavigationItems.of(new NavigationItem("nav.placement", "/plaatsing", Permission.PLACEMENT_PLAN, 30));
	}

}
