package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ruleset of the NL API Design Rules can fail: a small document that breaks each of
 * its rules is refused with each rule's id.
 */
class ApiDesignRulesTests {

	@Test
	void refusesADocumentThatBreaksTheRules() throws Exception {
		Files.createDirectories(ApiDesignRulesIntegrationTests.OUTPUT);
		Path document = ApiDesignRulesIntegrationTests.OUTPUT.resolve("breaks-every-rule.yaml");
		Files.copy(Path.of("src/test/resources/api-design-rules/breaks-every-rule.yaml"), document,
				StandardCopyOption.REPLACE_EXISTING);

		List<Spectral.Finding> findings = Spectral.lint(document);

		assertThat(findings).as(Spectral.list(findings)).allMatch(Spectral.Finding::error);
		assertThat(findings.stream().map(Spectral.Finding::code).distinct()).as(Spectral.list(findings))
			.containsExactlyInAnyOrder("adr-semver", "adr-doc-openapi-contact", "adr-transport-tls", "adr-uri-version",
					"adr-no-trailing-slash", "path-keys-no-trailing-slash", "adr-path-segments-kebab-case",
					"adr-query-keys-camel-case", "adr-no-sensitive-uris", "adr-invalid-input", "adr-version-header",
					"adr-problem-details", "adr-problem-details-members", "adr-http-methods",
					"adr-date-omit-time-portion", "adr-date-time-timezone", "verbinder-security-schemes",
					"verbinder-global-security", "verbinder-public-on-purpose", "verbinder-paged-lists",
					"adr-publish-openapi", "adr-api-home");
		assertThat(findings).filteredOn(f -> f.code().equals("adr-version-header"))
			.singleElement()
			.extracting(Spectral.Finding::path)
			.isEqualTo("paths./Households/.get.responses.200");
	}

}
