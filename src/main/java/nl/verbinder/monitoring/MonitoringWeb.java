package nl.verbinder.monitoring;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the monitoring module need which permission (patterns do not overlap),
 * and its menu items.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringWeb {

	@Bean
	PathPermissions monitoringPaths() {
		return PathPermissions.builder()
			.get(Permission.HOUSEHOLD_READ, "/signaleringen", "/api/v1/signalen")
			.post(Permission.HOUSEHOLD_WRITE, "/signaleringen/**")
			.getAndPost(Permission.SIGNAL_THRESHOLDS_MANAGE, "/signaaldrempels")
			.build();
	}

	@Bean
	NavigationItems monitoringNavigation() {
		return NavigationItems.of(
				new NavigationItem("nav.follow-up-signals", "/signaleringen", Permission.HOUSEHOLD_READ, 12),
				new NavigationItem("nav.signal-thresholds", "/signaaldrempels", Permission.SIGNAL_THRESHOLDS_MANAGE,
						85));
	}

}
