package nl.verbinder.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verbinder.InteropIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's page of undelivered notifications, with a dead letter on it, in
 * Dutch and English, checked with axe-core.
 */
class NotificationJourneyIntegrationTests extends InteropIntegrationTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDeadLetterPageIsAccessibleInDutchAndEnglish() {
		UUID subject = UUID.randomUUID();
		jdbc.sql("""
				insert into notification.outbox (id, event_id, subscriber, url, type, subject, gemeente, event, status,
				                                 attempts, next_attempt_at, last_error, created_at)
				values (?, ?, 'zaaksysteem-oost-gelre', 'http://127.0.0.1:9/events', 'nl.verbinder.pip-vastgesteld', ?,
				        'GM1586', '{}', 'DEAD', 3, ?, 'HTTP 503', ?)""")
			.params(UUID.randomUUID(), UUID.randomUUID(), subject.toString(), Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now()))
			.update();
		List<String> violations = new ArrayList<>();
		String base = "http://localhost:" + port;
		Page page = browser.loggedIn(base, "beheerder");
		page.navigate(base + "/beheer/notificaties");
		page.waitForLoadState();
		assertThat(page.locator("[data-testid=dead-letters]").textContent()).contains("PIP vastgesteld", "Oost Gelre",
				"HTTP 503");
		Browser.check(page, violations);
		page.getByText("English").click();
		page.waitForLoadState();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(page.locator("[data-testid=dead-letters]").textContent()).contains("PIP established");
		Browser.check(page, violations);
		page.context().close();
		assertThat(violations).isEmpty();
	}

}
