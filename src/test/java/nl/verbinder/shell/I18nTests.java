package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the message bundles: every bundle has the same keys, every key a
 * template uses exists, and templates hold no text that is shown as it is.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

	/** Text between tags, unless the element's content is replaced (th:text and friends). */
	private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>([^<]*\\p{L}[^<]*)</\\1>");

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> paths = Files.walk(TEMPLATES)) {
			return paths.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		Set<String> dutch = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
		assertThat(english).containsExactlyInAnyOrderElementsOf(dutch);
		bundle("messages_en.properties").forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = TEXT_NODE.matcher(Files.readString(template));
			while (m.find()) {
				String attributes = m.group(2);
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:errors") || attributes.contains("th:replace");
				if (!replaced) {
					hardCoded.add(template.getFileName() + ": " + m.group(3).strip());
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	@Test
	void everyRoleOperationAndFamilyRoleHasALabel() throws IOException {
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		for (var role : nl.verbinder.access.Role.values()) {
			assertThat(keys).contains("role." + role.name(), "home.role-help." + role.name());
		}
		for (var operation : nl.verbinder.access.Operation.values()) {
			assertThat(keys).contains("operation." + operation.name());
		}
		for (var rol : nl.verbinder.inburgering.Gezinsrol.values()) {
			assertThat(keys).contains("gezinsrol." + rol.name());
		}
	}
}
