package nl.verbinder.partner.web;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
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
		return PathPermissions.builder()
			.authenticated(HttpMethod.GET, "/organisaties", "/api/v1/organisaties/**", "/api/v1/organisaties")
			.post(Permission.ORGANISATIONS_MANAGE, "/organisaties", "/api/v1/organisaties")
			.any(Permission.REFERRALS_RECEIVE, "/doorverwijzingen/**", "/api/v1/doorverwijzingen/**")
			.get(Permission.REFERRALS_RECEIVE, "/doorverwijzingen", "/api/v1/doorverwijzingen")
			.build();
	}

	@Bean
	NavigationItems partnerNavigation() {
		return NavigationItems.of(
				new NavigationItem("nav.referrals", "/doorverwijzingen", Permission.REFERRALS_RECEIVE, 20),
				new NavigationItem("nav.organisations", "/organisaties", Permission.ORGANISATIONS_MANAGE, 40));
	}

}
