package nl.verbinder.access;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.verbinder.Http.postJson;
import static nl.verbinder.Http.read;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.RegionQueries;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.Appointments;
import nl.verbinder.appointment.Place;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.portal.Invitations;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A household whose file the retention run destroys leaves nothing in any module: the
 * other modules react to {@code HouseholdFileDestroyed} and destroy what they keep about
 * the household and its members (walked from the catalogue: every table with a person or
 * household), each destruction logged and recorded; its newcomer can no longer log in.
 * The key person's work for it stays, about nobody.
 */
@VerbinderIntegrationTest
@EnableScenarios
class HouseholdDestructionIntegrationTests {

	private static final String CASE_MANAGER = "consulent.berkelland";

	private static final String PASSWORD = "een lange zin om te onthouden";

	@Autowired
	RetentionRun retention;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	Invitations invitations;

	@Autowired
	Appointments appointments;

	@Autowired
	Destructions destructions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void aDestroyedHouseholdLeavesNoRowsInAnyModuleAndItsNewcomerCannotLogIn(Scenario scenario) throws Exception {
		LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(60);
		HouseholdView household = household("Vernietigd", day.minusYears(5).minusDays(1));
		UUID id = household.id().value();
		UUID person = household.members().getFirst().personId();
		List<UUID> persons = household.members().stream().map(m -> m.personId()).toList();

		var issued = background.callAs(CASE_MANAGER, () -> invitations.invite(household.id(), person, "nl"));
		String username = invitations.activate(issued.code(), PASSWORD, PASSWORD, "10.8.1.1");
		Instant start = ZonedDateTime.of(day.minusDays(50), LocalTime.of(10, 0), DutchTime.ZONE).toInstant();
		background.callAs(CASE_MANAGER,
				() -> appointments.plan(household.id(),
						new Appointment.Plan(person, Appointment.Kind.GESPREK, start, 45,
								new Place.AtAddress("Gemeentehuis", "Markt 1", "7271 AA", "Eibergen"), List.of(), false,
								false)));
		inBerkelland(() -> {
			jdbc.sql("""
					insert into appointment.reminder_address (person_id, gemeente, email, language, given_at)
					values (?, 'GM1859', 'vernietigd@example.org', 'nl', now())""").param(person).update();
			jdbc.sql("""
					insert into monitoring.signal (id, household_id, gemeente, kind, since, raised_at)
					values (?, ?, 'GM1859', 'NO_CONTACT', current_date, now())""")
				.params(UUID.randomUUID(), id)
				.update();
		});
		String request = doneKeyPersonRequest(id);
		assertThat(rowsAbout(id, persons)).as("the file is kept across modules").isGreaterThan(5);
		mvc.perform(get("/api/v1/persoonsgegevens/" + person).with(Logins.basic("beheerder")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.onderdelen[*].module",
					Matchers.hasItems("inburgering", "portal", "appointment", "monitoring", "sleutelpersoon",
							"access")))
			.andExpect(jsonPath("$.onderdelen[?(@.module == 'sleutelpersoon')].tables.verzoek[0].contact_voornaam")
				.value("Vernietigd"))
			.andExpect(jsonPath("$.onderdelen[?(@.module == 'portal')].tables.newcomer[0].person_id")
				.value(person.toString()));

		scenario.stimulate(() -> retention.runOn(day).orElseThrow())
			.andWaitForStateChange(() -> rowsAbout(id, persons), rows -> rows == 0)
			.andVerify(rows -> assertThat(rows).isZero());

		assertThat(jdbc.sql("select count(*) from access.account where username = ?")
			.param(username)
			.query(Long.class)
			.single()).as("the newcomer's account is closed").isZero();
		var login = mvc.perform(formLogin("/portaal/inloggen").user(username).password(PASSWORD)).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).doesNotEndWith("/portaal/welkom");
		assertThat(jdbc.sql("""
				select count(*) from access.processing_log
				where activity = 'access.vernietiging' and operation = 'DELETE' and subject_type = 'household'
				  and subject_id = ?""").param(id.toString()).query(Long.class).single())
			.as("the inburgering file, the portal's, the appointments' and the signals' destruction, each logged")
			.isGreaterThanOrEqualTo(4);
		List<String> what = background.callAs("beheerder", () -> destructions.latest(1000))
			.stream()
			.filter(r -> r.runOn().equals(day))
			.findFirst()
			.orElseThrow()
			.records()
			.stream()
			.map(Destructions.Record::what)
			.toList();
		assertThat(what).contains("inburgering.household-file", "portal.household-data", "appointment.household-data",
				"monitoring.household-data", "sleutelpersoon.household-data");

		// The key person's work stays (date, minutes, kilometres, status); what named or
		// described the household went.
		Map<String, Object> kept = inRegion(() -> jdbc.sql("""
				select household_id, contact_voornaam, doel, verslag, minuten_besteed, km_gereisd, afgerond_op, status,
				       vernietigd
				from sleutelpersoon.verzoek where id = ?""").param(UUID.fromString(request)).query().singleRow());
		assertThat(kept.get("household_id")).isNull();
		assertThat(kept.get("contact_voornaam")).isNull();
		assertThat(kept.get("doel")).isEqualTo("");
		assertThat(kept.get("verslag")).isEqualTo("");
		assertThat(kept.get("minuten_besteed")).isEqualTo(70);
		assertThat(kept.get("km_gereisd")).isEqualTo(12);
		assertThat(kept.get("afgerond_op")).isNotNull();
		assertThat(kept.get("status")).isEqualTo("AFGEROND");
		assertThat(kept.get("vernietigd")).isEqualTo(true);
		// ... and loads, through the module's own repository, as a done request.
		JsonNode loaded = null;
		for (JsonNode r : ApiPages.all(mvc, "/api/v1/verzoeken", Logins.basic(CASE_MANAGER))) {
			if (r.get("id").asString().equals(request)) {
				loaded = r;
			}
		}
		assertThat(loaded).as("the request loads").isNotNull();
		assertThat(loaded.get("status").asString()).isEqualTo("AFGEROND");
		assertThat(loaded.get("vernietigd").asBoolean()).isTrue();
		assertThat(loaded.get("doel").asString()).isEmpty();
		assertThat(loaded.path("huishoudenId").isMissingNode() || loaded.get("huishoudenId").isNull()).isTrue();
		assertThat(loaded.toString()).doesNotContain("Vernietigd");
	}

	/**
	 * A key person of their own for Berkelland, asked for the household by its case
	 * manager and offered it by the coordinator, who records on their behalf the work
	 * done (70 minutes, 12 km) with a report that names and describes the contact.
	 * Answers the request's id.
	 */
	private String doneKeyPersonRequest(UUID household) throws Exception {
		LocalDate today = LocalDate.now();
		var coordinator = Logins.basic("coordinator");
		String keyPerson = read(mvc
			.perform(postJson("/api/v1/sleutelpersonen",
					"""
							{"voornaam":"Selam","achternaam":"Vernietiging%s","talen":[{"taal":"ti","niveau":"NATIVE"},
							 {"taal":"nl","niveau":"B1"}],"rollen":["VERTALER"],"domeinen":["GEZONDHEID_EN_ZORG"],
							 "woonplaats":"GM1859","werkgebied":["GM1859"],"maxReisafstandKm":25,"urenPerWeek":8,
							 "vorm":"VRIJWILLIGER","vogDatum":"%s","trainingen":["Basistraining sleutelpersoon",
							 "Privacy en geheimhouding"],"start":"%s"}"""
						.formatted(Long.toString(System.nanoTime(), 36), today.minusMonths(6), today.minusYears(1)))
				.with(coordinator))
			.andExpect(status().isCreated())).get("id").asString();
		String request = read(mvc
			.perform(postJson("/api/v1/verzoeken",
					"""
							{"soort":"HUISBEZOEK","talen":["ti"],"rol":"VERTALER","domein":"GEZONDHEID_EN_ZORG","gemeente":"GM1859",
							 "wijk":"Centrum","van":"%s","tot":"%s","minuten":60,"urgentie":"NORMAAL","huishoudenId":"%s",
							 "doel":"Vernietigd wil weten hoe de huisarts werkt"}"""
						.formatted(today.minusDays(3), today.plusDays(1), household))
				.with(Logins.basic(CASE_MANAGER)))
			.andExpect(status().isCreated())).get("id").asString();
		mvc.perform(postJson("/api/v1/verzoeken/" + request + "/aanbod",
				"{\"sleutelpersoon\":\"" + keyPerson + "\",\"versie\":0}")
			.with(coordinator)).andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/verzoeken/" + request + "/antwoord", "{\"versie\":1,\"geaccepteerd\":true}")
			.with(coordinator)).andExpect(status().isOk());
		mvc.perform(postJson("/api/v1/verzoeken/" + request + "/antwoord", """
				{"versie":2,"geaccepteerd":true,"verslag":{"versie":2,"datum":"%s","minuten":70,"km":12,
				 "tekst":"Met Vernietigd naar de huisarts; hij heeft last van zijn rug"}}""".formatted(today))
			.with(coordinator)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AFGEROND"));
		return request;
	}

	private <T> T inRegion(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM1859', true)").query(String.class).single();
			return work.get();
		});
	}

	/**
	 * The rows about the household or its persons in every table of every module with a
	 * person or household column, walked from the catalogue.
	 */
	private long rowsAbout(UUID household, List<UUID> persons) {
		List<String> tables = List.copyOf(PersonalDataCatalogueIntegrationTests.tablesWithAPersonOrHousehold(jdbc));
		long rows = 0;
		UUID[] p = persons.toArray(UUID[]::new);
		for (String table : tables) {
			String[] name = table.split("\\.");
			List<String> columns = jdbc.sql("""
					select column_name from information_schema.columns
					where table_schema = ? and table_name = ? and column_name in ('person_id', 'household_id')""")
				.params(name[0], name[1])
				.query(String.class)
				.list();
			if (columns.contains("household_id")) {
				rows += RegionQueries.count(jdbc, transactions,
						"select count(*) from " + table + " where household_id = ?", household);
			}
			if (columns.contains("person_id")) {
				rows += RegionQueries.count(jdbc, transactions,
						"select count(*) from " + table + " where person_id = any (?)", (Object) p);
			}
		}
		return rows + RegionQueries.count(jdbc, transactions, "select count(*) from inburgering.household where id = ?",
				household);
	}

	private void inBerkelland(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM1859', true)").query(String.class).single();
			work.run();
		});
	}

	/**
	 * A household in Berkelland whose one member's plan was established, the end of its
	 * term then set to {@code termEnd} (as {@link RetentionIntegrationTests} makes one).
	 */
	private HouseholdView household(String voornaam, LocalDate termEnd) throws Exception {
		LocalDate termStart = LocalDate.now().minusMonths(1);
		HouseholdView household = background
			.callAs(CASE_MANAGER,
					() -> inburgering.register(new GemeenteCode("GM1859"), "Bewaarstraat 2", "7271 AB",
							termStart.minusDays(10),
							List.of(new Inburgering.NewMember(voornaam, "Vernietiging", LocalDate.of(1986, 6, 6),
									Gezinsrol.INBURGERAAR, null, "SY", "SY", termStart.minusMonths(2), null, null)),
							true));
		UUID person = household.members().getFirst().personId();
		pip(person, "", """
				{"leerroute":"B1","termijnStart":"%s","doelen":[{"domein":"WERK","omschrijving":"Werk vinden",
				 "streefdatum":"%s","stappen":[]}],"activiteiten":[]}""".formatted(termStart, termStart.plusYears(1)));
		pip(person, "/bespreking", "{\"versie\":0,\"datum\":\"%s\",\"visieNieuwkomer\":\"Goed\"}".formatted(termStart));
		pip(person, "/vaststelling", "{\"versie\":1,\"datum\":\"%s\"}".formatted(termStart));
		inBerkelland(() -> jdbc.sql("update inburgering.pip set termijn_einde = ? where household_id = ?")
			.params(termEnd, household.id().value())
			.update());
		return household;
	}

	private void pip(UUID person, String path, String body) throws Exception {
		mvc.perform(post("/api/v1/personen/" + person + "/pip" + path).with(Logins.basic(CASE_MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is2xxSuccessful());
	}

}
