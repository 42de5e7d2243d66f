package nl.verbinder.partner.web;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which paths of the partner module need which permission (patterns do not overlap). The
 * household's collaboration page and API live under {@code /huishoudens/**}, which the
 * inburgering module guards with the household permissions; the module's beans check the
 * scope again.
 */
@Configuration(proxyBeanMethods = false)
class PartnerWeb {

	@Bean
	PathPermissions partnerPaths() {
		return PathPermissions.of(PathPermission.authenticated(HttpMethod.GET, "/organisaties"),
				PathPermission.post("/organisaties", Permission.ORGANISATIONS_MANAGE),
				PathPermission.authenticated(HttpMethod.GET, "/api/v1/organisaties/**"),
				PathPermission.authenticated(HttpMethod.GET, "/api/v1/organisaties"),
				PathPermission.post("/api/v1/organisaties", Permission.ORGANISATIONS_MANAGE),
				PathPermission.any("/doorverwijzingen/**", Permission.REFERRALS_RECEIVE),
				PathPermission.get("/doorverwijzingen", Permission.REFERRALS_RECEIVE),
				PathPermission.any("/api/v1/doorverwijzingen/**", Permission.REFERRALS_RECEIVE),
				PathPermission.get("/api/v1/doorverwijzingen", Permission.REFERRALS_RECEIVE));
	}

	@Bean
	NavigationItem referralsNavigation() {
		return new NavigationItem("nav.referrals", "/doorverwijzingen", Permission.REFERRALS_RECEIVE, 20);
	}

	@Bean
	NavigationItem organisationsNavigation() {
		return new NavigationItem("nav.organisations", "/organisaties", Permission.ORGANISATIONS_MANAGE, 40);
	}

}
