package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.portal.Invitations;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal on the narrowest phone (320 CSS pixels: nothing scrolls sideways, in Dutch
 * and in Arabic) and with the keyboard alone: the skip link comes first, every element
 * that gets the focus shows it, and the main flows — choosing the language, logging in,
 * the plan, a question, withdrawing a consent — work by Tab and Enter.
 */
@VerbinderIntegrationTest
class PortalKeyboardAndNarrowScreenIntegrationTests {

	private static final List<String> OPEN_PAGES = List.of("/portaal", "/portaal/inloggen", "/portaal/activeren");

	private static final List<String> OWN_PAGES = List.of("/portaal/mijn", "/portaal/plan", "/portaal/contacten",
			"/portaal/toestemming", "/portaal/vragen", "/portaal/inzage", "/portaal/toegangssleutels");

	private static final String PASSWORD = "ik loop elke ochtend langs de Slinge";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	Grondslagen grondslagen;

	private static Page narrowPhone() {
		return browser.newNarrowPhonePage();
	}

	private static int scrollWidth(Page page) {
		return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
	}

	/**
	 * Chooses the portal's language on its start page, which then goes on to
	 * {@code next}.
	 */
	private static void chooseLanguage(Page page, String base, String language, String next) {
		page.navigate(base + "/portaal");
		page.locator("button[lang=" + language + "]").click();
		page.waitForURL(url -> url.endsWith(next));
	}

	/** Adds each of the pages that is wider than the 320 px screen, with its width. */
	private static void addTooWide(Page page, String base, String language, List<String> paths, List<String> tooWide) {
		for (String path : paths) {
			page.navigate(base + path);
			if (scrollWidth(page) > 320) {
				tooWide.add(language + " " + path + ": " + scrollWidth(page));
			}
		}
	}

	@Test
	void noPortalPageScrollsSidewaysOnA320PixelScreenInDutchOrArabic() {
		String base = "http://localhost:" + port;
		List<String> tooWide = new ArrayList<>();
		for (String language : List.of("nl", "ar")) {
			Page page = narrowPhone();
			chooseLanguage(page, base, language, "/portaal/inloggen");
			addTooWide(page, base, language, OPEN_PAGES, tooWide);
			page.navigate(base + "/portaal/inloggen");
			page.locator("#username").fill("amina");
			page.locator("#password").fill(Logins.DEMO_PASSWORD);
			page.locator("[data-testid=portal-login] button[type=submit]").click();
			page.waitForURL(url -> url.endsWith("/portaal/mijn"));
			chooseLanguage(page, base, language, "/portaal/mijn");
			addTooWide(page, base, language, OWN_PAGES, tooWide);
			page.navigate(base + "/portaal");
			page.locator("button[lang=ar]").click();
			page.context().close();
		}
		assertThat(tooWide).as("pages wider than a 320 px screen").isEmpty();
	}

	/**
	 * Presses Tab until the focused element matches the selector (at most 60 times), and
	 * checks on the way that every focused element shows its focus.
	 */
	private static void tabTo(Page page, String selector, List<String> invisibleFocus) {
		for (int i = 0; i < 60; i++) {
			page.keyboard().press("Tab");
			if (!(Boolean) page.evaluate(
					"""
							() => { const e = document.activeElement; if (!e || e === document.body) return true;
							  const s = getComputedStyle(e);
							  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }""")) {
				invisibleFocus.add(page.url() + " " + page.evaluate("document.activeElement.outerHTML.slice(0, 120)"));
			}
			if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
				return;
			}
		}
		throw new AssertionError("No " + selector + " reached by Tab on " + page.url());
	}

	@Test
	void theMainFlowsWorkWithTheKeyboardAloneAndShowTheFocus() {
		String base = "http://localhost:" + port;
		HouseholdView household = background.callAs("consulent.aalten", () -> inburgering.register(
				new GemeenteCode("GM0197"), "Hofstraat 4", "7121 DM", LocalDate.now().minusMonths(2),
				List.of(new Inburgering.NewMember("Hevin", "Ahmad", LocalDate.of(1993, 9, 9), Gezinsrol.INBURGERAAR)),
				true));
		UUID person = household.members().getFirst().personId();
		UUID club = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes());
		background.runAs("consulent.aalten",
				() -> grondslagen.recordBasis(household.id(),
						new Grondslagen.NewBasis(person, club, Grondslag.Soort.TOESTEMMING, "Zwemles",
								EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES), Grondslag.Wijze.ONDERTEKEND, null, null,
								LocalDate.now(), null)));
		Invitations.Issued invited = background.callAs("consulent.aalten",
				() -> invitations.invite(household.id(), person, "kmr"));
		String username = invitations.activate(invited.code(), PASSWORD, PASSWORD, "10.90.0.1");
		List<String> invisibleFocus = new ArrayList<>();

		Page page = narrowPhone();
		page.navigate(base + "/portaal");
		// The skip link is the first stop, and leads to the content.
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo("#main");
		assertThat(page.locator(".utrecht-skip-link").isVisible()).isTrue();
		page.keyboard().press("Enter");
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
		// The language: Dutch, by Tab and Enter.
		tabTo(page, "button[lang=nl]", invisibleFocus);
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/portaal/inloggen"));
		// Login.
		tabTo(page, "#username", invisibleFocus);
		page.keyboard().type(username);
		tabTo(page, "#password", invisibleFocus);
		page.keyboard().type(PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/portaal/mijn"));
		// The plan, from the navigation.
		tabTo(page, "a[href$='/portaal/plan']", invisibleFocus);
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/portaal/plan"));
		// A question.
		tabTo(page, "a[href$='/portaal/vragen']", invisibleFocus);
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/portaal/vragen"));
		tabTo(page, "#vraag", invisibleFocus);
		page.keyboard().type("Wanneer begint de zwemles?");
		tabTo(page, "[data-testid=question-form] button[type=submit]", invisibleFocus);
		page.keyboard().press("Enter");
		page.locator("[data-testid=question-sent]").waitFor();
		// Withdrawing the consent.
		tabTo(page, "a[href$='/portaal/toestemming']", invisibleFocus);
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.endsWith("/portaal/toestemming"));
		tabTo(page, "[data-testid=withdraw-consent]", invisibleFocus);
		page.keyboard().press("Enter");
		page.locator("[data-testid=consent-withdrawn]").waitFor();
		page.context().close();
		assertThat(invisibleFocus).as("focused elements without a visible focus").isEmpty();
	}

}
