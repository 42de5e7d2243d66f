package nl.verbinder.journey;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verbinder.Logins;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, offline: no browser download, no background
 * networking. {@link #axeViolations(Page)} runs axe-core against WCAG 2.1 A and AA. A
 * test class registers one ({@code @RegisterExtension static final Browser browser}); it
 * starts before the class's tests and closes after them.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private com.microsoft.playwright.Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(Path.of(System.getProperty("verbinder.chromium", "/usr/bin/chromium")))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--no-first-run", "--disable-gpu", "--disable-dev-shm-usage")));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		browser.close();
		playwright.close();
	}

	public Page newPage() {
		return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"))
			.newPage();
	}

	/** A page the size of a phone's screen (375 × 740 CSS pixels, touch). */
	Page newPhonePage() {
		return touchPage(375, 740);
	}

	/** A page the size of the narrowest phone's screen (320 × 640 CSS pixels, touch). */
	Page newNarrowPhonePage() {
		return touchPage(320, 640);
	}

	private Page touchPage(int width, int height) {
		return browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL")
				.setViewportSize(width, height)
				.setIsMobile(true)
				.setHasTouch(true))
			.newPage();
	}

	/**
	 * WCAG 2.1 A/AA violations on the page as it is now, one line per violated rule with
	 * its targets.
	 */
	public static List<String> axeViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		return results.getViolations().stream().map(Browser::describe).toList();
	}

	/** Adds the page's violations to {@code violations}, each with the page's address. */
	static void check(Page page, List<String> violations) {
		axeViolations(page).forEach(v -> violations.add(page.url() + " → " + v));
	}

	/** Logs a demo staff account in on the page through the login form, in Dutch. */
	static void logIn(Page page, String base, String username) {
		page.navigate(base + "/login");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(Logins.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.waitForURL(url -> !url.endsWith("/login"));
	}

	/** A new page with a demo staff account logged in. */
	Page loggedIn(String base, String username) {
		Page page = newPage();
		logIn(page, base, username);
		return page;
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + ") on " + page(rule) + ": "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
	}

	private static String page(Rule rule) {
		return rule.getHelp();
	}

}
