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

	/** The pages a key person sees, and the keys they fill in at run time (enum labels, flash messages). */
	private static final List<String> KEY_PERSON_TEMPLATES = List.of("layout.html", "error.html", "access/login.html",
			"shell/home.html", "sleutelpersoon/own.html", "sleutelpersoon/advice-form.html");

	private static final List<String> KEY_PERSON_KEY_FAMILIES = List.of("lang.", "request.kind.", "request.status.",
			"advice.status.", "domein.", "error.", "own.", "advice.", "rule.request.", "rule.advice.");

	private static final List<String> KEY_PERSON_RUNTIME_KEYS = List.of("role.KEY_PERSON", "home.role-help.KEY_PERSON",
			"nav.home", "nav.own-requests", "request.invalid", "rule.invalid");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	/**
	 * Key persons may read their pages in their own language ({@link Languages#KEY_PERSONS_OWN}): each of
	 * those bundles covers every text of those pages, keeps every placeholder, and holds no key Dutch lacks.
	 */
	@Test
	void everyKeyPersonsOwnLanguageCoversTheirPages() throws IOException {
		Properties dutch = bundle("messages.properties");
		Set<String> needed = new TreeSet<>(KEY_PERSON_RUNTIME_KEYS);
		for (String template : KEY_PERSON_TEMPLATES) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(TEMPLATES.resolve(template)));
			while (m.find()) {
				needed.add(m.group(1));
			}
		}
		for (String key : dutch.stringPropertyNames()) {
			if (KEY_PERSON_KEY_FAMILIES.stream().anyMatch(key::startsWith)) {
				needed.add(key);
			}
		}
		assertThat(dutch.stringPropertyNames()).containsAll(needed);
		for (var language : Languages.KEY_PERSONS_OWN) {
			Properties own = bundle("messages_" + language.getLanguage() + ".properties");
			assertThat(own.stringPropertyNames()).as(language.getLanguage()).containsAll(needed);
			assertThat(dutch.stringPropertyNames()).as(language.getLanguage()).containsAll(own.stringPropertyNames());
			for (String key : own.stringPropertyNames()) {
				String text = own.getProperty(key);
				assertThat(text).as(language + " " + key).isNotBlank();
				assertThat(placeholders(text)).as(language + " " + key).isEqualTo(placeholders(dutch.getProperty(key)));
			}
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static final Path SOURCES = Path.of("src/main/java");

	/** A rule's message key as the code writes it: {@code new RuleViolation("rule.referral.reason-length", ...)}. */
	private static final Pattern RULE_KEY = Pattern.compile("\"(rule\\.[a-z0-9.-]+)\"");

	/**
	 * Every rule violation the code can raise has its text in Dutch and English (and, by the families above,
	 * in the key person's languages where it reaches their pages); a key the code builds at run time would
	 * escape this check, so the keys are written out whole.
	 */
	@Test
	void everyRuleViolationHasItsText() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> paths = Files.walk(SOURCES)) {
			for (Path source : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = RULE_KEY.matcher(Files.readString(source));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).as("rule keys in the code").hasSizeGreaterThan(150);
		assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
		assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
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
