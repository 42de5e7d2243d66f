package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.InteropIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case manager looks a person up in the BRP (the stub of the specification) on the
 * registration page, in a real browser, checked with axe-core: the form filled, then an
 * unknown BSN that leaves it as it was.
 */
class BrpJourneyIntegrationTests extends InteropIntegrationTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void theRegistrationFormIsFilledFromTheBrpAccessibly() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		Page page = browser.loggedIn(base, "consulent.winterswijk");
		page.navigate(base + "/huishoudens/nieuw");
		Browser.check(page, violations);
		page.getByLabel("Datum van vestiging").fill("2026-11-02");
		page.getByLabel("BSN").fill("999993653");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opzoeken in de BRP")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=brp-filled]").textContent()).contains("De gegevens uit de BRP");
		assertThat(page.getByLabel("Voornaam").inputValue()).isEqualTo("Pieter Jan");
		assertThat(page.getByLabel("Achternaam").inputValue()).isEqualTo("de Vries");
		assertThat(page.getByLabel("Adres").inputValue()).isEqualTo("Tulpstraat 14a-bis");
		assertThat(page.getByLabel("Datum van vestiging").inputValue()).isEqualTo("2026-11-02");
		assertThat(page.locator("[data-testid=brp-members]").textContent()).contains("Anna Bakker", "Sanne de Vries");
		Browser.check(page, violations);

		page.getByLabel("BSN").fill("999990007");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opzoeken in de BRP")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=brp-problem]").textContent()).contains("kent het BSN ******007 niet");
		assertThat(page.getByLabel("Voornaam").inputValue()).isEqualTo("Pieter Jan");
		Browser.check(page, violations);
		page.context().close();
		assertThat(violations).isEmpty();
	}

}
