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
import nl.verbinder.partner.Collaboration;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newcomer's portal in Debian's Chromium: a case manager invites a newcomer and
 * prints the letter; the newcomer, on a phone, chooses Arabic on the first screen,
 * activates with the code, logs in, reads their plan, contacts and consents, and
 * withdraws a consent; the case manager plans an appointment, for which the newcomer asks
 * another time, and moves it to another day and a video call, which the newcomer sees.
 * Every portal page passes axe-core's WCAG 2.1 A/AA rules in Dutch and in Arabic, on a
 * 375 px phone and at desktop width.
 */
@VerbinderIntegrationTest
class PortalJourneyIntegrationTests {

	private static final List<String> OPEN_PAGES = List.of("/portaal", "/portaal/inloggen", "/portaal/activeren");

	private static final List<String> OWN_PAGES = List.of("/portaal/mijn", "/portaal/plan", "/portaal/afspraken",
			"/portaal/contacten", "/portaal/toestemming", "/portaal/vragen", "/portaal/inzage", "/portaal/wensen",
			"/portaal/zelfbeoordeling", "/portaal/toegangssleutels", "/portaal/beoordelen");

	private static final String PASSWORD = "mijn kinderen heten Omar en Lina";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Grondslagen grondslagen;

	@Autowired
	Collaboration collaboration;

	@Test
	void aCaseManagerInvitesAndTheNewcomerActivatesInArabicOnAPhoneAndWithdrawsAConsent() {
		String base = "http://localhost:" + port;
		HouseholdView household = background.callAs("consulent.aalten", () -> inburgering.register(
				new GemeenteCode("GM0197"), "Haartsestraat 3", "7122 AB", LocalDate.now().minusMonths(2),
				List.of(new Inburgering.NewMember("Nour", "Haddad", LocalDate.of(1991, 6, 1), Gezinsrol.INBURGERAAR),
						new Inburgering.NewMember("Yara", "Haddad", LocalDate.now().minusYears(4), Gezinsrol.KIND)),
				true));
		UUID club = UUID.nameUUIDFromBytes("organisatie-Sportclub Winterswijk".getBytes());
		background.runAs("consulent.aalten", () -> grondslagen.recordBasis(household.id(),
				new Grondslagen.NewBasis(household.members().getFirst().personId(), club, Grondslag.Soort.TOESTEMMING,
						"Zwemles voor Yara", EnumSet.of(Gegevenscategorie.NAAM_EN_ADRES), Grondslag.Wijze.ONDERTEKEND,
						null, null, LocalDate.now(), null)));
		List<String> violations = new ArrayList<>();

		// The case manager, at a desk: from the household page to the invitation and the
		// letter.
		Page desk = browser.loggedIn(base, "consulent.aalten");
		desk.navigate(base + "/huishoudens/" + household.id());
		desk.locator("[data-testid=portal-invitations-link]").click();
		desk.waitForURL(url -> url.endsWith("/portaal"));
		Browser.check(desk, violations);
		desk.locator("#taal").selectOption("ar");
		desk.locator("[data-testid=invitation-form] button[type=submit]").click();
		desk.locator("[data-testid=letter]").waitFor();
		Browser.check(desk, violations);
		String code = desk.locator("[data-testid=activation-code]").first().textContent().strip();
		String username = desk.locator("[data-testid=activation-username]").first().textContent().strip();
		assertThat(desk.locator("[data-testid=letter] article[lang=ar][dir=rtl]").count()).isEqualTo(1);
		// An appointment: a home visit with an interpreter, planned from the household's
		// appointments page.
		desk.navigate(base + "/huishoudens/" + household.id() + "/afspraken");
		Browser.check(desk, violations);
		desk.locator("#soort").selectOption("HUISBEZOEK");
		desk.locator("#datum").fill(LocalDate.now().plusDays(3).toString());
		desk.locator("#tijd").fill("10:30");
		desk.locator("#straat").fill("Haartsestraat 3");
		desk.locator("#plaats").fill("Aalten");
		desk.locator("#tolk").check();
		desk.locator("[data-testid=appointment-form] button[type=submit]").click();
		desk.locator("[data-testid=appointments] [data-testid=appointment-status]").first().waitFor();
		Browser.check(desk, violations);
		desk.context().close();

		// The newcomer, on a phone: Arabic first, then the code, a password, and in.
		Page phone = browser.newPhonePage();
		phone.navigate(base + "/portaal");
		Browser.check(phone, violations);
		phone.locator("button[lang=ar]").click();
		phone.waitForURL(url -> url.endsWith("/portaal/inloggen"));
		assertThat(phone.locator("html").getAttribute("dir")).isEqualTo("rtl");
		Browser.check(phone, violations);
		phone.navigate(base + "/portaal/activeren?code=" + code);
		Browser.check(phone, violations);
		phone.locator("#wachtwoord").fill(PASSWORD);
		phone.locator("#herhaling").fill(PASSWORD);
		phone.locator("[data-testid=activation-form] button[type=submit]").click();
		phone.locator("[data-testid=activated]").waitFor();
		Browser.check(phone, violations);
		assertThat(phone.locator("#username").inputValue()).isEqualTo(username);
		phone.locator("#password").fill(PASSWORD);
		phone.locator("[data-testid=portal-login] button[type=submit]").click();
		// The first login after activation offers a passkey; Nour skips it for now.
		phone.waitForURL(url -> url.contains("/portaal/toegangssleutels?aanbod"));
		Browser.check(phone, violations);
		phone.locator("[data-testid=passkey-skip]").click();
		phone.waitForURL(url -> url.endsWith("/portaal/mijn"));
		assertThat(phone.locator("[data-testid=portal-greeting]").textContent()).contains("Nour");
		assertThat(phone.locator("html").getAttribute("lang")).isEqualTo("ar");
		for (String path : OWN_PAGES) {
			phone.navigate(base + path);
			Browser.check(phone, violations);
		}
		// The appointment, with its pictogram; another time asked for, with a reason.
		phone.navigate(base + "/portaal/afspraken");
		assertThat(phone.locator("[data-testid=appointments]").textContent()).contains("Haartsestraat 3");
		assertThat(phone.locator("[data-testid=appointment-pictogram]").count()).isPositive();
		phone.locator("[data-testid=appointments] details summary").first().click();
		phone.locator("[data-testid=appointment-other-time] textarea").fill("لدي درس لغة في ذلك الوقت");
		phone.locator("[data-testid=appointment-other-time] button[type=submit]").click();
		phone.locator("[data-testid=appointment-asked]").waitFor();
		Browser.check(phone, violations);
		// Who read my file: the case manager who registered the household and invited
		// Nour, by role and
		// municipality in Arabic, never by name; Nour's own visits apart.
		phone.navigate(base + "/portaal/inzage");
		assertThat(phone.locator("[data-testid=who-read-entry]").count()).isPositive();
		assertThat(phone.locator("[data-testid=who-read-month]").first().textContent()).contains("المرشد");
		assertThat(phone.locator("[data-testid=who-read-own-visit]").count()).isPositive();
		phone.navigate(base + "/portaal/toestemming");
		phone.locator("[data-testid=withdraw-consent]").click();
		phone.locator("[data-testid=consent-withdrawn]").waitFor();
		assertThat(phone.locator("[data-testid=withdraw-consent]").count()).isZero();
		Browser.check(phone, violations);
		// A question in Arabic, which the case manager answers from the inbox.
		phone.navigate(base + "/portaal/vragen");
		phone.locator("#vraag").fill("هل يمكن أن أبدأ درس السباحة مع يارا؟");
		phone.locator("[data-testid=question-form] button[type=submit]").click();
		phone.locator("[data-testid=question-sent]").waitFor();
		Browser.check(phone, violations);
		Page inbox = browser.loggedIn(base, "consulent.aalten");
		inbox.navigate(base + "/vragen");
		Browser.check(inbox, violations);
		inbox.locator("[data-testid=questions-inbox] a", new Page.LocatorOptions().setHasText("Nour")).click();
		inbox.locator("#antwoord").fill("Ja, dat kan. Ik stuur de aanmelding naar de club.");
		Browser.check(inbox, violations);
		inbox.locator("[data-testid=answer-form] button[type=submit]").click();
		inbox.waitForURL(url -> url.contains("/vragen/"));
		// The answer to the appointment on the household page.
		inbox.navigate(base + "/huishoudens/" + household.id());
		inbox.locator("[data-testid=appointments-section]").waitFor();
		assertThat(inbox.locator("[data-testid=appointments-section]").textContent()).contains("لدي درس لغة");
		Browser.check(inbox, violations);
		// The case manager moves it to another day and to a video call: a link that is
		// not secure is refused at its field, the fixed one moves it.
		inbox.navigate(base + "/huishoudens/" + household.id() + "/afspraken");
		inbox.locator("[data-testid=appointments] details summary").first().click();
		var move = inbox.locator("[data-testid=appointment-move-form]").first();
		move.locator("input[type=date]").fill(LocalDate.now().plusDays(4).toString());
		move.locator("input[type=time]").fill("11:00");
		move.locator("input[type=radio][value=VIDEO]").check();
		move.locator("input[type=url]").fill("http://video.example.org/nour");
		Browser.check(inbox, violations);
		move.locator("button[type=submit]").click();
		inbox.locator("[data-testid=appointment-error]").waitFor();
		move = inbox.locator("[data-testid=appointment-move-form]").first();
		assertThat(move.locator("input[type=url]").getAttribute("aria-invalid")).isEqualTo("true");
		Browser.check(inbox, violations);
		move.locator("input[type=url]").fill("https://video.example.org/nour");
		move.locator("button[type=submit]").click();
		inbox.waitForURL(url -> url.endsWith("/afspraken"));
		assertThat(inbox.locator("[data-testid=appointments]").textContent())
			.contains("https://video.example.org/nour");
		Browser.check(inbox, violations);
		inbox.context().close();
		phone.navigate(base + "/portaal/afspraken");
		assertThat(phone.locator("[data-testid=appointments]").textContent()).doesNotContain("Haartsestraat 3");
		assertThat(phone.locator("[data-testid=appointments] a[href='https://video.example.org/nour']").count())
			.isPositive();
		Browser.check(phone, violations);
		phone.navigate(base + "/portaal/vragen");
		assertThat(phone.locator("[data-testid=questions]").textContent()).contains("Ik stuur de aanmelding");
		phone.context().close();
		assertThat(background.callAs("consulent.aalten", () -> collaboration.household(household.id())).grondslagen())
			.singleElement()
			.satisfies(b -> assertThat(b.geldig()).isFalse());
		assertThat(violations).isEmpty();
	}

	@Test
	void everyPortalPagePassesAxeInDutchAndArabicOnAPhoneAndAtDesktopWidth() {
		String base = "http://localhost:" + port;
		List<String> violations = new ArrayList<>();
		for (boolean phoneSized : List.of(true, false)) {
			for (String language : List.of("nl", "ar")) {
				Page page = phoneSized ? browser.newPhonePage() : browser.newPage();
				page.navigate(base + "/portaal");
				page.locator("button[lang=" + language + "]").click();
				page.waitForURL(url -> url.endsWith("/portaal/inloggen"));
				for (String path : OPEN_PAGES) {
					page.navigate(base + path);
					assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(language);
					Browser.check(page, violations);
				}
				page.navigate(base + "/portaal/inloggen");
				page.locator("#username").fill("amina");
				page.locator("#password").fill(Logins.DEMO_PASSWORD);
				page.locator("[data-testid=portal-login] button[type=submit]").click();
				page.waitForURL(url -> url.endsWith("/portaal/mijn"));
				// The language Amina keeps (Arabic) applies at login; she chooses this
				// one for now.
				page.navigate(base + "/portaal");
				Browser.check(page, violations);
				page.locator("button[lang=" + language + "]").click();
				page.waitForURL(url -> url.endsWith("/portaal/mijn"));
				for (String path : OWN_PAGES) {
					page.navigate(base + path);
					assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(language);
					assertThat(page.locator("html").getAttribute("dir")).as(path)
						.isEqualTo(language.equals("ar") ? "rtl" : null);
					Browser.check(page, violations);
				}
				// The activity of her plan she rated, its form opened.
				page.navigate(base + "/portaal/beoordelen");
				assertThat(page.locator("[data-testid=rateable-activity]").first().textContent())
					.contains("Taalcursus B1");
				page.locator("[data-testid=rateable-activity] summary").first().click();
				assertThat(page.locator("[data-testid=activity-rate-form]").first().isVisible()).isTrue();
				Browser.check(page, violations);
				page.navigate(base + "/portaal/contacten");
				assertThat(page.content()).contains("VluchtelingenWerk");
				// Arabic again, as the demo has it.
				page.navigate(base + "/portaal");
				page.locator("button[lang=ar]").click();
				page.waitForURL(url -> url.endsWith("/portaal/mijn"));
				page.context().close();
			}
		}
		assertThat(violations).isEmpty();
	}

}
