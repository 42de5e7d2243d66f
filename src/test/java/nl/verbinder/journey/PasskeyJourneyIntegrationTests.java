package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.portal.Invitations;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logging in with a fingerprint, in Debian's Chromium with a virtual authenticator (a
 * phone's built-in one: CTAP2, internal, with resident keys and user verification, over
 * the DevTools protocol): the newcomer activates with the code, is offered a passkey at
 * the first login, makes one, logs out and in again with it alone, then removes it, after
 * which the phone's passkey no longer gets in. The passkey pages pass axe in Dutch and
 * Arabic.
 */
@VerbinderIntegrationTest
class PasskeyJourneyIntegrationTests {

	private static final String PASSWORD = "mijn zoon heet Dawit en speelt voetbal";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	BackgroundWork background;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	/** A phone's own authenticator that verifies its user (a fingerprint) at once. */
	static CDPSession fingerprint(Page page) {
		CDPSession cdp = page.context().newCDPSession(page);
		cdp.send("WebAuthn.enable");
		var options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		options.addProperty("automaticPresenceSimulation", true);
		var args = new JsonObject();
		args.add("options", options);
		String authenticator = cdp.send("WebAuthn.addVirtualAuthenticator", args).get("authenticatorId").getAsString();
		assertThat(authenticator).isNotBlank();
		return cdp;
	}

	@Test
	void aNewcomerActivatesMakesAPasskeyAndLogsInWithItAlone() {
		String base = "http://localhost:" + port;
		HouseholdView household = background.callAs("consulent.aalten",
				() -> inburgering.register(new GemeenteCode("GM0197"), "Landstraat 12", "7121 CD",
						LocalDate.now().minusMonths(1), List.of(new Inburgering.NewMember("Selam", "Tesfamariam",
								LocalDate.of(1995, 2, 14), Gezinsrol.INBURGERAAR)),
						true));
		Invitations.Issued invited = background.callAs("consulent.aalten",
				() -> invitations.invite(household.id(), household.members().getFirst().personId(), "nl"));
		List<String> violations = new ArrayList<>();

		Page phone = browser.newPhonePage();
		fingerprint(phone);
		phone.navigate(base + "/portaal/activeren?code=" + invited.code());
		phone.locator("#wachtwoord").fill(PASSWORD);
		phone.locator("#herhaling").fill(PASSWORD);
		phone.locator("[data-testid=activation-form] button[type=submit]").click();
		phone.locator("[data-testid=activated]").waitFor();
		// The phone can make a passkey, so the login page offers logging in with one (the
		// page's script shows the offer once the browser said so: wait for it).
		phone.locator("[data-testid=passkey-login]")
			.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
		assertThat(phone.locator("[data-testid=passkey-login]").isVisible()).isTrue();
		phone.locator("#password").fill(PASSWORD);
		phone.locator("[data-testid=portal-login] button[type=submit]").click();

		// The first login after activation offers a passkey.
		phone.waitForURL(url -> url.contains("/portaal/toegangssleutels"));
		phone.locator("[data-testid=passkey-offer]").waitFor();
		assertThat(phone.locator("[data-testid=passkey]").count()).isZero();
		violations.addAll(Browser.axeViolations(phone));
		long changesBefore = accountChanges(invited.invitation().username());
		phone.locator("#label").fill("Telefoon van Selam");
		phone.locator("[data-testid=passkey-register]").click();
		phone.locator("[data-testid=passkey-added]").waitFor();
		assertThat(phone.locator("[data-testid=passkey]").count()).isEqualTo(1);
		assertThat(phone.locator("[data-testid=passkeys]").textContent()).contains("Telefoon van Selam");
		violations.addAll(Browser.axeViolations(phone));
		// Making a passkey changed the newcomer's account: in the processing log.
		assertThat(accountChanges(invited.invitation().username())).isEqualTo(changesBefore + 1);

		// Logged out, in again with the fingerprint alone: no name, no password.
		phone.locator("form[action$='/portaal/uitloggen'] button").click();
		phone.waitForURL(url -> url.contains("/portaal/inloggen"));
		phone.locator("[data-testid=passkey-login]").click();
		phone.waitForURL(url -> url.endsWith("/portaal/mijn"));
		assertThat(phone.locator("[data-testid=portal-greeting]").textContent()).contains("Selam");

		// In Arabic, the passkey page reads right to left and passes axe.
		phone.navigate(base + "/portaal");
		phone.locator("button[lang=ar]").click();
		phone.waitForURL(url -> url.endsWith("/portaal/mijn"));
		phone.navigate(base + "/portaal/toegangssleutels");
		assertThat(phone.locator("html").getAttribute("dir")).isEqualTo("rtl");
		violations.addAll(Browser.axeViolations(phone));

		// Removed, the passkey no longer gets in: the login page says so.
		phone.locator("[data-testid=remove-passkey]").click();
		phone.locator("[data-testid=passkey-removed]").waitFor();
		assertThat(phone.locator("[data-testid=passkey]").count()).isZero();
		phone.locator("form[action$='/portaal/uitloggen'] button").click();
		phone.waitForURL(url -> url.contains("/portaal/inloggen"));
		phone.locator("[data-testid=passkey-login]").click();
		phone.locator("#passkey-login-failed").waitFor();
		assertThat(phone.url()).contains("/portaal/inloggen");
		violations.addAll(Browser.axeViolations(phone));
		phone.context().close();
		assertThat(violations).isEmpty();
	}

	/** How often the account's data was created or changed, by the processing log. */
	private long accountChanges(String username) {
		return jdbc.sql("""
				select count(*) from access.processing_log l join access.account a on a.id::text = l.subject_id
				where a.username = ? and l.subject_type = 'account' and l.operation = 'CREATE'""")
			.param(username)
			.query(Long.class)
			.single();
	}

}
