package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outflow page and the outcomes page, in Dutch and English, checked with axe-core: a
 * case manager records an outflow with a mistake first (the error is explained), the
 * policy reader filters the figures.
 */
@VerbinderIntegrationTest
class OutcomesJourneyIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void theOutflowAndOutcomesPagesAreAccessibleInDutchAndEnglish() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;

		Page caseManager = browser.loggedIn(base, "consulent.berkelland");
		caseManager.navigate(base + "/huishoudens");
		caseManager.locator("[data-testid=caseload] a").first().click();
		caseManager.waitForLoadState();
		caseManager.locator("[data-testid=members] a[href$='/uitstroom']").first().click();
		caseManager.waitForLoadState();
		Browser.check(caseManager, violations);
		caseManager.getByLabel("Betaald werk").check();
		caseManager.getByLabel("Uren per week").fill("70");
		caseManager.getByLabel("Ja, op het niveau van eerder werk").check();
		caseManager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen")).click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("[data-testid=form-errors]").textContent()).contains("60");
		Browser.check(caseManager, violations);
		caseManager.getByLabel("Uren per week").fill("24");
		caseManager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen")).click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("[data-testid=uitstroom-history]").textContent()).contains("Betaald werk");
		Browser.check(caseManager, violations);
		caseManager.getByText("English").click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("html").getAttribute("lang")).isEqualTo("en");
		Browser.check(caseManager, violations);
		caseManager.context().close();

		Page policy = browser.loggedIn(base, "beleid");
		policy.navigate(base + "/uitkomsten");
		Browser.check(policy, violations);
		policy.getByLabel("Leerroute").selectOption("B1");
		policy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cijfers tonen")).click();
		policy.waitForLoadState();
		assertThat(policy.url()).contains("route=B1");
		Browser.check(policy, violations);
		policy.getByText("English").click();
		policy.waitForLoadState();
		assertThat(policy.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(policy.locator("h1").textContent()).isEqualTo("Outcomes");
		Browser.check(policy, violations);
		policy.context().close();
		assertThat(violations).isEmpty();
	}

}
