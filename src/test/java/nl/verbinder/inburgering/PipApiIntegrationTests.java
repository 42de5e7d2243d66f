package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.ApiPages;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.hamcrest.Matchers;

@VerbinderIntegrationTest
@RecordApplicationEvents
class PipApiIntegrationTests {

	private static final RequestPostProcessor MONTFERLAND = Logins.basic("consulent.montferland");

	private static final String INHOUD = """
			{"leerroute":"%s","termijnStart":"2025-03-01",
			 "doelen":[{"domein":"TAAL_EN_COMMUNICATIE","omschrijving":"Zelf de huisarts bellen","streefdatum":"2025-09-01",
			            "stappen":["26 taallessen","oefenen met taalmaatje"]}],
			 "activiteiten":[{"aanbieder":"Taalschool Didam","omschrijving":"B1-cursus","start":"2025-03-10","urenPerWeek":12,
			                  "status":"LOOPT"}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private UUID newPerson(String voornaam, LocalDate permit) {
		return background
			.callAs("consulent.montferland",
					() -> inburgering.register(new GemeenteCode("GM1955"), "Kerkstraat 9", "6941 AB",
							LocalDate.of(2025, 2, 1),
							List.of(new Inburgering.NewMember(voornaam, "Haile", LocalDate.of(1990, 2, 2),
									Gezinsrol.INBURGERAAR, null, "ER", "ER", permit, null, null)),
							true))
			.members()
			.getFirst()
			.personId();
	}

	private ResultActions call(UUID person, String path, String body) throws Exception {
		return mvc.perform(post("/api/v1/personen/" + person + "/pip" + path).with(MONTFERLAND)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void draftsDiscussesEstablishesAndRevisesAPlanKeepingEveryVersion(@Autowired ApplicationEvents events)
			throws Exception {
		UUID person = newPerson("Helen", LocalDate.of(2024, 12, 1));
		call(person, "", INHOUD.formatted("B1")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.versies[0].status").value("CONCEPT"))
			.andExpect(jsonPath("$.versies[0].termijnEinde").value("2028-03-01"));
		call(person, "/vaststelling", "{\"versie\":0,\"datum\":\"2025-03-05\"}").andExpect(status().isBadRequest());
		call(person, "/bespreking",
				"{\"versie\":0,\"datum\":\"2025-03-04\",\"visieNieuwkomer\":\"Eerst taal, dan zorg\"}")
			.andExpect(status().isOk());
		call(person, "/vaststelling", "{\"versie\":1,\"datum\":\"2025-03-05\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.versies[0].status").value("VASTGESTELD"));
		assertThat(events.stream(PipEstablished.class)).singleElement()
			.satisfies(e -> assertThat(e.personId()).isEqualTo(person));

		call(person, "/herziening", "{\"versie\":2,\"inhoud\":" + INHOUD.formatted("Z") + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versies.length()").value(2))
			.andExpect(jsonPath("$.versies[1].leerroute").value("Z"));
		mvc.perform(get("/api/v1/personen/" + person + "/pip").with(MONTFERLAND))
			.andExpect(jsonPath("$.versies[0].leerroute").value("B1"))
			.andExpect(jsonPath("$.versies[0].visieNieuwkomer").value("Eerst taal, dan zorg"))
			// The published field names stay Dutch, whatever the record's accessors are
			// called.
			.andExpect(jsonPath("$.versies[0].besprokenOp").value("2025-03-04"))
			.andExpect(jsonPath("$.versies[0].vastgesteldOp").value("2025-03-05"))
			.andExpect(jsonPath("$.versie").value(3));
		// The caseload finds her household by the route of the plan in force (B1 until
		// the revision is established).
		String b1 = ApiPages.allAsText(mvc, "/api/v1/huishoudens?leerroute=B1&naam=helen", MONTFERLAND);
		assertThat(b1).contains("Helen Haile");
		String z = ApiPages.allAsText(mvc, "/api/v1/huishoudens?leerroute=Z&naam=helen", MONTFERLAND);
		assertThat(z).doesNotContain("Helen Haile");
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		UUID person = newPerson("Feven", LocalDate.of(2024, 12, 1));
		call(person, "", INHOUD.formatted("B1")).andExpect(status().isCreated());
		call(person, "/bespreking", "{\"versie\":0,\"datum\":\"2025-03-04\",\"visieNieuwkomer\":\"Goed\"}")
			.andExpect(status().isOk());
		// A colleague who still had version 0 open changes the draft: conflict.
		call(person, "/concept", "{\"versie\":0,\"inhoud\":" + INHOUD.formatted("Z") + "}")
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/personen/" + person + "/pip").with(MONTFERLAND))
			.andExpect(jsonPath("$.versies[0].leerroute").value("B1"))
			.andExpect(jsonPath("$.versies[0].status").value("BESPROKEN"));
	}

	@Test
	void refusesAPlanUnderThe2013ActAndRejectsBadInput() throws Exception {
		UUID old = newPerson("Saba", LocalDate.of(2021, 5, 1));
		call(old, "", INHOUD.formatted("B1")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("2021")));
		UUID person = newPerson("Winta", LocalDate.of(2024, 12, 1));
		call(person, "", INHOUD.formatted("C1")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("leerroute"));
		call(person, "", "{\"leerroute\":\"Z\",\"termijnStart\":\"2025-03-01\",\"duaalTraject\":\"3 dagen werk\"}")
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/personen/" + person + "/pip").with(MONTFERLAND)).andExpect(status().isNotFound());
	}

	@Test
	void theDatabaseRefusesToChangeAnEstablishedVersion() throws Exception {
		UUID person = newPerson("Rahel", LocalDate.of(2024, 12, 1));
		call(person, "", INHOUD.formatted("B1")).andExpect(status().isCreated());
		call(person, "/bespreking", "{\"versie\":0,\"datum\":\"2025-03-04\",\"visieNieuwkomer\":\"Goed\"}");
		call(person, "/vaststelling", "{\"versie\":1,\"datum\":\"2025-03-05\"}").andExpect(status().isOk());
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
			jdbc.sql("select set_config('verbinder.gemeenten', 'GM1955', true)").query().singleValue();
			jdbc.sql("update inburgering.pip_version set leerroute = 'Z' where status = 'VASTGESTELD'").update();
		})).hasStackTraceContaining("never changed");
	}

}
