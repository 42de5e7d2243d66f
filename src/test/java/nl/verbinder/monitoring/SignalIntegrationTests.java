package nl.verbinder.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.ApiPages;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import java.util.NoSuchElementException;

@VerbinderIntegrationTest
class SignalIntegrationTests {

	private static final String OOST_GELRE = "consulent.oost-gelre";

	private static final RequestPostProcessor OOST_GELRE_LOGIN = httpBasic(OOST_GELRE, Logins.DEMO_PASSWORD);

	private static final RequestPostProcessor WINTERSWIJK_LOGIN = httpBasic("consulent.winterswijk",
			Logins.DEMO_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Signals signals;

	@Autowired
	NightlySignalRun nightly;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signalsADemoHouseholdWithoutRecentContactOnlyToItsOwnMunicipalityAndClosesItAfterAContact() throws Exception {
		nightly.nightly();
		nightly.nightly();
		assertThat(jdbc
			.sql("select count(*) from monitoring.signal_run where trigger = 'NIGHTLY' and run_on = current_date")
			.query(Integer.class)
			.single()).as("the nightly run is claimed once a day").isEqualTo(1);
		assertThat(jdbc.sql("""
				select distinct actor_role || '|' || actor_gemeente from access.processing_record
				where actor = 'verbinder.signalering'""").query(String.class).list())
			.as("the run reads as Verbinder itself, per municipality, and in no case manager's name")
			.contains("SYSTEM|GM1586", "SYSTEM|GM0222")
			.allMatch(s -> s.startsWith("SYSTEM|GM"));

		// Idempotent: a second run raises nothing new.
		assertThat(background.callAs(OOST_GELRE, signals::run).raised()).isZero();
		List<SignalView> open = background.callAs(OOST_GELRE, signals::open);
		SignalView signal = open.stream()
			.filter(s -> s.kind() == SignalKind.NO_CONTACT)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo household in Oost Gelre without recent contact"));
		assertThat(signal.gemeente()).isEqualTo("GM1586");
		assertThat(signal.memberNames()).isNotEmpty();
		assertThat(open).filteredOn(s -> s.household().equals(signal.household()) && s.kind() == SignalKind.NO_CONTACT)
			.hasSize(1);
		String household = signal.household().toString();

		var oostGelre = Logins.session(mvc, OOST_GELRE);
		var winterswijk = Logins.session(mvc, "consulent.winterswijk");
		String page = Http.ok(mvc.perform(get("/signaleringen").session(oostGelre)));
		assertThat(page).contains("data-household=\"" + household + "\"")
			.contains(signal.memberNames().getFirst())
			.contains("Lang geen contact")
			.doesNotContain("NO_CONTACT")
			.doesNotContain(">GM1586<");
		assertThat(ApiPages.allAsText(mvc, "/api/v1/signalen", OOST_GELRE_LOGIN)).contains(household);

		// A page of the API reads, and so logs, only the members of its own households.
		long beforePage = jdbc.sql("select coalesce(max(seq), 0) from access.processing_record")
			.query(Long.class)
			.single();
		String firstPage = Http.ok(mvc.perform(get("/api/v1/signalen?pageSize=1").with(OOST_GELRE_LOGIN)));
		assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(firstPage, "$.pagina.totaalAantal")).isGreaterThan(1);
		int named = com.jayway.jsonpath.JsonPath.<List<?>>read(firstPage, "$._embedded.signalen[0].namen").size();
		assertThat(jdbc.sql("""
				select count(distinct subject_id) from access.processing_record
				where actor = ? and subject_type = 'person' and seq > ?""")
			.params(OOST_GELRE, beforePage)
			.query(Integer.class)
			.single()).isEqualTo(named);

		// Another municipality's case manager sees neither the page's row nor the API's.
		assertThat(Http.ok(mvc.perform(get("/signaleringen").session(winterswijk)))).doesNotContain(household);
		assertThat(ApiPages.allAsText(mvc, "/api/v1/signalen", WINTERSWIJK_LOGIN)).doesNotContain(household);
		assertThatThrownBy(() -> background.callAs("consulent.winterswijk", () -> {
			signals.acknowledge(signal.id(), "Niet van ons");
			return null;
		})).isInstanceOf(NoSuchElementException.class);

		// The case manager acknowledges it with a note; an empty note is refused with a
		// readable message.
		assertThat(mvc
			.perform(post("/signaleringen/" + signal.id() + "/bevestiging").session(oostGelre)
				.with(csrf())
				.param("notitie", "  "))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("stepError")).isNotNull();
		mvc.perform(post("/signaleringen/" + signal.id() + "/bevestiging").session(oostGelre)
			.with(csrf())
			.param("notitie", "Huisbezoek gepland met tolk")).andExpect(status().is3xxRedirection());

		// A contact moment today ends the condition: its reaction or the next run closes
		// the signal, keeping its note.
		mvc.perform(post("/api/v1/huishoudens/" + household + "/contactmomenten").with(OOST_GELRE_LOGIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"datum":"%s","kanaal":"TELEFOON","vertolking":"GEEN","aanwezigen":[],
					 "samenvatting":"Gebeld; het gaat goed","afspraken":[]}""".formatted(LocalDate.now())))
			.andExpect(status().isCreated());
		background.callAs(OOST_GELRE, signals::run);
		assertThat(background.callAs(OOST_GELRE, signals::open)).noneMatch(s -> s.id().equals(signal.id()));
		SignalView closed = background.callAs(OOST_GELRE, () -> signals.ofHousehold(signal.household()))
			.stream()
			.filter(s -> s.id().equals(signal.id()))
			.findFirst()
			.orElseThrow();
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.acknowledgedAt()).isNotNull();
		assertThat(closed.note()).isEqualTo("Huisbezoek gepland met tolk");
	}

}
