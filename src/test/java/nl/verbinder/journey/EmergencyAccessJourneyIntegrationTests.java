package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Break the glass in the browser, in Dutch and English, checked with axe-core: a case
 * manager of Oude IJsselstreek searches a BSN of Montferland, gets the offer, is refused
 * without a reason, opens the household with one and reads it; the administrator reviews
 * the grant.
 */
@VerbinderIntegrationTest
class EmergencyAccessJourneyIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Inburgering inburgering;

	@Autowired
	BackgroundWork background;

	private static String newBsn() {
		while (true) {
			String digits = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
			if (Bsn.valid(digits)) {
				return digits;
			}
		}
	}

	@Test
	void breakingTheGlassIsAccessibleInDutchAndEnglish() {
		String bsn = newBsn();
		HouseholdView household = background.callAs("consulent.montferland",
				() -> inburgering.register(new GemeenteCode("GM1955"), "Hoofdstraat 12", "6941 AB",
						LocalDate.now().minusMonths(2), List.of(new Inburgering.NewMember("Meron", "Tesfay",
								LocalDate.of(1994, 6, 7), Gezinsrol.INBURGERAAR, null, null, null, null, bsn, null)),
						true));
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		Page page = browser.loggedIn(base, "consulent.oude-ijsselstreek");
		page.navigate(base + "/huishoudens?naam=" + bsn);
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=emergency-access-offer]").count()).isOne();
		Browser.check(page, violations);
		page.locator("[data-testid=emergency-access-offer] button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=emergency-access-refused]").textContent())
			.contains("Geef de reden, in minstens 20 tekens.");
		Browser.check(page, violations);
		page.locator("#reden").fill("Het gezin staat aan onze balie; hun consulent is vandaag niet bereikbaar.");
		page.locator("[data-testid=emergency-access-form] button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.url()).endsWith("/huishoudens/" + household.id());
		assertThat(page.locator("[data-testid=emergency-access-banner]").textContent()).contains("Montferland");
		assertThat(page.locator("main").textContent()).contains("Meron");
		Browser.check(page, violations);
		page.navigate(base + "/huishoudens/" + household.id() + "?lang=en");
		page.waitForLoadState();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(page.locator("[data-testid=emergency-access-banner]").textContent()).contains("by emergency access");
		Browser.check(page, violations);
		page.navigate(base + "/huishoudens/noodtoegang");
		page.waitForLoadState();
		Browser.check(page, violations);
		// Done: the case manager ends it from the household's page.
		page.navigate(base + "/huishoudens/" + household.id() + "?lang=nl");
		page.waitForLoadState();
		page.locator("[data-testid=emergency-access-end] button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.url()).endsWith("/huishoudens");
		assertThat(page.locator("main").textContent()).contains("De noodtoegang is beëindigd");
		Browser.check(page, violations);
		page.context().close();

		Page admin = browser.loggedIn(base, "beheerder");
		admin.navigate(base + "/beheer/noodtoegang");
		admin.waitForLoadState();
		assertThat(admin.locator("[data-testid=emergency-access-grants]").textContent())
			.contains("consulent.oude-ijsselstreek")
			.contains("Montferland");
		Browser.check(admin, violations);
		admin.navigate(base + "/beheer/noodtoegang?lang=en");
		admin.waitForLoadState();
		assertThat(admin.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(admin.locator("h1").textContent()).contains("Emergency access");
		Browser.check(admin, violations);
		admin.context().close();
		assertThat(violations).isEmpty();
	}

}
