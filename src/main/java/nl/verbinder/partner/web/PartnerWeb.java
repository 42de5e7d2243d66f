package nl.verbinder.partner.web;


import nl.verbinder.access.PathPermission;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the partner module need which permission (patterns do not overlap). The household's
 * collaboration page and API live under {@code /huishoudens/**}, which the inburgering module guards
 * with the household permissions; the module's beans check the scope again.
 */
@Configuration(proxyBeanMethods = false)
class PartnerWeb {

	@Bean
	PathPermission organisationsPage() {
		return new PathPermission(org.springframework.http.HttpMethod.GET, "/organisaties", null);
	}

	@Bean
	PathPermission registerOrganisationPage() {
		return PathPermission.post("/organisaties", Permission.ORGANISATIONS_MANAGE);
	}

	@Bean
	PathPermission organisationsApi() {
		return new PathPermission(org.springframework.http.HttpMethod.GET, "/api/v1/organisaties/**", null);
	}

	@Bean
	PathPermission organisationsListApi() {
		return new PathPermission(org.springframework.http.HttpMethod.GET, "/api/v1/organisaties", null);
	}

	@Bean
	PathPermission registerOrganisationApi() {
		return PathPermission.post("/api/v1/organisaties", Permission.ORGANISATIONS_MANAGE);
	}

	@Bean
	PathPermission referralPages() {
		return PathPermission.any("/doorverwijzingen/**", Permission.REFERRALS_RECEIVE);
	}

	@Bean
	PathPermission referralsPage() {
		return PathPermission.get("/doorverwijzingen", Permission.REFERRALS_RECEIVE);
	}

	@Bean
	PathPermission referralApi() {
		return PathPermission.any("/api/v1/doorverwijzingen/**", Permission.REFERRALS_RECEIVE);
	}

	@Bean
	PathPermission referralsApi() {
		return PathPermission.get("/api/v1/doorverwijzingen", Permission.REFERRALS_RECEIVE);
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
