package nl.verbinder.inkoop.web;

import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
import nl.verbinder.shell.NavigationItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which paths of the purchasing module need which permission (patterns do not overlap),
 * and its menu items. A household's trajectories live under {@code /huishoudens/**},
 * which the inburgering module guards; the module's beans check the scope again.
 */
@Configuration(proxyBeanMethods = false)
class InkoopWeb {

	@Bean
	PathPermissions inkoopPaths() {
		return PathPermissions.builder()
			.getAndPost(Permission.ORGANISATIONS_MANAGE, "/contracten", "/api/v1/contracten")
			.get(Permission.REFERRALS_RECEIVE, "/deelnemers", "/api/v1/deelnemers")
			.any(Permission.REFERRALS_RECEIVE, "/deelnemers/**", "/api/v1/deelnemers/**")
			.post(Permission.REFERRALS_RECEIVE, "/api/v1/aanwezigheid")
			.build();
	}

	@Bean
	NavigationItems inkoopNavigation() {
		return NavigationItems.of(
				new NavigationItem("nav.contracts", "/contracten", Permission.ORGANISATIONS_MANAGE, 42),
				new NavigationItem("nav.participants", "/deelnemers", Permission.REFERRALS_RECEIVE, 22));
	}

}
