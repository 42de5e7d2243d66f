package nl.verbinder.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.Logins;
import nl.verbinder.VerbinderIntegrationTest;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@VerbinderIntegrationTest
class ApiConventionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void describesTheApiInOpenApi3() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.0.")))
			.andExpect(jsonPath("$.servers[0].url").value("/api/v1"))
			.andExpect(jsonPath("$.info.version").value(ApiConventions.API_VERSION))
			.andExpect(jsonPath("$.paths", hasKey("/huishoudens")))
			.andExpect(jsonPath("$.paths", hasKey("/huishoudens/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/verwerkingen/integriteit")))
			.andExpect(jsonPath("$.paths['/'].get.security").isEmpty())
			.andExpect(jsonPath("$.paths['/openapi.json'].get.security").isEmpty())
			.andExpect(jsonPath("$.paths['/openapi.json'].get.responses.200.headers",
					hasKey("access-control-allow-origin")));
		mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andExpect(forwardedUrl("/v3/api-docs"));
	}

	/**
	 * The API's home needs no credentials, names the version and leads to the
	 * description.
	 */
	@Test
	void theHomeIsPublicAndLeadsToTheDescription() throws Exception {
		for (String path : List.of("/api/v1", "/api/v1/")) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("API-Version", ApiConventions.API_VERSION))
				.andExpect(jsonPath("$.versie").value(ApiConventions.API_VERSION))
				.andExpect(jsonPath("$._links.openapi.href").value("/api/v1/openapi.json"));
		}
		mvc.perform(get("/api/v1/huishoudens")).andExpect(status().isUnauthorized());
	}

	/**
	 * Every operation of the document, at the server URL plus its path, reaches the
	 * controller method that springdoc described it from (the paths are relative to
	 * {@code /api/v1}).
	 */
	@Test
	void everyDocumentedPathReachesItsController() throws Exception {
		JsonNode document = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(UTF_8));
		String server = document.at("/servers/0/url").asString();
		List<String> unreached = new ArrayList<>();
		int operations = 0;
		for (var path : document.get("paths").properties()) {
			for (var method : path.getValue().properties()) {
				operations++;
				var request = new MockHttpServletRequest(method.getKey().toUpperCase(Locale.ROOT),
						server + path.getKey().replaceAll("\\{[^}]+}", "x1"));
				method.getValue()
					.path("requestBody")
					.path("content")
					.propertyNames()
					.stream()
					.findFirst()
					.ifPresent(request::setContentType);
				ServletRequestPathUtils.parseAndCache(request);
				HandlerExecutionChain chain = handlers.getHandler(request);
				if (chain == null || !(chain.getHandler() instanceof HandlerMethod)) {
					unreached.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
				}
			}
		}
		assertThat(operations).isGreaterThan(100);
		assertThat(unreached).as("documented, but no controller answers at %s + path", server).isEmpty();
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

	@Test
	void letsAnyOriginReadTheOpenApiDocumentAndNothingElse() throws Exception {
		for (String path : List.of("/api/v1/openapi.json", "/v3/api-docs")) {
			mvc.perform(get(path).header(HttpHeaders.ORIGIN, "https://docs.example.org"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
			mvc.perform(options(path).header(HttpHeaders.ORIGIN, "https://docs.example.org")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/referentie/gemeenten").with(Logins.basic("beleid"))
			.header(HttpHeaders.ORIGIN, "https://docs.example.org"))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
	}

	/**
	 * 401, 403, 404 and 400 as the API really sends them: problem+json in UTF-8 with
	 * status, title and detail, the API-Version header and the security headers, and each
	 * status one that the OpenAPI document gives for the operation.
	 */
	@Test
	void answersRefusalsAsTheDocumentDescribesThem() throws Exception {
		JsonNode document = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(UTF_8));
		String household = "/huishoudens/" + UUID.randomUUID();
		refused(document, "GET", "/huishoudens", "/api/v1/huishoudens", null, 401);
		refused(document, "GET", "/huishoudens", "/api/v1/huishoudens", "beleid", 403);
		refused(document, "GET", "/huishoudens/{id}", "/api/v1" + household, "consulent.aalten", 404);
		HttpResponse<String> invalid = refused(document, "GET", "/referentie/afstanden/{van}/{naar}",
				"/api/v1/referentie/afstanden/Zo%C3%AB/GM0294", "beleid", 400);
		assertThat(invalid.body()).contains("Zoë");
	}

	private HttpResponse<String> refused(JsonNode document, String method, String path, String uri,
			@Nullable String username, int status) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (username != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + Logins.DEMO_PASSWORD).getBytes(UTF_8)));
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
		String where = method + " " + uri + " as " + username;
		assertThat(response.statusCode()).as(where).isEqualTo(status);
		assertThat(document.path("paths")
			.path(path)
			.path(method.toLowerCase(Locale.ROOT))
			.path("responses")
			.has(Integer.toString(status))).as("the document gives %d for %s %s", status, method, path).isTrue();
		assertThat(response.headers().firstValue("API-Version")).as(where).contains(ApiConventions.API_VERSION);
		String type = response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElseThrow();
		assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(type)
			.isTrue();
		assertThat(MediaType.parseMediaType(type).getCharset()).as(type).isIn(null, UTF_8);
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("status").asInt()).as(where).isEqualTo(status);
		assertThat(problem.path("title").asString()).as(where).isNotBlank();
		assertThat(problem.path("detail").asString()).as(where).isNotBlank();
		// /core/transport/security-headers
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(where).contains("DENY");
		assertThat(response.headers().firstValue(HttpHeaders.CACHE_CONTROL)).as(where)
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		return response;
	}

	/** A refusal's detail comes from the bundles, in the language the caller asks for. */
	@Test
	void refusalsSpeakTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/huishoudens").header(HttpHeaders.ACCEPT_LANGUAGE, "nl"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Voor dit adres moet u zich aanmelden."));
		mvc.perform(get("/api/v1/huishoudens").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Authentication is required for this resource."));
		mvc.perform(get("/api/v1/accounts")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("consulent.doetinchem", Logins.DEMO_PASSWORD))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "nl"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Uw rol staat dit verzoek niet toe."));
	}

}
