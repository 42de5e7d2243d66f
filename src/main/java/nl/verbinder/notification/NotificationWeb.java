package nl.verbinder.notification;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the notification module need which permission, and its menu item.
 */
@Configuration(proxyBeanMethods = false)
class NotificationWeb {

	@Bean
	PathPermissions notificationPaths() {
		return PathPermissions.of(PathPermission.get("/beheer/notificaties", Permission.NOTIFICATIONS_MANAGE),
				PathPermission.post("/beheer/notificaties/*/opnieuw", Permission.NOTIFICATIONS_MANAGE));
	}

	@Bean
	NavigationItem deadLettersNavigation() {
		return new NavigationItem("nav.dead-letters", "/beheer/notificaties", Permission.NOTIFICATIONS_MANAGE, 93);
	}

}
