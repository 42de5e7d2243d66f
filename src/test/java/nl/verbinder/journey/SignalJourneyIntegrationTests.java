package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages the signals changed, in Dutch and English, checked with axe-core: the
 * caseload with its signal counts, the morning view, a household page with its signals
 * and their forms, a member's parts completed outside a trajectory (with a refused form),
 * and the thresholds page; a case manager handles a signal on the way.
 */
@VerbinderIntegrationTest
class SignalJourneyIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void theSignalPagesAreAccessibleInDutchAndEnglish() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		Page page = browser.loggedIn(base, "consulent.doetinchem");
		page.navigate(base + "/signaleringen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu controleren")).click();
		page.waitForLoadState();
		String household = page.locator("[data-testid=signals] tr[data-household]")
			.first()
			.getAttribute("data-household");
		for (String language : List.of("nl", "en")) {
			for (String path : List.of("/huishoudens", "/signaleringen", "/signaleringen?sortering=soort",
					"/huishoudens/" + household)) {
				page.navigate(base + path);
				page.waitForLoadState();
				assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
				Browser.check(page, violations);
			}
			// The parts a member completed outside a trajectory, and its form refusing an
			// ontheffing without the decision's reference.
			String completed = page.locator("a[href$='/afronding']").first().getAttribute("href");
			page.navigate(base + completed);
			page.waitForLoadState();
			Browser.check(page, violations);
			page.locator("#onderdeel").selectOption("TAALEXAMENS_B1");
			page.locator("#wijze-ONTHEFFING").check();
			page.locator("[data-testid=afronding-form] button[type=submit]").click();
			page.waitForLoadState();
			assertThat(page.locator("main").textContent())
				.contains(language.equals("nl") ? "Vul bij een ontheffing het kenmerk van het besluit in."
						: "For an ontheffing, fill in the decision's reference.");
			Browser.check(page, violations);
			page.navigate(base + "/huishoudens/" + household);
			page.waitForLoadState();
			if (language.equals("nl")) {
				// Handling a signal on the household page says so on it.
				page.locator("[data-testid=household-signals] input[name=notitie]")
					.first()
					.fill("Gebeld, afspraak gemaakt");
				page.locator("[data-testid=household-signals] button")
					.filter(new Locator.FilterOptions().setHasText("Afgehandeld"))
					.first()
					.click();
				page.waitForLoadState();
				assertThat(page.locator("[data-testid=household-signals]").textContent())
					.contains("Gebeld, afspraak gemaakt");
				Browser.check(page, violations);
				page.getByText("English").click();
				page.waitForLoadState();
			}
		}
		page.context().close();

		Page coordinator = browser.loggedIn(base, "coordinator");
		coordinator.navigate(base + "/signaaldrempels");
		Browser.check(coordinator, violations);
		coordinator.getByText("English").click();
		coordinator.waitForLoadState();
		assertThat(coordinator.locator("html").getAttribute("lang")).isEqualTo("en");
		Browser.check(coordinator, violations);
		coordinator.context().close();
		assertThat(violations).isEmpty();
	}

}
