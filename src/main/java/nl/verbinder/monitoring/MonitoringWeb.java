package nl.verbinder.monitoring;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
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
		return PathPermissions.of(PathPermission.get("/signaleringen", Permission.HOUSEHOLD_READ),
				PathPermission.post("/signaleringen/**", Permission.HOUSEHOLD_WRITE),
				PathPermission.get("/api/v1/signalen", Permission.HOUSEHOLD_READ),
				PathPermission.get("/signaaldrempels", Permission.SIGNAL_THRESHOLDS_MANAGE),
				PathPermission.post("/signaaldrempels", Permission.SIGNAL_THRESHOLDS_MANAGE));
	}

	@Bean
	NavigationItem signalsNavigation() {
		return new NavigationItem("nav.follow-up-signals", "/signaleringen", Permission.HOUSEHOLD_READ, 12);
	}

	@Bean
	NavigationItem signalThresholdsNavigation() {
		return new NavigationItem("nav.signal-thresholds", "/signaaldrempels", Permission.SIGNAL_THRESHOLDS_MANAGE, 85);
	}

}
