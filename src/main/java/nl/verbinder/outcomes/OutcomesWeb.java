package nl.verbinder.outcomes;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which paths of the outcomes module need which permission, and its menu item. */
@Configuration(proxyBeanMethods = false)
class OutcomesWeb {

	@Bean
	PathPermissions outcomesPaths() {
		return PathPermissions.builder().get(Permission.AGGREGATES_READ, "/uitkomsten", "/uitkomsten/csv").build();
	}

	@Bean
	NavigationItems outcomesNavigation() {
		return NavigationItems.of(new NavigationItem("nav.outcomes", "/uitkomsten", Permission.AGGREGATES_READ, 81));
	}

}
