package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;

/**
 * In a real browser, every role logs in, sees its own navigation, visits each page it
 * offers, switches to English and back, and logs out. Every page on the way must pass
 * axe-core's WCAG 2.1 A/AA rules.
 */
@VerbinderIntegrationTest
class RoleJourneyIntegrationTests {

	/** Per demo account: the navigation it must see, in Dutch. */
	private static final Map<String, List<String>> NAVIGATION = Map.of("consulent.aalten",
			List.of("Start", "Huishoudens", "Signaleringen", "Vragen", "Verzoeken", "Organisaties", "Contracten",
					"Kansen", "Waardering nieuwkomers", "Cijfers", "Uitkomsten"),
			"coordinator",
			List.of("Start", "Verzoeken", "Sleutelpersonen", "Pooloverzicht", "Adviezen", "Organisaties", "Contracten",
					"Kansen", "Waardering nieuwkomers", "Cijfers", "Uitkomsten", "Signaaldrempels"),
			"sleutelpersoon", List.of("Start", "Mijn verzoeken"), "partner",
			List.of("Start", "Doorverwijzingen", "Deelnemers", "Waardering nieuwkomers"), "beleid",
			List.of("Start", "Adviezen", "Waardering nieuwkomers", "Cijfers", "Uitkomsten"), "planner",
			List.of("Start", "Plaatsing", "Waardering nieuwkomers", "Cijfers", "Uitkomsten"), "beheerder",
			List.of("Start", "Waardering nieuwkomers", "Cijfers", "Uitkomsten", "Signaaldrempels", "Accounts",
					"Verwerkingslog", "Inlogpogingen", "Notificaties", "Verwerkingsregister", "Vernietigingen",
					"Inzageverzoek", "Noodtoegang"));

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void everyRoleSeesItsOwnAccessibleNavigationInBothLanguages() {
		List<String> violations = new ArrayList<>();
		for (var entry : NAVIGATION.entrySet()) {
			Page page = browser.newPage();
			String base = "http://localhost:" + port;
			page.navigate(base + "/huishoudens");
			assertThat(page.url()).endsWith("/login");
			check(page, violations);

			page.getByLabel("Gebruikersnaam").fill(entry.getKey());
			page.getByLabel("Wachtwoord").fill(Logins.DEMO_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
			page.waitForURL(url -> !url.endsWith("/login"));
			check(page, violations);

			List<String> navigation = page.locator("[data-testid=main-navigation] a").allTextContents();
			assertThat(navigation).as(entry.getKey()).containsExactlyElementsOf(entry.getValue());
			for (String item : entry.getValue()) {
				page.locator("[data-testid=main-navigation]")
					.getByText(item, new Locator.GetByTextOptions().setExact(true))
					.click();
				page.waitForLoadState();
				assertThat(page.locator("h1").count()).as(entry.getKey() + " " + item).isEqualTo(1);
				check(page, violations);
			}

			page.getByText("English").click();
			page.waitForLoadState();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).isVisible())
				.isTrue();
			check(page, violations);
			page.getByText("Nederlands").click();
			page.waitForLoadState();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
			page.waitForURL(url -> url.contains("/login?logout"));
			assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("uitgelogd");
			page.navigate(base + "/");
			assertThat(page.url()).endsWith("/login");
			page.context().close();
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void aCaseManagerRegistersAHouseholdAndErrorsAreExplainedAccessibly() {
		List<String> violations = new ArrayList<>();
		Page page = browser.newPage();
		String base = "http://localhost:" + port;
		Browser.logIn(page, base, "consulent.winterswijk");

		page.navigate(base + "/huishoudens/nieuw");
		check(page, violations);
		page.getByLabel("Adres").fill("Misterweg 12");
		page.getByLabel("Postcode").fill("verkeerd");
		page.getByLabel("Voornaam").fill("Luwam");
		page.getByLabel("Achternaam").fill("Berhe");
		page.getByLabel("Datum van vestiging").fill("2026-11-02");
		page.getByLabel("Geboortedatum").fill("1995-07-14");
		page.getByLabel("Datum verblijfsvergunning").fill("2026-09-15");
		page.getByLabel("Nationaliteit").selectOption("ER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreren")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=form-errors]").textContent()).contains("Postcode");
		assertThat(page.getByLabel("Adres").inputValue()).isEqualTo("Misterweg 12");
		check(page, violations);

		page.getByLabel("Postcode").fill("7101 BC");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreren")).click();
		page.waitForURL(url -> url.matches(".*/huishoudens/[0-9a-f-]{36}$"));
		assertThat(page.locator("[data-testid=members]").textContent()).contains("Luwam Berhe");
		check(page, violations);

		// Her profile: languages, and work she did, with the ESCO occupation suggested
		// while typing.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profiel van Luwam")).click();
		page.waitForLoadState();
		check(page, violations);
		page.locator("#talen0\\.taal").selectOption("ti");
		page.locator("#talen0\\.niveau").selectOption("NATIVE");
		page.locator("#talen1\\.taal").selectOption("nl");
		page.locator("#talen1\\.niveau").selectOption("A1");
		page.locator("#werkervaring0\\.functie").fill("Hulp in het ziekenhuis van Asmara");
		page.locator("#werkervaring0\\.beroep").pressSequentially("verpleegh");
		page.waitForCondition(() -> page.locator("#beroepen option[value='verpleeghulp']").count() == 1);
		page.locator("#werkervaring0\\.beroep").fill("verpleeghulp");
		page.locator("#werkervaring0\\.land").selectOption("ER");
		page.locator("#werkervaring0\\.vanJaar").fill("2015");
		page.locator("#werkervaring0\\.totJaar").fill("2019");
		page.locator("#werkervaring1\\.functie").fill("Koffie schenken");
		page.locator("#werkervaring1\\.beroep").fill("geen echt beroep");
		page.getByLabel("Talenten: wat iemand goed kan en graag doet").fill("Zorgen voor anderen, koken voor groepen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Profiel opslaan")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=form-errors]").textContent()).contains("ESCO");
		assertThat(page.locator("#werkervaring0\\.functie").inputValue())
			.isEqualTo("Hulp in het ziekenhuis van Asmara");
		check(page, violations);
		page.locator("#werkervaring1\\.functie").fill("");
		page.locator("#werkervaring1\\.beroep").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Profiel opslaan")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("opgeslagen");
		assertThat(page.locator("#werkervaring0\\.beroep").inputValue()).isEqualTo("verpleeghulp");
		assertThat(page.locator("#talen0\\.niveau").inputValue()).isEqualTo("NATIVE");
		check(page, violations);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het huishouden")).click();
		page.waitForLoadState();

		// A broad intake for her: two domains scored, her own view in her words.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intake van Luwam")).click();
		page.waitForLoadState();
		check(page, violations);
		page.locator("#rows0\\.score").selectOption("2");
		page.locator("#rows0\\.eigenVisie").fill("Ik wil in de zorg werken");
		page.locator("#rows8\\.score").selectOption("1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intake vastleggen")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("vastgelegd");
		assertThat(page.locator("[data-testid=intake-history]").textContent()).contains("Werk").contains("2");
		check(page, violations);

		// Her PIP: drafted, discussed with her, established.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het huishouden")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PIP van Luwam")).click();
		page.waitForLoadState();
		check(page, violations);
		page.getByLabel("Leerroute").selectOption("B1");
		page.getByLabel("Doel", new Page.GetByLabelOptions().setExact(true))
			.fill("Zelf een afspraak bij de huisarts maken");
		page.getByLabel("Streefdatum").fill("2027-05-01");
		page.getByLabel("Kleine stappen (een per regel)").fill("26 taallessen\nOefenen met een taalmaatje");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("concept");
		check(page, violations);
		page.getByLabel("Hoe de inburgeraar het plan ziet").fill("Ik wil eerst goed Nederlands leren");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen dat het plan besproken is"))
			.click();
		page.waitForLoadState();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan vaststellen")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("vastgesteld");
		assertThat(page.locator("[data-testid=pip-versions]").textContent()).contains("B1-route")
			.contains("vastgesteld");
		check(page, violations);
		// The established plan gets a course that has started: a revision, a new version
		// to discuss.
		assertThat(page.locator("#doelen0\\.omschrijving").inputValue())
			.isEqualTo("Zelf een afspraak bij de huisarts maken");
		page.locator("#activiteiten0\\.aanbieder").fill("Taalcentrum Oost-Gelderland");
		page.locator("#activiteiten0\\.omschrijving").fill("B1-cursus, drie ochtenden");
		page.locator("#activiteiten0\\.urenPerWeek").fill("9");
		page.locator("#activiteiten0\\.status").selectOption("LOOPT");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=pip-versions] tbody tr").count()).isEqualTo(2);
		assertThat(page.locator("#activiteiten0\\.status").inputValue()).isEqualTo("LOOPT");
		check(page, violations);

		// A home visit with a key person, and an agreed next step.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het huishouden")).click();
		page.getByLabel("Hoe", new Page.GetByLabelOptions().setExact(true)).selectOption("HUISBEZOEK");
		page.getByLabel("Vertolking").selectOption("SLEUTELPERSOON");
		page.getByLabel("Gesproken taal").selectOption("ti");
		page.getByLabel("Samenvatting").fill("Kennismaking; brief van de Belastingdienst samen gelezen");
		page.getByLabel("Afgesproken volgende stap").fill("Toeslagen aanvragen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contactmoment vastleggen")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=contacts]").textContent()).contains("Toeslagen aanvragen")
			.contains("sleutelpersoon");
		assertThat(page.locator("[data-testid=timeline]").textContent()).contains("huishouden geregistreerd")
			.contains("brede intake met Luwam")
			.contains("PIP van Luwam vastgesteld (B1-route)")
			.contains("contactmoment (Huisbezoek)");
		check(page, violations);

		// Ontzorgen for the household: a period that ends before it begins is explained,
		// a good one recorded; the page reads as well in English.
		String household = page.url().replaceFirst("^(.*/huishoudens/[0-9a-f-]{36}).*$", "$1");
		page.navigate(household + "/ontzorgen");
		check(page, violations);
		page.getByLabel("Vanaf", new Page.GetByLabelOptions().setExact(true)).fill("2026-12-01");
		page.getByLabel("Tot en met").fill("2026-11-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen")).click();
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=form-errors]").isVisible()).isTrue();
		check(page, violations);
		page.getByLabel("Tot en met").fill("2027-06-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("vastgelegd");
		check(page, violations);
		page.getByText("English").click();
		page.waitForLoadState();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		check(page, violations);
		page.getByText("Nederlands").click();
		page.waitForLoadState();

		page.navigate(base + "/huishoudens?naam=berhe");
		assertThat(page.locator("[data-testid=caseload]").textContent()).contains("Luwam Berhe");
		check(page, violations);

		page.navigate(base + "/huishoudens/00000000-0000-0000-0000-000000000000");
		assertThat(page.locator("h1").textContent()).contains("bestaat niet");
		check(page, violations);
		page.navigate(base + "/over");
		check(page, violations);
		page.context().close();
		assertThat(violations).isEmpty();
	}

	@Test
	void aCaseManagerAsksForATigrinyaSpeakerTheCoordinatorOffersAndTheKeyPersonAcceptsOnAPhone() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		String purpose = "Kennismaking en uitleg over de huisarts (journey " + System.nanoTime() + ")";

		// The case manager in Winterswijk asks for a key person for a household on their
		// caseload.
		Page caseManager = browser.loggedIn(base, "consulent.winterswijk");
		caseManager.navigate(base + "/huishoudens");
		caseManager.locator("[data-testid=caseload] a").first().click();
		caseManager.waitForLoadState();
		caseManager
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sleutelpersoon vragen voor dit huishouden"))
			.click();
		caseManager.waitForLoadState();
		check(caseManager, violations);
		caseManager.getByLabel("Wat", new Page.GetByLabelOptions().setExact(true)).selectOption("HUISBEZOEK");
		caseManager.locator("[data-testid=request-form]")
			.getByLabel("Taal", new Locator.GetByLabelOptions().setExact(true))
			.selectOption("ti");
		caseManager.getByLabel("Rol").selectOption("VERTALER");
		caseManager.getByLabel("Doel van de inzet").fill(purpose);
		caseManager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzoek versturen")).click();
		caseManager.waitForURL(url -> url.endsWith("/verzoeken"));
		assertThat(caseManager.getByRole(AriaRole.STATUS).first().textContent()).contains("regiocoördinator");
		assertThat(caseManager.locator("[data-testid=requests] tr", new Page.LocatorOptions().setHasText(purpose))
			.textContent()).contains("Open");
		check(caseManager, violations);
		// What the case manager noticed goes to the coordinator as a signal.
		caseManager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaal of advies geven")).click();
		caseManager.waitForLoadState();
		caseManager.getByLabel("Wat zag of hoorde u, en wat raadt u aan?")
			.fill("Veel Eritrese gezinnen missen de brieven van school: de school schrijft alleen via een app.");
		caseManager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Advies versturen")).click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("[data-testid=my-advice]").textContent()).contains("app").contains("nieuw");
		check(caseManager, violations);
		caseManager.context().close();

		// The coordinator sees the ranked candidates with their reasons, and offers it to
		// Yonas.
		Page coordinator = browser.loggedIn(base, "coordinator");
		coordinator.navigate(base + "/verzoeken");
		coordinator.locator("[data-testid=requests] tr", new Page.LocatorOptions().setHasText(purpose))
			.getByRole(AriaRole.LINK)
			.click();
		coordinator.waitForLoadState();
		check(coordinator, violations);
		assertThat(coordinator.locator("main").textContent()).contains("Yonas Tekle").contains("Spreekt Tigrinya");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieden aan Yonas Tekle"))
			.click();
		coordinator.waitForURL(url -> url.endsWith("/verzoeken"));
		assertThat(coordinator.locator("[data-testid=requests] tr", new Page.LocatorOptions().setHasText(purpose))
			.textContent()).contains("Aangeboden");
		// The week's proposal for the other open requests: figures and the proposed
		// split, readable for all.
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weekvoorstel")).click();
		coordinator.waitForLoadState();
		assertThat(coordinator.locator("[data-testid=week-figures]").textContent()).contains("open verzoeken");
		check(coordinator, violations);
		coordinator.context().close();

		// Yonas, on his phone, accepts and afterwards writes down his time and
		// kilometres.
		Page phone = browser.newPhonePage();
		Browser.logIn(phone, base, "sleutelpersoon");
		phone.locator("[data-testid=main-navigation]").getByText("Mijn verzoeken").click();
		phone.waitForLoadState();
		check(phone, violations);
		var card = phone.locator("[data-testid=own-requests] li", new Page.LocatorOptions().setHasText(purpose));
		assertThat(card.textContent()).contains("Aangeboden").contains("Voor ");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepteren")).click();
		phone.waitForLoadState();
		assertThat(phone.getByRole(AriaRole.STATUS).first().textContent()).contains("geaccepteerd");
		// The coordinator plans the visit at the household, moves it, and sees how to
		// cancel it, in Dutch and in English.
		Page visit = browser.loggedIn(base, "coordinator");
		visit.navigate(base + "/verzoeken");
		String planLink = visit.locator("[data-testid=requests] tr", new Page.LocatorOptions().setHasText(purpose))
			.locator("a[href$='/bezoek']")
			.getAttribute("href");
		visit.navigate(base + planLink);
		check(visit, violations);
		// Without a date: explained, accessibly.
		visit.getByLabel("Tijd", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
		visit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek plannen")).click();
		visit.waitForLoadState();
		assertThat(visit.locator("[data-testid=form-errors]").isVisible()).isTrue();
		check(visit, violations);
		visit.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true))
			.fill(java.time.LocalDate.now().plusDays(4).toString());
		visit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek plannen")).click();
		visit.waitForURL(url -> url.endsWith("/verzoeken"));
		visit.navigate(base + planLink);
		assertThat(visit.locator("[data-testid=visit-move-form]").isVisible()).isTrue();
		check(visit, violations);
		visit.getByLabel("Tijd", new Page.GetByLabelOptions().setExact(true)).fill("14:30");
		visit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek verzetten")).click();
		visit.waitForLoadState();
		assertThat(visit.locator("main").textContent()).contains("Het bezoek is verzet");
		check(visit, violations);
		visit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek annuleren")).click();
		visit.waitForLoadState();
		assertThat(visit.locator("[data-testid=visit-cancel-error]").isVisible()).isTrue();
		check(visit, violations);
		visit.navigate(base + planLink);
		visit.getByText("English").click();
		visit.waitForLoadState();
		assertThat(visit.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(visit.locator("[data-testid=visit-move-form]").isVisible()).isTrue();
		check(visit, violations);
		visit.getByText("Nederlands").click();
		visit.waitForLoadState();
		visit.context().close();

		card = phone.locator("[data-testid=own-requests] li", new Page.LocatorOptions().setHasText(purpose));
		card.getByLabel("Minuten besteed").fill("75");
		card.getByLabel("Kilometers gereisd").fill("6");
		card.getByLabel("Wat gebeurde er (kort)").fill("Samen de brief van de huisarts gelezen");
		check(phone, violations);
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verslag opslaan")).click();
		phone.waitForLoadState();
		assertThat(phone.getByRole(AriaRole.STATUS).first().textContent()).contains("opgeslagen");
		assertThat(phone.locator("[data-testid=own-requests] li", new Page.LocatorOptions().setHasText(purpose))
			.textContent()).contains("Afgerond").contains("75 minuten");
		assertThat(phone.locator("[data-testid=own-hours]").isVisible()).isTrue();
		// He also tells the municipality what he noticed; it shows as new until the
		// coordinator answers.
		phone.getByLabel("Wat zag of hoorde u, en wat raadt u aan?")
			.fill("Moeders komen niet naar het spreekuur: voor hen is dat een doktersbezoek. Noem het een inloopochtend.");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Advies versturen")).click();
		phone.waitForLoadState();
		assertThat(phone.getByRole(AriaRole.STATUS).first().textContent()).contains("advies is verstuurd");
		assertThat(phone.locator("[data-testid=my-advice]").textContent()).contains("inloopochtend").contains("nieuw");
		// Nothing on the page is wider than the phone.
		assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		check(phone, violations);
		// He reads the page in Tigrinya, or right to left in Arabic, just as well.
		phone.locator("nav.vb-lang a[hreflang=ti]").click();
		phone.waitForLoadState();
		assertThat(phone.locator("html").getAttribute("lang")).isEqualTo("ti");
		assertThat(phone.locator("h1").textContent()).isNotEqualTo("Mijn verzoeken");
		check(phone, violations);
		phone.locator("nav.vb-lang a[hreflang=ar]").click();
		phone.waitForLoadState();
		assertThat(phone.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		check(phone, violations);
		phone.locator("nav.vb-lang a[hreflang=nl]").click();
		phone.waitForLoadState();
		phone.context().close();
		assertThat(violations).isEmpty();
	}

	@Test
	void aCaseManagerRecordsConsentAndRefersToASportsClubWhoseWorkerAcceptsAndStarts() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		String reason = "Wil graag voetballen en Nederlands praten (journey " + System.nanoTime() + ")";

		// The case manager records the newcomer's signed consent for the club, then
		// refers.
		Page caseManager = browser.loggedIn(base, "consulent.winterswijk");
		caseManager.navigate(base + "/huishoudens");
		caseManager.locator("[data-testid=caseload] a").nth(2).click();
		caseManager.waitForLoadState();
		String household = caseManager.url();
		caseManager.locator("[data-testid=collaboration-link]").click();
		caseManager.waitForLoadState();
		check(caseManager, violations);
		var basisForm = caseManager.locator("[data-testid=basis-form]");
		basisForm.getByLabel("Organisatie").selectOption(new SelectOption().setLabel("Sportclub Winterswijk"));
		basisForm.getByLabel("Doel van het delen").fill("Aanmelden bij de sportclub");
		basisForm.getByLabel("Naam en adres").check();
		basisForm.getByLabel("Talen").check();
		basisForm.getByLabel("Hoe is de toestemming gegeven").selectOption("ONDERTEKEND");
		basisForm.getByRole(AriaRole.BUTTON).click();
		caseManager.waitForLoadState();
		assertThat(caseManager.getByRole(AriaRole.STATUS).first().textContent()).contains("vastgelegd");
		var referralForm = caseManager.locator("[data-testid=referral-form]");
		referralForm.getByLabel("Organisatie").selectOption(new SelectOption().setLabel("Sportclub Winterswijk"));
		referralForm.getByLabel("Reden").fill(reason);
		referralForm.getByLabel("Naam en adres").check();
		referralForm.getByRole(AriaRole.BUTTON).click();
		caseManager.waitForLoadState();
		assertThat(caseManager.getByRole(AriaRole.STATUS).first().textContent()).contains("verstuurd");
		assertThat(caseManager.locator("[data-testid=referrals] li", new Page.LocatorOptions().setHasText(reason))
			.first()
			.textContent()).contains("Sportclub Winterswijk").contains("verstuurd");
		check(caseManager, violations);
		// Sharing what the consent does not cover is refused, readably, and what was
		// typed stays.
		referralForm = caseManager.locator("[data-testid=referral-form]");
		referralForm.getByLabel("Organisatie").selectOption(new SelectOption().setLabel("Sportclub Winterswijk"));
		referralForm.getByLabel("Reden").fill("Ook de opleiding delen");
		referralForm.getByLabel("Opleiding en werk").check();
		referralForm.getByRole(AriaRole.BUTTON).click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("[data-testid=collab-error]").textContent()).contains("Niet gelukt");
		assertThat(caseManager.locator("[data-testid=referral-form]").getByLabel("Reden").inputValue())
			.isEqualTo("Ook de opleiding delen");
		check(caseManager, violations);

		// The club's worker accepts and, after the first training, marks it started.
		Page club = browser.loggedIn(base, "sportclub");
		club.locator("[data-testid=main-navigation]").getByText("Doorverwijzingen").click();
		club.waitForLoadState();
		check(club, violations);
		club.locator("[data-testid=inbox] li", new Page.LocatorOptions().setHasText(reason))
			.getByRole(AriaRole.LINK)
			.click();
		club.waitForLoadState();
		assertThat(club.locator("[data-testid=shared-data]").textContent()).contains("Naam en adres");
		assertThat(club.locator("main").textContent()).contains("consulent");
		check(club, violations);
		club.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
		club.waitForLoadState();
		club.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gestart")).click();
		club.waitForLoadState();
		assertThat(club.locator("h1").textContent()).contains("gestart");
		check(club, violations);
		club.context().close();

		// The household page shows the club as involved, and the steps in the timeline.
		caseManager.navigate(household);
		caseManager.locator("[data-testid=involved]").waitFor();
		assertThat(caseManager.locator("[data-testid=involved]").textContent()).contains("Sportclub Winterswijk");
		assertThat(caseManager.locator("[data-testid=timeline]").textContent())
			.contains("Sportclub Winterswijk gestart");
		check(caseManager, violations);
		// Talent first: the opportunities that fit this newcomer, each with its reasons,
		// and who else fits one.
		caseManager.locator("a", new Page.LocatorOptions().setHasText("Kansen voor")).first().click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("[data-testid=matches] li").count()).isPositive();
		assertThat(caseManager.locator("[data-testid=matches] li").first().textContent()).contains("punten");
		check(caseManager, violations);
		caseManager.locator("[data-testid=main-navigation]").getByText("Kansen").click();
		caseManager.waitForLoadState();
		caseManager.locator("[data-testid=opportunities] a").first().click();
		caseManager.waitForLoadState();
		check(caseManager, violations);
		caseManager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passende kandidaten in uw gemeente"))
			.click();
		caseManager.waitForLoadState();
		assertThat(caseManager.locator("[data-testid=candidates] li").count()).isPositive();
		check(caseManager, violations);
		caseManager.context().close();
		assertThat(violations).isEmpty();
	}

	@Test
	void aPlannerGeneratesRunsAndExplainsAndPublishesAPlacement() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		Page planner = browser.loggedIn(base, "planner");
		planner.locator("[data-testid=main-navigation]").getByText("Plaatsing").click();
		planner.waitForLoadState();
		check(planner, violations);
		var form = planner.locator("[data-testid=run-form]");
		form.getByLabel("Aantal huishoudens").fill("4000");
		form.getByLabel("Werk in de regio voor hun beroepen").fill("40");
		form.getByRole(AriaRole.BUTTON).click();
		planner.waitForLoadState();
		assertThat(planner.locator("main").textContent()).contains("4.000 huishoudens").contains("concept");
		planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oplossen")).click();
		planner.waitForLoadState();
		// The progress bar shows while it runs, and the page reloads itself when the plan
		// is ready.
		assertThat(planner.locator("[data-testid=progress] progress").isVisible()).isTrue();
		check(planner, violations);
		planner.locator("[data-testid=result-figures]").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
		assertThat(planner.locator("[data-testid=result-figures]").textContent()).contains("bovengrens");
		assertThat(planner.locator("svg.vb-map path").count()).isEqualTo(342);
		check(planner, violations);
		planner.locator("[data-testid=assignments] a").first().click();
		planner.waitForLoadState();
		assertThat(planner.locator("[data-testid=explanation]").textContent()).contains("Eigen wens")
			.contains("1e keus");
		assertThat(planner.locator("[data-testid=assigned]").textContent()).contains("Voorgesteld");
		check(planner, violations);
		planner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de run")).click();
		planner.waitForLoadState();
		planner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaatsing publiceren")).click();
		planner.waitForLoadState();
		assertThat(planner.getByRole(AriaRole.STATUS).first().textContent()).contains("gepubliceerd");
		assertThat(planner.locator("main").textContent()).contains("Nieuwe run op deze basis");
		assertThat(planner.locator("[data-testid=regions]").textContent()).contains("Achterhoek");
		check(planner, violations);
		// the same households as this week's batch of the half year: every quota's
		// progress
		planner.navigate(
				planner.locator("[data-testid=week-link]").getAttribute("href").startsWith("http")
						? planner.locator("[data-testid=week-link]").getAttribute("href")
						: base + planner.locator("[data-testid=week-link]").getAttribute("href"),
				new Page.NavigateOptions().setTimeout(240_000));
		assertThat(planner.locator("[data-testid=week-progress] caption").textContent())
			.contains("Voortgang per taakstelling");
		assertThat(planner.locator("[data-testid=week-progress] tbody tr").count()).isEqualTo(342);
		check(planner, violations);
		planner.context().close();
		assertThat(violations).isEmpty();
	}

	@Test
	void theAdministratorKeepsAccountsAndTheCoordinatorKeepsThePoolFromAccessiblePages() {
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		Page admin = browser.loggedIn(base, "beheerder");
		admin.locator("[data-testid=main-navigation]").getByText("Accounts").click();
		admin.waitForLoadState();
		admin.locator("[data-testid=new-account]").click();
		admin.waitForLoadState();
		check(admin, violations);
		admin.getByLabel("Gebruikersnaam").fill("journey.consulent");
		admin.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Fenna Bos");
		admin.getByLabel("Rol").selectOption("CASE_MANAGER");
		admin.getByLabel("Gemeente").selectOption("GM0294");
		admin.getByLabel("Startwachtwoord").fill("te-kort");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account openen")).click();
		admin.waitForLoadState();
		assertThat(admin.locator("[data-testid=form-errors]").textContent()).contains("minstens 12 tekens");
		assertThat(admin.getByLabel("Gebruikersnaam").inputValue()).isEqualTo("journey.consulent");
		check(admin, violations);
		admin.getByLabel("Startwachtwoord").fill("een-veilig-startwachtwoord");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account openen")).click();
		admin.waitForLoadState();
		assertThat(admin.getByRole(AriaRole.STATUS).first().textContent()).contains("geopend");
		assertThat(admin.locator("main").textContent()).contains("Fenna Bos").contains("Winterswijk");
		check(admin, violations);
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("journey.consulent")).click();
		admin.waitForLoadState();
		check(admin, violations);
		admin.locator("[data-testid=toggle-enabled]").click();
		admin.waitForLoadState();
		assertThat(admin.getByRole(AriaRole.STATUS).first().textContent()).contains("uitgeschakeld");
		// A wrong password for a name nobody has, then the failed-logins page with that
		// attempt on it.
		admin.request()
			.get(base + "/api/v1/huishoudens",
					RequestOptions.create()
						.setHeader("Authorization", "Basic " + Base64.getEncoder()
							.encodeToString("journey.onbekend:geen-wachtwoord".getBytes(StandardCharsets.UTF_8))));
		admin.navigate(base + "/beheer/inlogpogingen");
		assertThat(admin.locator("[data-testid=failed-logins]").textContent()).contains("journey.onbekend");
		check(admin, violations);
		admin.navigate(base + "/beheer/vernietigingen");
		check(admin, violations);
		// The processing log, and a full check of it: its progress page polls until the
		// result is there.
		admin.navigate(base + "/beheer/verwerkingslog");
		check(admin, violations);
		admin.locator("[data-testid=log-full-check]").click();
		admin.waitForLoadState();
		check(admin, violations);
		admin.locator("[data-testid=full-check] [data-testid=log-integrity]").waitFor();
		assertThat(admin.locator("[data-testid=log-check-kind]").textContent()).contains("Volledige controle");
		check(admin, violations);
		// An access request: a person found by name, all data kept about them.
		admin.navigate(base + "/beheer/inzageverzoek?betrokkene=Amina");
		if (admin.locator("[data-testid=personal-data-found]").count() > 0) {
			check(admin, violations);
			admin.locator("[data-testid=personal-data-found] a").first().click();
			admin.waitForLoadState();
		}
		assertThat(admin.locator("[data-testid=personal-data-table]").count()).isPositive();
		check(admin, violations);
		admin.context().close();

		Page coordinator = browser.loggedIn(base, "coordinator");
		coordinator.locator("[data-testid=main-navigation]").getByText("Sleutelpersonen").click();
		coordinator.waitForLoadState();
		assertThat(coordinator.locator("[data-testid=pool]").textContent()).contains("Moedertaal").contains("Eritrea");
		check(coordinator, violations);
		coordinator.locator("[data-testid=new-key-person]").click();
		coordinator.waitForLoadState();
		check(coordinator, violations);
		coordinator.getByLabel("Voornaam").fill("Amanuel");
		coordinator.getByLabel("Achternaam").fill("Kidane");
		coordinator.locator("#talen0\\.taal").selectOption("ti");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen aan de pool")).click();
		coordinator.waitForLoadState();
		assertThat(coordinator.locator("[data-testid=form-errors]").textContent()).contains("kies een niveau");
		check(coordinator, violations);
		coordinator.locator("#talen0\\.niveau").selectOption("NATIVE");
		coordinator.getByLabel("Vertaler").check();
		coordinator.getByLabel("Woonplaats").selectOption("GM0294");
		coordinator.getByLabel("Telefoonnummer").fill("06 98765432");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen aan de pool")).click();
		coordinator.waitForLoadState();
		assertThat(coordinator.getByRole(AriaRole.STATUS).first().textContent()).contains("Amanuel Kidane");
		assertThat(coordinator.locator("[data-testid=pool]").textContent()).contains("Tigrinya")
			.contains("06 98765432");
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amanuel Kidane").setExact(true))
			.click();
		coordinator.waitForLoadState();
		check(coordinator, violations);
		coordinator
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amanuel Kidane uit de pool laten gaan"))
			.click();
		coordinator.waitForLoadState();
		check(coordinator, violations);
		coordinator.getByLabel("Reden").fill("Betaald werk gevonden");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uit de pool laten gaan")).click();
		coordinator.waitForLoadState();
		assertThat(coordinator.locator("[data-testid=pool]").textContent()).contains("Betaald werk gevonden");
		check(coordinator, violations);
		coordinator.context().close();
		assertThat(violations).isEmpty();
	}

	private static void check(Page page, List<String> violations) {
		Browser.check(page, violations);
		// Screenshots for people reviewing the pages (target/screenshots), one per path
		// and language.
		String name = page.url().replaceFirst("https?://[^/]+/?", "").replaceAll("[^a-zA-Z0-9]+", "_");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target/screenshots",
					(name.isEmpty() ? "home" : name) + "-" + page.locator("html").getAttribute("lang") + ".png")));
	}

}
