package nl.verbinder.portal;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the portal need which permission. The newcomer's pages and API need
 * {@link Permission#OWN_DATA} (the access module gives them their own filter chains and
 * leaves the language choice, login and activation open); the case manager's invitations
 * need the household permissions (the pages lie under {@code /huishoudens/**}, declared
 * by the inburgering module).
 */
@Configuration(proxyBeanMethods = false)
class PortalWeb {

	@Bean
	PathPermissions portalPaths() {
		return PathPermissions.builder()
			.any(Permission.OWN_DATA, "/portaal/**", "/api/v1/portaal/**")
			.post(Permission.HOUSEHOLD_WRITE, "/api/v1/portaaluitnodigingen", "/api/v1/portaaluitnodigingen/**")
			.get(Permission.HOUSEHOLD_READ, "/vragen", "/vragen/**")
			.post(Permission.HOUSEHOLD_WRITE, "/vragen/**")
			.authenticated(HttpMethod.GET, "/beoordelingen", "/api/v1/beoordelingen")
			.get(Permission.AGGREGATES_READ, "/api/v1/beoordelingen/activiteiten")
			.build();
	}

	/**
	 * What newcomers say of the organisations (for a partner worker their own, for staff
	 * with aggregate figures all; the page refuses anyone else), and the newcomers'
	 * questions.
	 */
	@Bean
	NavigationItems portalNavigation() {
		return NavigationItems.of(new NavigationItem("nav.ratings", "/beoordelingen", Permission.REFERRALS_RECEIVE, 25),
				new NavigationItem("nav.ratings", "/beoordelingen", Permission.AGGREGATES_READ, 65),
				new NavigationItem("nav.questions", "/vragen", Permission.HOUSEHOLD_READ, 12));
	}

}
