package nl.verbinder.shell;

import nl.verbinder.access.PathPermission;
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
			return PathPermissions.of(PathPermission.authenticated("/"));
		}

		@Bean
		NavigationItem homeNavigation() {
			return new NavigationItem("nav.home", "/", null, 0);
		}

		// The access module's pages; the shell lists them because access cannot depend on
		// the shell.
		@Bean
		NavigationItem accountsNavigation() {
			return new NavigationItem("nav.accounts", "/beheer/accounts", Permission.ACCOUNTS_MANAGE, 90);
		}

		@Bean
		NavigationItem failedLoginsNavigation() {
			return new NavigationItem("nav.failed-logins", "/beheer/inlogpogingen", Permission.ACCOUNTS_MANAGE, 92);
		}

		@Bean
		NavigationItem processingLogNavigation() {
			return new NavigationItem("nav.processing-log", "/beheer/verwerkingslog", Permission.PROCESSING_LOG_READ,
					91);
		}

		@Bean
		NavigationItem processingRegisterNavigation() {
			return new NavigationItem("nav.processing-register", "/beheer/verwerkingsregister",
					Permission.PROCESSING_LOG_READ, 93);
		}

	}

}
