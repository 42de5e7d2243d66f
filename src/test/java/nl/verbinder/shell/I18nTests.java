package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
import nl.verbinder.access.Operation;
import nl.verbinder.access.Role;
import nl.verbinder.inburgering.Gezinsrol;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the message bundles: every bundle has the same keys,
 * every key a template uses exists, and templates hold no text that is shown as it is.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

	/**
	 * The column keys of a table head from the fragments, {@code table-head(${ {'a.b'}
	 * })}, and of a table from them, {@code tableColumns=${ {'a.b'} }}.
	 */
	private static final Pattern TABLE_HEAD = Pattern.compile("(?:table-head\\(|tableColumns=)\\$\\{ \\{([^}]*)} }");

	/**
	 * The message keys a template names: in message expressions and as the columns of a
	 * table head.
	 */
	private static List<String> keysIn(String template) {
		List<String> keys = new ArrayList<>();
		Matcher m = MESSAGE_KEY.matcher(template);
		while (m.find()) {
			keys.add(m.group(1));
		}
		Matcher head = TABLE_HEAD.matcher(template);
		while (head.find()) {
			for (String column : head.group(1).split(",")) {
				keys.add(column.strip().replace("'", ""));
			}
		}
		return keys;
	}

	/**
	 * Text between tags, unless the element's content is replaced (th:text and friends).
	 */
	private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>([^<]*\\p{L}[^<]*)</\\1>");

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> paths = Files.walk(TEMPLATES)) {
			return paths.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	/**
	 * A properties file silently keeps the last of two equal keys, so a second feature
	 * taking a key another one uses changes the other's page. Every bundle under
	 * {@code src/main/resources} (staff and portal) holds each key once.
	 */
	@Test
	void noBundleHoldsAKeyTwice() throws IOException {
		Path resources = Path.of("src/main/resources");
		List<Path> bundles;
		try (Stream<Path> files = Files.walk(resources)) {
			bundles = files.filter(f -> f.getFileName().toString().matches("messages.*\\.properties"))
				.sorted()
				.toList();
		}
		assertThat(bundles).as("the staff and portal bundles").hasSizeGreaterThan(12);
		List<String> twice = new ArrayList<>();
		for (Path file : bundles) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				keysHeldTwice(in).forEach(key -> twice.add(resources.relativize(file) + ": " + key));
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void aKeyHeldTwiceIsFoundHoweverItIsWritten() throws IOException {
		assertThat(keysHeldTwice(new StringReader("""
				a.b=een
				c.d=twee \\
				  a.b=nog steeds twee
				  a.b : drie
				e.f vier
				! e.f=commentaar
				e.f=vijf
				"""))).containsExactly("a.b", "e.f");
	}

	/**
	 * The keys {@code bundle} defines more than once, read as {@link Properties#load}
	 * reads them: a key ends at {@code =}, {@code :} or a space, a value goes on over
	 * lines ending in a backslash.
	 */
	private static List<String> keysHeldTwice(Reader bundle) throws IOException {
		List<String> twice = new ArrayList<>();
		new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				Object before = super.put(key, value);
				if (before != null) {
					twice.add(key.toString());
				}
				return before;
			}

		}.load(bundle);
		return twice;
	}

	@Test
	void everyLanguageHasTheSameKeys() throws IOException {
		Set<String> dutch = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
		assertThat(english).containsExactlyInAnyOrderElementsOf(dutch);
		bundle("messages_en.properties").forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
	}

	/**
	 * The pages a key person sees, and the keys they fill in at run time (enum labels,
	 * flash messages).
	 */
	private static final List<String> KEY_PERSON_TEMPLATES = List.of("layout.html", "error.html", "access/login.html",
			"shell/home.html", "sleutelpersoon/own.html", "sleutelpersoon/advice-form.html");

	private static final List<String> KEY_PERSON_KEY_FAMILIES = List.of("lang.", "request.kind.", "request.status.",
			"advice.status.", "domein.", "error.", "own.", "advice.", "rule.request.", "rule.advice.");

	private static final List<String> KEY_PERSON_RUNTIME_KEYS = List.of("role.KEY_PERSON", "home.role-help.KEY_PERSON",
			"nav.home", "nav.own-requests", "request.invalid", "rule.invalid");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	/**
	 * Key persons may read their pages in their own language
	 * ({@link Languages#KEY_PERSONS_OWN}): each of those bundles covers every text of
	 * those pages, keeps every placeholder, and holds no key Dutch lacks.
	 */
	@Test
	void everyKeyPersonsOwnLanguageCoversTheirPages() throws IOException {
		Properties dutch = bundle("messages.properties");
		Set<String> needed = new TreeSet<>(KEY_PERSON_RUNTIME_KEYS);
		for (String template : KEY_PERSON_TEMPLATES) {
			needed.addAll(keysIn(Files.readString(TEMPLATES.resolve(template))));
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

	/**
	 * The newcomer's own pages; the case manager's invitation pages in the same folder
	 * are staff pages.
	 */
	private static final List<String> STAFF_TEMPLATES_IN_PORTAL = List.of("invitations.html", "letter.html",
			"inbox.html", "thread.html", "rating-summaries.html");

	/**
	 * The portal speaks twelve languages ({@link PortalLanguage}): its bundle has every
	 * key in each of them, with the same placeholders and no text left blank; every text
	 * of the newcomer's pages and of the invitation letter comes from it; none of its
	 * keys is also in the staff bundles (whose Dutch would be found first for a language
	 * they lack); and every translation that is neither Dutch nor English says in its
	 * header that it is a draft awaiting review by a native speaker.
	 */
	@Test
	void everyPortalKeyIsInEveryPortalLanguage() throws IOException {
		Properties dutch = bundle("portal/messages.properties");
		assertThat(dutch.stringPropertyNames()).hasSizeGreaterThan(100);
		for (PortalLanguage language : PortalLanguage.values()) {
			if (language == PortalLanguage.NL) {
				continue;
			}
			String name = "portal/messages_" + language.tag() + ".properties";
			assertThat(Path.of("src/main/resources", name)).as(name).exists();
			Properties own = bundle(name);
			assertThat(own.stringPropertyNames()).as(name)
				.containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
			for (String key : own.stringPropertyNames()) {
				assertThat(own.getProperty(key)).as(name + " " + key).isNotBlank();
				assertThat(placeholders(own.getProperty(key))).as(name + " " + key)
					.isEqualTo(placeholders(dutch.getProperty(key)));
			}
			if (language != PortalLanguage.EN) {
				assertThat(Files.readString(Path.of("src/main/resources", name)).lines().limit(5))
					.as(name + " marked as a draft")
					.anyMatch(line -> line.startsWith("#") && line.contains("DRAFT TRANSLATION")
							&& line.contains("review by a native speaker"));
			}
		}
		Set<String> staff = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		staff.retainAll(dutch.stringPropertyNames());
		assertThat(staff).as("portal keys also in the staff bundle").isEmpty();
		List<String> notInPortalBundle = new ArrayList<>();
		try (Stream<Path> paths = Files.list(TEMPLATES.resolve("portal"))) {
			for (Path template : paths.filter(p -> !STAFF_TEMPLATES_IN_PORTAL.contains(p.getFileName().toString()))
				.toList()) {
				Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
				while (m.find()) {
					if (!dutch.containsKey(m.group(1))) {
						notInPortalBundle.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(notInPortalBundle).isEmpty();
		String letter = Files.readString(Path.of("src/main/java/nl/verbinder/portal/InvitationPages.java"));
		Matcher m = Pattern.compile("\"(portal\\.letter\\.[a-z.-]+)\"").matcher(letter);
		int letterKeys = 0;
		while (m.find()) {
			assertThat(dutch.stringPropertyNames()).contains(m.group(1));
			letterKeys++;
		}
		assertThat(letterKeys).isGreaterThan(5);
	}

	private static final Path SOURCES = Path.of("src/main/java");

	/**
	 * A rule's message key as the code writes it:
	 * {@code new RuleViolation("rule.referral.reason-length", ...)}.
	 */
	private static final Pattern RULE_KEY = Pattern.compile("\"(rule\\.[a-z0-9.-]+)\"");

	/**
	 * Every rule violation the code can raise has its text in Dutch and English (and, by
	 * the families above, in the key person's languages where it reaches their pages); a
	 * key the code builds at run time would escape this check, so the keys are written
	 * out whole.
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
		// The portal's rules (rule.activation.*) are in the portal bundle, in all its
		// languages (test below).
		Set<String> dutch = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		dutch.addAll(bundle("portal/messages.properties").stringPropertyNames());
		Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
		english.addAll(bundle("portal/messages_en.properties").stringPropertyNames());
		assertThat(dutch).containsAll(used);
		assertThat(english).containsAll(used);
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
		keys.addAll(bundle("portal/messages.properties").stringPropertyNames());
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			for (String key : keysIn(Files.readString(template))) {
				if (!keys.contains(key)) {
					missing.add(template.getFileName() + ": " + key);
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
		for (var role : Role.values()) {
			assertThat(keys).contains("role." + role.name(), "home.role-help." + role.name());
		}
		for (var operation : Operation.values()) {
			assertThat(keys).contains("operation." + operation.name());
		}
		for (var rol : Gezinsrol.values()) {
			assertThat(keys).contains("gezinsrol." + rol.name());
		}
	}

}
