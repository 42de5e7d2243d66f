package nl.verbinder.portal;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
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
		return PathPermissions.of(PathPermission.any("/portaal/**", Permission.OWN_DATA),
				PathPermission.any("/api/v1/portaal/**", Permission.OWN_DATA),
				PathPermission.post("/api/v1/portaaluitnodigingen", Permission.HOUSEHOLD_WRITE),
				PathPermission.post("/api/v1/portaaluitnodigingen/**", Permission.HOUSEHOLD_WRITE),
				PathPermission.get("/vragen", Permission.HOUSEHOLD_READ),
				PathPermission.get("/vragen/**", Permission.HOUSEHOLD_READ),
				PathPermission.post("/vragen/**", Permission.HOUSEHOLD_WRITE),
				PathPermission.authenticated(HttpMethod.GET, "/beoordelingen"),
				PathPermission.authenticated(HttpMethod.GET, "/api/v1/beoordelingen"));
	}

	/**
	 * What newcomers say of the organisations: for a partner worker their own, for staff
	 * with aggregate figures all; the page refuses anyone else.
	 */
	@Bean
	NavigationItem ratingsNavigationForPartners() {
		return new NavigationItem("nav.ratings", "/beoordelingen", Permission.REFERRALS_RECEIVE, 25);
	}

	@Bean
	NavigationItem ratingsNavigationForFigures() {
		return new NavigationItem("nav.ratings", "/beoordelingen", Permission.AGGREGATES_READ, 65);
	}

	@Bean
	NavigationItem questionsNavigation() {
		return new NavigationItem("nav.questions", "/vragen", Permission.HOUSEHOLD_READ, 12);
	}

}
