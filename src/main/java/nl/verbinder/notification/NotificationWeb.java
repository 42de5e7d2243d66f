package nl.verbinder.notification;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the notification module need which permission, and its menu item.
 */
@Configuration(proxyBeanMethods = false)
class NotificationWeb {

	@Bean
	PathPermissions notificationPaths() {
		return PathPermissions.builder()
			.get(Permission.NOTIFICATIONS_MANAGE, "/beheer/notificaties")
			.post(Permission.NOTIFICATIONS_MANAGE, "/beheer/notificaties/*/opnieuw")
			.build();
	}

	@Bean
	NavigationItems notificationNavigation() {
		return NavigationItems
			.of(new NavigationItem("nav.dead-letters", "/beheer/notificaties", Permission.NOTIFICATIONS_MANAGE, 93));
	}

}
