package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.shared.GemeenteCode;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@VerbinderIntegrationTest
class ProfileApiIntegrationTests {

	private static final RequestPostProcessor DOETINCHEM = Logins.basic("consulent.doetinchem");

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	private static final String DENTIST = "http://data.europa.eu/esco/occupation/e52b5707-7097-4dbc-ac61-054e917da241";

	private static final String PROFILE = """
			{"versie":%d,
			 "talen":[{"taal":"ar","niveau":"NATIVE"},{"taal":"nl","niveau":"A2"}],
			 "opleidingen":[{"niveau":"MASTER","richting":"Tandheelkunde","land":"SY","totJaar":2010,"diploma":true}],
			 "werkervaring":[{"functie":"Tandarts in eigen praktijk","escoUri":"%s","land":"SY","vanJaar":2010,"totJaar":2021}],
			 "talenten":"%s","wensen":"Weer in de mondzorg werken"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	BackgroundWork background;

	@Autowired
	Inburgering inburgering;

	@Autowired
	JdbcClient jdbc;

	private UUID newPerson(String voornaam) {
		return background
			.callAs("consulent.doetinchem", () -> inburgering.register(new GemeenteCode("GM0222"), "Grutstraat 3",
					"7001 AB", LocalDate.of(2025, 1, 10),
					List.of(new Inburgering.NewMember(voornaam, "Khalil", LocalDate.of(1984, 6, 1),
							Gezinsrol.INBURGERAAR, null, "SY", "SY", LocalDate.of(2024, 11, 1), null, null)),
					true))
			.members()
			.getFirst()
			.personId();
	}

	private ResultActions save(UUID person, String body) throws Exception {
		return mvc.perform(post("/api/v1/personen/" + person + "/profiel").with(DOETINCHEM)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** As {@link #save}, asking for problem details in English. */
	private ResultActions saveInEnglish(UUID person, String body) throws Exception {
		return mvc.perform(post("/api/v1/personen/" + person + "/profiel").with(DOETINCHEM)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void recordsAndRevisesAProfileWithOccupationsFromEsco() throws Exception {
		UUID person = newPerson("Rania");
		mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(DOETINCHEM))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versie").value(0))
			.andExpect(jsonPath("$.talen").isEmpty())
			.andExpect(jsonPath("$.hoogsteOpleiding").value("NONE"));
		save(person, PROFILE.formatted(0, DENTIST, "Geduldig met kinderen")).andExpect(status().isOk())
			.andExpect(jsonPath("$.versie").value(1))
			.andExpect(jsonPath("$.werkervaring[0].iscoCode").value("2261"))
			.andExpect(jsonPath("$.werkervaring[0].beroep").value("tandarts"))
			.andExpect(jsonPath("$.nederlands").value("A2"))
			.andExpect(jsonPath("$.hoogsteOpleiding").value("MASTER"));
		save(person, PROFILE.formatted(1, DENTIST, "Tekent graag")).andExpect(status().isOk())
			.andExpect(jsonPath("$.versie").value(2));
		mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(DOETINCHEM))
			.andExpect(jsonPath("$.talenten").value("Tekent graag"))
			.andExpect(jsonPath("$.talen[0].taal").value("ar"));

		List<String> operations = jdbc.sql("""
				select operation from access.processing_log where subject_id = ? and activity = 'inburgering.regie'
				order by seq""").param(person.toString()).query(String.class).list();
		assertThat(operations).containsSubsequence("CREATE", "READ", "CREATE", "UPDATE", "READ");
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		UUID person = newPerson("Samir");
		save(person, PROFILE.formatted(0, DENTIST, "Eerste")).andExpect(status().isOk());
		save(person, PROFILE.formatted(0, DENTIST, "Tweede")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(DOETINCHEM))
			.andExpect(jsonPath("$.talenten").value("Eerste"))
			.andExpect(jsonPath("$.versie").value(1));
	}

	@Test
	void refusesUnknownCodesImpossibleYearsAndMalformedInput() throws Exception {
		UUID person = newPerson("Nour");
		saveInEnglish(person, PROFILE.formatted(0, "http://data.europa.eu/esco/occupation/does-not-exist", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Unknown ESCO occupation")));
		saveInEnglish(person, PROFILE.formatted(0, DENTIST, "").replace("\"ar\"", "\"xx\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Unknown language")));
		save(person, PROFILE.formatted(0, DENTIST, "").replace("\"A2\"", "\"Z9\"")).andExpect(status().isBadRequest());
		saveInEnglish(person, PROFILE.formatted(0, DENTIST, "").replace("\"totJaar\":2010", "\"totJaar\":1970"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("outside the person's life")));
		save(person, PROFILE.formatted(0, DENTIST, "x".repeat(4001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[0].name").value("talenten"));
		save(person, "{\"versie\":0,\"talen\":[").andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(DOETINCHEM))
			.andExpect(jsonPath("$.versie").value(0));
	}

	@Test
	void anotherMunicipalitysCaseManagerFindsNoSuchPerson() throws Exception {
		UUID person = newPerson("Yara");
		mvc.perform(get("/api/v1/personen/" + person + "/profiel").with(AALTEN)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/personen/" + person + "/profiel").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PROFILE.formatted(0, DENTIST, ""))).andExpect(status().isNotFound());
	}

}
