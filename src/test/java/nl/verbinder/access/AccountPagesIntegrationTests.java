package nl.verbinder.access;

import static nl.verbinder.Http.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator keeps the accounts from pages: opens one with an initial password,
 * changes its name, role and municipality, and disables or enables it; every change is in
 * the processing log.
 */
@VerbinderIntegrationTest
class AccountPagesIntegrationTests {

	private static final String PASSWORD = "een-lang-startwachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private boolean logsIn(String username, String password) throws Exception {
		var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		return !result.getResponse().getRedirectedUrl().contains("error");
	}

	private UUID idOf(String username) {
		return jdbc.sql("select id from access.account where username = ?").param(username).query(UUID.class).single();
	}

	private long version(UUID id) {
		return jdbc.sql("select version from access.account where id = ?").param(id).query(Long.class).single();
	}

	/** The form that opens an account, sent in the session. */
	private static MockHttpServletRequestBuilder newAccount(MockHttpSession session, String username, String name,
			String role, String municipality, String password) {
		return post("/beheer/accounts").session(session)
			.with(csrf())
			.param("gebruikersnaam", username)
			.param("naam", name)
			.param("rol", role)
			.param("gemeente", municipality)
			.param("wachtwoord", password);
	}

	@Test
	void theAdministratorOpensChangesDisablesAndEnablesAnAccountFromThePages() throws Exception {
		var admin = Logins.session(mvc, "beheerder");
		String username = "sanne." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(page(mvc, admin, "/beheer/accounts/nieuw")).contains("name=\"gebruikersnaam\"")
			.contains("Aalten")
			.contains("Consulent")
			.doesNotContain(">GM0197<")
			.doesNotContain(">CASE_MANAGER<");

		mvc.perform(newAccount(admin, username, "Sanne de Vries", "CASE_MANAGER", "GM0197", PASSWORD))
			.andExpect(status().is3xxRedirection());
		String list = page(mvc, admin, "/beheer/accounts");
		assertThat(list).contains(username).contains("Sanne de Vries").contains("Consulent").contains("Aalten");
		assertThat(logsIn(username, PASSWORD)).isTrue();

		UUID id = idOf(username);
		assertThat(page(mvc, admin, "/beheer/accounts/" + id)).contains("Sanne de Vries").contains("selected");
		mvc.perform(post("/beheer/accounts/" + id).session(admin)
			.with(csrf())
			.param("naam", "Sanne de Vries-Jansen")
			.param("rol", "REGIONAL_COORDINATOR")
			.param("gemeente", "")
			.param("versie", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql(
				"select role || '/' || coalesce(gemeente, '-') || '/' || display_name from access.account where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("REGIONAL_COORDINATOR/-/Sanne de Vries-Jansen");
		assertThat(page(mvc, admin, "/beheer/accounts")).contains("Sanne de Vries-Jansen").contains("Hele regio");

		mvc.perform(post("/beheer/accounts/" + id + "/status").session(admin)
			.with(csrf())
			.param("actief", "false")
			.param("versie", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(logsIn(username, PASSWORD)).isFalse();
		mvc.perform(post("/beheer/accounts/" + id + "/status").session(admin)
			.with(csrf())
			.param("actief", "true")
			.param("versie", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		assertThat(logsIn(username, PASSWORD)).isTrue();

		// Opening, the change and both status changes: each one processing of the
		// account's data.
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where subject_type = 'account' and subject_id = ? and operation in ('CREATE', 'UPDATE')""")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void aTakenUsernameAShortPasswordAndAStaleVersionAreShownInThePagesLanguage() throws Exception {
		var admin = Logins.session(mvc, "beheerder");
		String dutch = Http
			.ok(mvc.perform(newAccount(admin, "coordinator", "Iemand", "CASE_MANAGER", "GM0197", PASSWORD)));
		assertThat(dutch).contains("Deze gebruikersnaam is al in gebruik").contains("value=\"Iemand\"");
		String english = Http.ok(mvc.perform(
				newAccount(admin, "nieuw.account", "Someone", "CASE_MANAGER", "GM0197", "kort").param("lang", "en")));
		assertThat(english).contains("at least 12 characters").doesNotContain("minstens 12 tekens");
		assertThat(jdbc.sql("select count(*) from access.account where username = 'nieuw.account'")
			.query(Long.class)
			.single()).isZero();

		UUID coordinator = idOf("coordinator");
		String stale = Http.ok(mvc.perform(post("/beheer/accounts/" + coordinator).session(admin)
			.with(csrf())
			.param("lang", "nl")
			.param("naam", "Marieke Jansen")
			.param("rol", "REGIONAL_COORDINATOR")
			.param("gemeente", "")
			.param("versie", String.valueOf(version(coordinator) + 5))));
		assertThat(stale).contains("Iemand anders heeft dit account intussen gewijzigd");
	}

	@Test
	void onlyAdministratorsManageAccountsAndNobodyLocksThemselvesOut() throws Exception {
		var coordinator = Logins.session(mvc, "coordinator");
		mvc.perform(get("/beheer/accounts/nieuw").session(coordinator)).andExpect(status().isForbidden());
		mvc.perform(newAccount(coordinator, "x.y.z", "X", "ADMINISTRATOR", "", PASSWORD))
			.andExpect(status().isForbidden());

		var admin = Logins.session(mvc, "beheerder");
		UUID self = idOf("beheerder");
		mvc.perform(post("/beheer/accounts/" + self + "/status").session(admin)
			.with(csrf())
			.param("actief", "false")
			.param("versie", String.valueOf(version(self)))).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select enabled from access.account where id = ?").param(self).query(Boolean.class).single())
			.isTrue();
		String own = Http.ok(mvc.perform(post("/beheer/accounts/" + self).session(admin)
			.with(csrf())
			.param("naam", "Beheer Achterhoek")
			.param("rol", "CASE_MANAGER")
			.param("gemeente", "GM0197")
			.param("versie", String.valueOf(version(self)))));
		assertThat(own).contains("Uw eigen rol");
		assertThat(jdbc.sql("select role from access.account where id = ?").param(self).query(String.class).single())
			.isEqualTo("ADMINISTRATOR");
	}

}
