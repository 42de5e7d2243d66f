package nl.verbinder.inburgering.web;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of this module need which permission, and its entries in the navigation.
 */
@Configuration(proxyBeanMethods = false)
class InburgeringWeb {

	@Bean
	PathPermissions inburgeringPaths() {
		return PathPermissions.builder()
			.get(Permission.HOUSEHOLD_READ, "/huishoudens/**", "/api/v1/huishoudens/**", "/api/v1/personen/**")
			.post(Permission.HOUSEHOLD_WRITE, "/huishoudens/**", "/api/v1/huishoudens/**", "/api/v1/personen/**")
			.put(Permission.HOUSEHOLD_WRITE, "/api/v1/personen/*/afrondingen/*")
			.delete(Permission.HOUSEHOLD_WRITE, "/api/v1/personen/*/afrondingen/*")
			.get(Permission.AGGREGATES_READ, "/cijfers", "/api/v1/cijfers/**")
			.build();
	}

	@Bean
	NavigationItems inburgeringNavigation() {
		return NavigationItems.of(new NavigationItem("nav.households", "/huishoudens", Permission.HOUSEHOLD_READ, 10),
				new NavigationItem("nav.figures", "/cijfers", Permission.AGGREGATES_READ, 80));
	}

}
