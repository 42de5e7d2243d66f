package nl.verbinder.inkoop.web;

import nl.verbinder.access.PathPermission;
import nl.verbinder.access.PathPermissions;
import nl.verbinder.access.Permission;
import nl.verbinder.shell.NavigationItem;
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
		return PathPermissions.of(PathPermission.get("/contracten", Permission.ORGANISATIONS_MANAGE),
				PathPermission.post("/contracten", Permission.ORGANISATIONS_MANAGE),
				PathPermission.get("/api/v1/contracten", Permission.ORGANISATIONS_MANAGE),
				PathPermission.post("/api/v1/contracten", Permission.ORGANISATIONS_MANAGE),
				PathPermission.get("/deelnemers", Permission.REFERRALS_RECEIVE),
				PathPermission.any("/deelnemers/**", Permission.REFERRALS_RECEIVE),
				PathPermission.get("/api/v1/deelnemers", Permission.REFERRALS_RECEIVE),
				PathPermission.any("/api/v1/deelnemers/**", Permission.REFERRALS_RECEIVE),
				PathPermission.post("/api/v1/aanwezigheid", Permission.REFERRALS_RECEIVE));
	}

	@Bean
	NavigationItem contractsNavigation() {
		return new NavigationItem("nav.contracts", "/contracten", Permission.ORGANISATIONS_MANAGE, 42);
	}

	@Bean
	NavigationItem participantsNavigation() {
		return new NavigationItem("nav.participants", "/deelnemers", Permission.REFERRALS_RECEIVE, 22);
	}

}
