package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.VerbinderIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One language for the API's property names, as docs/GLOSSARY.md says: every property of
 * every schema in the generated OpenAPI document is lowerCamelCase and uses none of the
 * English words the glossary lists; every property named a date ({@code ...datum},
 * {@code ...Date}) is a {@code format: date}.
 */
@VerbinderIntegrationTest
class ApiNamingIntegrationTests {

	/** HAL's keys and link relations, which are English by their standard. */
	private static final Set<String> HAL = Set.of("_links", "_embedded", "self", "first", "prev", "next", "last",
			"href");

	/**
	 * The placement optimiser's instance and result: the file format of
	 * docs/placement-instance-format.md, not yet renamed (the glossary says why).
	 */
	private static final Set<String> PLACEMENT_FORMAT = Set.of("Kandidaat", "Lid", "Context", "Taakstelling", "Weights",
			"PlacementResult", "Assignment", "Unplaced", "GemeenteTotal", "Exchange", "Alternative", "Breakdown",
			"Explanation");

	/**
	 * The problem details of RFC 9457 with the rules' {@code invalidParams}, whose member
	 * names those standards give.
	 */
	private static final Set<String> PROBLEM_DETAILS = Set.of("InvalidParam", "ProblemDetail", "Problem");

	private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

	@Autowired
	MockMvc mvc;

	private JsonNode document;

	@BeforeEach
	void readTheDocument() throws Exception {
		document = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	@Test
	void everyPropertyNameIsLowerCamelCaseAndDutch() throws Exception {
		Set<String> english = englishWords();
		assertThat(english).as("the glossary's list of English words").hasSizeGreaterThan(30);
		List<String> wrong = new ArrayList<>();
		properties((schema, name, property) -> {
			String root = schema.split("\\.")[0];
			if (HAL.contains(name) || PLACEMENT_FORMAT.contains(root) || PROBLEM_DETAILS.contains(root)) {
				return;
			}
			if (!LOWER_CAMEL_CASE.matcher(name).matches()) {
				wrong.add(schema + "." + name + ": not lowerCamelCase");
				return;
			}
			for (String word : name.split("(?=[A-Z])")) {
				if (english.contains(word.toLowerCase(Locale.ROOT))) {
					wrong.add(schema + "." + name + ": the English word '" + word.toLowerCase(Locale.ROOT) + "'");
				}
			}
		});
		assertThat(wrong).as("property names against docs/GLOSSARY.md").isEmpty();
	}

	@Test
	void everyDatePropertyIsADate() {
		List<String> wrong = new ArrayList<>();
		properties((schema, name, property) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if ((lower.endsWith("datum") || name.endsWith("Date"))
					&& !("string".equals(property.path("type").asString(""))
							&& "date".equals(property.path("format").asString("")))) {
				wrong.add(schema + "." + name);
			}
		});
		assertThat(wrong).as("date properties that are not format: date").isEmpty();
	}

	interface PropertyVisitor {

		void visit(String schema, String name, JsonNode property);

	}

	private void properties(PropertyVisitor visitor) {
		document.get("components").get("schemas").properties().forEach(e -> walk(e.getKey(), e.getValue(), visitor));
	}

	private static void walk(String schema, JsonNode node, PropertyVisitor visitor) {
		JsonNode properties = node.get("properties");
		if (properties != null) {
			properties.properties().forEach(p -> {
				visitor.visit(schema, p.getKey(), p.getValue());
				walk(schema + "." + p.getKey(), p.getValue(), visitor);
			});
		}
		for (String nested : List.of("items", "additionalProperties")) {
			if (node.has(nested) && node.get(nested).isObject()) {
				walk(schema, node.get(nested), visitor);
			}
		}
		for (String combined : List.of("allOf", "oneOf", "anyOf")) {
			if (node.has(combined)) {
				node.get(combined).forEach(part -> walk(schema, part, visitor));
			}
		}
	}

	/** The backticked words of the glossary's paragraph of English words. */
	private static Set<String> englishWords() throws Exception {
		String glossary = Files.readString(Path.of("docs/GLOSSARY.md"));
		int start = glossary.indexOf("English words not used in the API's property names");
		assertThat(start).as("the glossary's list of English words").isNotNegative();
		int end = glossary.indexOf("\n\n", start);
		String paragraph = glossary.substring(start, end < 0 ? glossary.length() : end);
		Set<String> words = new TreeSet<>();
		Matcher m = Pattern.compile("`([a-z]+)`").matcher(paragraph);
		while (m.find()) {
			words.add(m.group(1));
		}
		return words;
	}

}
