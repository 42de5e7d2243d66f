package nl.verbinder.inburgering.web;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of this module need which permission, and its entries in the navigation.
 */
@Configuration(proxyBeanMethods = false)
class InburgeringWeb {

	@Bean
	PathPermissions inburgeringPaths() {
		return PathPermissions.of(PathPermission.get("/huishoudens/**", Permission.HOUSEHOLD_READ),
				PathPermission.post("/huishoudens/**", Permission.HOUSEHOLD_WRITE),
				PathPermission.get("/api/v1/huishoudens/**", Permission.HOUSEHOLD_READ),
				PathPermission.post("/api/v1/huishoudens/**", Permission.HOUSEHOLD_WRITE),
				PathPermission.get("/api/v1/personen/**", Permission.HOUSEHOLD_READ),
				PathPermission.post("/api/v1/personen/**", Permission.HOUSEHOLD_WRITE),
				PathPermission.get("/cijfers", Permission.AGGREGATES_READ),
				PathPermission.get("/api/v1/cijfers/**", Permission.AGGREGATES_READ));
	}

	@Bean
	NavigationItem householdsNavigation() {
		return new NavigationItem("nav.households", "/huishoudens", Permission.HOUSEHOLD_READ, 10);
	}

	@Bean
	NavigationItem figuresNavigation() {
		return new NavigationItem("nav.figures", "/cijfers", Permission.AGGREGATES_READ, 80);
	}

}
