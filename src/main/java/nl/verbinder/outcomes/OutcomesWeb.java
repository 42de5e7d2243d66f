package nl.verbinder.outcomes;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which paths of the outcomes module need which permission, and its menu item. */
@Configuration(proxyBeanMethods = false)
class OutcomesWeb {

	@Bean
	PathPermissions outcomesPaths() {
		return PathPermissions.of(PathPermission.get("/uitkomsten", Permission.AGGREGATES_READ),
				PathPermission.get("/uitkomsten/csv", Permission.AGGREGATES_READ));
	}

	@Bean
	NavigationItem outcomesNavigation() {
		return new NavigationItem("nav.outcomes", "/uitkomsten", Permission.AGGREGATES_READ, 81);
	}

}
