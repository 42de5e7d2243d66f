package nl.verbinder.shell;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: who you are, where you work, and where you can go from
 * here.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "shell/home";
	}

	@Configuration(proxyBeanMethods = false)
	static class Paths {

		@Bean
		PathPermissions shellPaths() {
			return PathPermissions.builder().authenticated("/").build();
		}

		/**
		 * Home, and the access module's pages: the shell lists them because access cannot
		 * depend on the shell.
		 */
		@Bean
		NavigationItems shellNavigation() {
			return NavigationItems.of(new NavigationItem("nav.home", "/", null, 0),
					new NavigationItem("nav.accounts", "/beheer/accounts", Permission.ACCOUNTS_MANAGE, 90),
					new NavigationItem("nav.failed-logins", "/beheer/inlogpogingen", Permission.ACCOUNTS_MANAGE, 92),
					new NavigationItem("nav.processing-log", "/beheer/verwerkingslog", Permission.PROCESSING_LOG_READ,
							91),
					new NavigationItem("nav.processing-register", "/beheer/verwerkingsregister",
							Permission.PROCESSING_LOG_READ, 93),
					new NavigationItem("nav.emergency-access", "/beheer/noodtoegang", Permission.PROCESSING_LOG_READ,
							96),
					new NavigationItem("nav.destructions", "/beheer/vernietigingen", Permission.PERSONAL_DATA_MANAGE,
							94),
					new NavigationItem("nav.personal-data", "/beheer/inzageverzoek", Permission.PERSONAL_DATA_MANAGE,
							95));
		}

	}

}
