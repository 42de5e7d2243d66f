package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document that the running application publishes, linted with the project's
 * ruleset of the NL API Design Rules ({@code src/build/api-design-rules.spectral.yaml}):
 * any error fails the build. The document and Spectral's report are left in
 * {@code target/api-design-rules/}.
 */
@VerbinderIntegrationTest
class ApiDesignRulesIntegrationTests {

	static final Path OUTPUT = Path.of("target/api-design-rules");

	@LocalServerPort
	int port;

	@Autowired
	OperationDescriptions descriptions;

	@Test
	void theApiFollowsTheNlApiDesignRules() throws Exception {
		HttpResponse<String> published = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(published.statusCode()).isEqualTo(200);
		Files.createDirectories(OUTPUT);
		Path document = OUTPUT.resolve("openapi.json");
		// Indented, so that a finding's line number leads somewhere.
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(document, json.writeValueAsString(json.readTree(published.body())), StandardCharsets.UTF_8);

		List<Spectral.Finding> findings = Spectral.lint(document);
		assertThat(descriptions.unused()).as("described in src/main/resources/openapi/ but not in the document")
			.isEmpty();

		List<Spectral.Finding> errors = findings.stream().filter(Spectral.Finding::error).toList();
		assertThat(errors)
			.as("The API breaks %d rules (of %s) in %s:%n%s", errors.size(), Spectral.RULESET, document,
					Spectral.list(errors))
			.isEmpty();
		List<Spectral.Finding> warnings = findings.stream().filter(f -> !f.error()).toList();
		assertThat(warnings)
			.as("Spectral (spectral:oas) warns %d times in %s:%n%s", warnings.size(), document, Spectral.list(warnings))
			.isEmpty();
	}

}
