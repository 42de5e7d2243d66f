package nl.verbinder.shell;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@VerbinderIntegrationTest
class ApiConventionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheApiInOpenApi3() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/huishoudens")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/huishoudens/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/verwerkingen/integriteit")));
		mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andExpect(forwardedUrl("/v3/api-docs"));
	}

	@Test
	void answersWithTheApiVersionHeader() throws Exception {
		mvc.perform(get("/api/v1/referentie/afstanden/GM0197/GM0294").with(Logins.basic("beleid")))
			.andExpect(status().isOk())
			.andExpect(header().string("API-Version", ApiConventions.API_VERSION))
			.andExpect(jsonPath("$.km").isNumber());
	}

	@Test
	void reportsBadReferenceInputAsProblemJson() throws Exception {
		mvc.perform(get("/api/v1/referentie/afstanden/Aalten/GM0294").with(Logins.basic("beleid")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Aalten")));
		mvc.perform(get("/api/v1/referentie/beroepen?zoek=tandarts").with(Logins.basic("beleid")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$._embedded.beroepen[0].escoCode").value("2261.1"));
	}

}
