package nl.verbinder.inburgering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Http;
import nl.verbinder.Logins;
import nl.verbinder.PageForms;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import org.hamcrest.Matchers;

@VerbinderIntegrationTest
class HouseholdApiIntegrationTests {

	private static final RequestPostProcessor AALTEN = Logins.basic("consulent.aalten");

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private String register(String voornaam) throws Exception {
		return mvc
			.perform(post("/api/v1/huishoudens").with(AALTEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"gemeente":"GM0197","adres":"Markt 3","postcode":"7121 ab","aankomstdatum":"2026-10-01",
								 "leden":[{"voornaam":"%s","achternaam":"Habte","geboortedatum":"1991-04-04","gezinsrol":"INBURGERAAR"}]}"""
							.formatted(voornaam)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.postcode").value("7121 AB"))
			.andExpect(jsonPath("$.versie").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void registersAndReadsBackAHousehold() throws Exception {
		String id = json.readTree(register("Rahel")).get("id").asString();
		mvc.perform(get("/api/v1/huishoudens/" + id).with(AALTEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leden[0].voornaam").value("Rahel"))
			.andExpect(jsonPath("$.gemeente").value("GM0197"));
	}

	@Test
	void namesEveryInvalidFieldAsProblemJson() throws Exception {
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"gemeente":"Aalten","adres":"","postcode":"12","aankomstdatum":"2026-10-01",
							 "leden":[{"voornaam":"","achternaam":"Habte","geboortedatum":"2999-01-01","gezinsrol":"INBURGERAAR"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.invalidParams[*].name").value(Matchers.containsInAnyOrder("gemeente", "adres",
					"postcode", "leden[0].voornaam", "leden[0].geboortedatum")));
	}

	@Test
	void rejectsAWrongBsnAndAnUnknownCountryAndChangesNothing() throws Exception {
		String before = mvc.perform(get("/api/v1/huishoudens?naam=Tesfamariam").with(AALTEN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"gemeente":"GM0197","adres":"Markt 5","postcode":"7121AB","aankomstdatum":"2026-10-01",
							 "leden":[{"voornaam":"Saba","achternaam":"Tesfamariam","geboortedatum":"1991-04-04","gezinsrol":"INBURGERAAR",
							           "bsn":"123456789","vNummer":"12"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalidParams[*].name")
				.value(Matchers.containsInAnyOrder("leden[0].bsn", "leden[0].vNummer")));
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"gemeente":"GM0197","adres":"Markt 5","postcode":"7121AB","aankomstdatum":"2026-10-01",
							 "leden":[{"voornaam":"Saba","achternaam":"Tesfamariam","geboortedatum":"1991-04-04","gezinsrol":"INBURGERAAR",
							           "nationaliteit":"QQ"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("QQ")));
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"gemeente":"GM0197","adres":"Markt 5","postcode":"7121AB","aankomstdatum":"2026-10-01",
							 "leden":[{"voornaam":"Saba","achternaam":"Tesfamariam","geboortedatum":"1991-04-04","gezinsrol":"INBURGERAAR",
							           "verblijfsvergunning":"1990-01-01"}]}"""))
			.andExpect(status().isBadRequest());
		assertThat(mvc.perform(get("/api/v1/huishoudens?naam=Tesfamariam").with(AALTEN))
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo(before);
	}

	@Test
	void warnsAboutAProbableDuplicateAndRefusesASecondBsn() throws Exception {
		String person = """
				{"gemeente":"GM0197","adres":"Markt 7","postcode":"7121AB","aankomstdatum":"2026-10-01","bevestigNieuwePersonen":%s,
				 "leden":[{"voornaam":"%s","achternaam":"Ghebremedhin","geboortedatum":"1988-08-08","gezinsrol":"INBURGERAAR",
				           "bsn":"%s","nationaliteit":"ER","verblijfsvergunning":"2023-05-01"}]}""";
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted(false, "Filmon", "111222333")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.leden[0].regime").value("WI2021"));
		// Same person, spelled differently, no BSN: a warning with the candidate.
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted(false, "Filimon", "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.possibleDuplicates[0].naam").value("Filmon Ghebremedhin"));
		// Confirmed to be someone else: registered.
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted(true, "Filimon", ""))).andExpect(status().isCreated());
		// Found back by BSN and by date of birth.
		mvc.perform(get("/api/v1/huishoudens?naam=111222333").with(AALTEN))
			.andExpect(jsonPath("$._embedded.huishoudens[*].namen[*]").value(Matchers.hasItem("Filmon Ghebremedhin")));
		mvc.perform(get("/api/v1/huishoudens?naam=08-08-1988").with(AALTEN))
			.andExpect(jsonPath("$._embedded.huishoudens.length()").value(2));
		// The same BSN again is never someone else.
		mvc.perform(post("/api/v1/huishoudens").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(person.formatted(true, "Yonas", "111222333")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("******333")));
	}

	@Test
	void rejectsMalformedJsonAsProblemJson() throws Exception {
		mvc.perform(
				post("/api/v1/huishoudens").with(AALTEN).contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void turnsAConcurrentEditIntoAConflictInsteadOfALostUpdate() throws Exception {
		String id = json.readTree(register("Mebrat")).get("id").asString();
		String member = """
				{"versie":0,"lid":{"voornaam":"%s","achternaam":"Habte","geboortedatum":"2020-01-01","gezinsrol":"KIND"}}""";
		mvc.perform(post("/api/v1/huishoudens/" + id + "/leden").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(member.formatted("Saba"))).andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(1));
		// A second user who also read version 0 tries to add a member: conflict, nothing
		// lost.
		mvc.perform(post("/api/v1/huishoudens/" + id + "/leden").with(AALTEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(member.formatted("Winta")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String after = mvc.perform(get("/api/v1/huishoudens/" + id).with(AALTEN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("Saba").doesNotContain("Winta");
	}

	@Test
	void keepsWhatWasTypedWhenTheFormComesBackWithErrors() throws Exception {
		var session = Logins.session(mvc, "consulent.aalten");
		String page = Http.ok(mvc.perform(PageForms.registration(session, "GM0197", "Prinsenstraat 4", "nope",
				"2026-10-01", "Hiwet", "", "1990-01-01")));
		assertThat(page).contains("Prinsenstraat 4")
			.contains("Hiwet")
			.contains("value=\"nope\"")
			.contains("data-testid=\"form-errors\"");
	}

}
