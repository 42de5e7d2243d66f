package nl.verbinder.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.verbinder.Http;
import nl.verbinder.MockSessionBridge;
import nl.verbinder.RegionQueries;
import nl.verbinder.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The generator for load tests ({@code --households=N}) on a small N, in a context (and
 * database) of its own, so that the demo region of the shared context keeps its counts:
 * generated households get trajectories with a year of weekly attendance and results, and
 * portal newcomers who can log in and see their plan and appointments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = "verbinder.demo.generator-context=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MockSessionBridge.class, TestTokens.Keys.class })
class DemoLoadIntegrationTests {

	@Autowired
	DemoRegion demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void generatesTrajectoriesWithAttendanceAndPortalNewcomersWhoCanLogIn() throws Exception {
		long rowsBefore = count("select count(*) from inkoop.aanwezigheid");
		DemoLoad.Generated generated = demo.generate(new DemoLoad.Generation(50, 5, 3));

		assertThat(generated.households()).isEqualTo(50);
		assertThat(generated.trajectories()).isBetween(5, 10);
		assertThat(generated.portalNewcomers()).isEqualTo(3);
		assertThat(count("select count(*) from inkoop.aanwezigheid") - rowsBefore).isEqualTo(generated.attendanceRows())
			.isGreaterThan(generated.trajectories() * 4L);
		assertThat(count("select count(*) from inkoop.deelname d join inkoop.product p on p.id = d.product_id"
				+ " where p.omschrijving = 'B1-route (extra plaatsen)'"))
			.isEqualTo(generated.trajectories());

		var login = mvc
			.perform(formLogin("/portaal/inloggen").user(DemoPortalNewcomers.username(1))
				.password(DemoAccounts.DEMO_PASSWORD))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/portaal/welkom");
		var session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(Http.ok(mvc.perform(get("/portaal/plan").session(session)))).contains("B1");
		assertThat(Http.ok(mvc.perform(get("/portaal/afspraken").session(session)))).contains("Taalschool Graafschap");
		assertThat(Http.ok(mvc.perform(get("/portaal/mijn").session(session)))).isNotBlank();
	}

	private long count(String sql) {
		return RegionQueries.count(jdbc, transactions, sql);
	}

}
