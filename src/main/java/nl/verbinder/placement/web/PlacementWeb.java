package nl.verbinder.placement.web;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the placement module need which permission (patterns do not overlap).
 */
@Configuration(proxyBeanMethods = false)
class PlacementWeb {

	@Bean
	PathPermissions placementPaths() {
		return PathPermissions.of(PathPermission.any("/plaatsing/**", Permission.PLACEMENT_PLAN),
				PathPermission.any("/plaatsing", Permission.PLACEMENT_PLAN),
				PathPermission.any("/api/v1/plaatsing/**", Permission.PLACEMENT_PLAN));
	}

	@Bean
	NavigationItem placementNavigation() {
		return new NavigationItem("nav.placement", "/plaatsing", Permission.PLACEMENT_PLAN, 30);
	}

}
