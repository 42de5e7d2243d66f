package nl.verbinder.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.Caseload;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.sql.Timestamp;

/**
 * "Who read my file": after the case manager views the demo newcomer's household, the
 * newcomer sees a read by the role "case manager" of the municipality of Doetinchem with
 * the purpose in words, never the case manager's name; another newcomer never sees it;
 * the newcomer's own visits are listed apart; looking is itself logged.
 */
@VerbinderIntegrationTest
class WhoReadMyFileIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Caseload caseload;

	private JsonNode overview(String newcomer) throws Exception {
		String body = Http.ok(mvc.perform(get("/api/v1/portaal/inzage").with(httpBasic(newcomer, Logins.DEMO_PASSWORD))
			.locale(Locale.forLanguageTag("nl"))));
		return JSON.readTree(body);
	}

	/** The entries of others (not the newcomer's own visits) since {@code since}. */
	private static List<JsonNode> othersSince(JsonNode overview, Instant since) {
		List<JsonNode> entries = new ArrayList<>();
		for (JsonNode month : overview.get("maanden")) {
			for (JsonNode entry : month.get("verwerkingen")) {
				if (!Instant.parse(entry.get("tijdstip").asString()).isBefore(since)) {
					entries.add(entry);
				}
			}
		}
		return entries;
	}

	private UUID householdOf(String newcomer) {
		return jdbc.sql(
				"select household_id from portal.newcomer n join access.account a on a.id = n.account_id where a.username = ?")
			.param(newcomer)
			.query(UUID.class)
			.single();
	}

	@Test
	void theNewcomerSeesTheCaseManagersReadByRoleAndMunicipalityAndAnotherNewcomerNever() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
		int tesfayBefore = othersSince(overview("tesfay"), Instant.EPOCH).size();

		mvc.perform(get("/huishoudens/" + householdOf("amina")).session(Logins.session(mvc, "consulent.doetinchem")))
			.andExpect(status().isOk());

		JsonNode amina = overview("amina");
		List<JsonNode> reads = othersSince(amina, start).stream()
			.filter(e -> e.get("rol").asString().equals("Consulent"))
			.toList();
		assertThat(reads).isNotEmpty();
		assertThat(reads).anySatisfy(e -> {
			assertThat(e.get("organisatie").asString()).isEqualTo("Gemeente Doetinchem");
			assertThat(e.get("handeling").asString()).isEqualTo("Bekeken");
			assertThat(e.get("doel").asString()).isEqualTo("Uw inburgering begeleiden");
			assertThat(e.get("over").toString()).contains("Amina");
		});
		String caseManagerName = jdbc
			.sql("select display_name from access.account where username = 'consulent.doetinchem'")
			.query(String.class)
			.single();
		assertThat(amina.toString()).doesNotContain(caseManagerName, "consulent.doetinchem", "inburgering.regie");

		JsonNode tesfay = overview("tesfay");
		assertThat(othersSince(tesfay, Instant.EPOCH)).hasSize(tesfayBefore);
		assertThat(tesfay.toString()).doesNotContain("Amina", "Omar", "Lina");
	}

	@Test
	void theNewcomersOwnVisitsAreListedApartAndLookingIsLogged() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
		mvc.perform(get("/api/v1/portaal/mij").with(httpBasic("amina", Logins.DEMO_PASSWORD)))
			.andExpect(status().isOk());

		JsonNode amina = overview("amina");
		assertThat(othersSince(amina, start))
			.noneMatch(e -> e.get("doel").asString().equals("Uw eigen gegevens bekijken"));
		List<JsonNode> own = new ArrayList<>();
		amina.get("eigenBezoeken").forEach(own::add);
		assertThat(own).anySatisfy(e -> {
			assertThat(Instant.parse(e.get("tijdstip").asString())).isAfterOrEqualTo(start);
			assertThat(e.get("doel").asString()).isEqualTo("Uw eigen gegevens bekijken");
		});

		long logged = jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'portal.inzage' and actor = 'amina' and operation = 'READ' and occurred_at >= ?""")
			.param(Timestamp.from(start))
			.query(Long.class)
			.single();
		var result = mvc.perform(formLogin("/portaal/inloggen").user("amina").password(Logins.DEMO_PASSWORD))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		String page = Http.ok(mvc.perform(get("/portaal/inzage").session(session).locale(Locale.forLanguageTag("nl"))));
		assertThat(page).contains("Wie keek in mijn dossier", "Uw eigen bezoeken",
				"data-testid=\"who-read-own-visit\"");
		long afterPage = jdbc.sql("""
				select count(*) from access.processing_record
				where activity = 'portal.inzage' and actor = 'amina' and operation = 'READ' and occurred_at >= ?""")
			.param(Timestamp.from(start))
			.query(Long.class)
			.single();
		assertThat(afterPage).isGreaterThan(logged);
	}

	/**
	 * The nightly signal run reads every household of a municipality: the newcomer sees
	 * it as Verbinder itself, once a month with how often, and the processing log names
	 * the run, never a case manager who was asleep at the time.
	 */
	@Test
	void verbindersOwnNightlyWorkIsOneEntryAMonthNamedAsItself() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
		for (int i = 0; i < 2; i++) {
			background.callAsSystem("verbinder.signalering", GemeenteCode.of("GM0222"), caseload::facts);
		}

		JsonNode amina = overview("amina");
		List<JsonNode> system = othersSince(amina, Instant.EPOCH).stream()
			.filter(e -> e.get("rol").asString().equals("Verbinder zelf (automatische controle)"))
			.toList();
		assertThat(system).isNotEmpty();
		assertThat(system.stream()
			.map(e -> e.get("tijdstip").asString().substring(0, 7) + e.get("handeling") + e.get("doel"))
			.distinct()).as("one entry a month per kind of processing").hasSize(system.size());
		assertThat(system).anySatisfy(e -> {
			assertThat(Instant.parse(e.get("tijdstip").asString())).isAfterOrEqualTo(start);
			assertThat(e.get("organisatie").asString()).isEqualTo("Gemeente Doetinchem");
			assertThat(e.get("wanneer").asString()).matches("\\d+ keer, het laatst op .+");
			assertThat(Integer.parseInt(e.get("wanneer").asString().split(" ")[0])).isGreaterThanOrEqualTo(2);
			assertThat(e.get("over").toString()).contains("Amina");
		});
		assertThat(othersSince(amina, start)).noneMatch(e -> e.get("rol").asString().equals("Consulent"));
		assertThat(jdbc.sql("""
				select distinct actor || '|' || actor_role || '|' || actor_gemeente from access.processing_record
				where occurred_at >= ? and actor = 'verbinder.signalering'""")
			.param(Timestamp.from(start))
			.query(String.class)
			.list()).containsExactly("verbinder.signalering|SYSTEM|GM0222");
	}

	@Test
	void staffHaveNoWhoReadMyFile() throws Exception {
		mvc.perform(get("/api/v1/portaal/inzage").with(httpBasic("consulent.doetinchem", Logins.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

}
