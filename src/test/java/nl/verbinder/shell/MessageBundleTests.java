package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every entry of every bundle renders as pages render it, with sample arguments of the
 * kind each placeholder asks for: no format error, no placeholder left unfilled, no
 * doubled apostrophe. One convention for all texts: ICU MessageFormat, apostrophes
 * written once, counts with plural rules.
 */
class MessageBundleTests {

	/** The staff and key-person bundles, and the portal's in every portal language. */
	private static final List<String> BUNDLES = Stream
		.concat(Stream.of("messages.properties", "messages_en.properties", "messages_ar.properties",
				"messages_fa.properties", "messages_ti.properties"),
				Arrays.stream(PortalLanguage.values())
					.map(l -> l == PortalLanguage.NL ? "portal/messages.properties"
							: "portal/messages_" + l.tag() + ".properties"))
		.toList();

	private static final Pattern UNFILLED = Pattern.compile("\\{\\s*\\d");

	private final IcuMessageSource messages = new IcuMessageSource("messages,portal/messages");

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private static Locale localeOf(String bundle) {
		int underscore = bundle.indexOf('_');
		return underscore < 0 || !bundle.substring(underscore).contains(".") ? Languages.DUTCH
				: Locale.forLanguageTag(bundle.substring(underscore + 1, bundle.indexOf('.')));
	}

	@Test
	void everyEntryOfEveryBundleRendersWithSampleArguments() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (String name : BUNDLES) {
			Locale locale = localeOf(name);
			Properties bundle = bundle(name);
			for (String key : bundle.stringPropertyNames()) {
				String source = bundle.getProperty(key);
				String where = name + " " + key + ": ";
				if (source.contains("''")) {
					wrong.add(where + "write an apostrophe once: " + source);
				}
				try {
					String rendered = messages.getMessage(key, sampleArguments(source), locale);
					if (rendered.contains("''")) {
						wrong.add(where + "doubled apostrophe in " + rendered);
					}
					if (UNFILLED.matcher(rendered).find()) {
						wrong.add(where + "placeholder left in " + rendered);
					}
				}
				catch (RuntimeException e) {
					wrong.add(where + e.getMessage());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A sample for each numbered argument: a number where the pattern counts or formats
	 * one anywhere, a date where it formats a date, else a word.
	 */
	private static Object[] sampleArguments(String source) {
		MessagePattern pattern = new MessagePattern(source);
		Object[] args = new Object[10];
		for (int i = 0; i < args.length; i++) {
			args[i] = "Amanuel";
		}
		for (int i = 0; i < pattern.countParts(); i++) {
			MessagePattern.Part part = pattern.getPart(i);
			MessagePattern.Part argument = i + 1 < pattern.countParts() ? pattern.getPart(i + 1) : null;
			if (part.getType() != MessagePattern.Part.Type.ARG_START || argument == null
					|| argument.getType() != MessagePattern.Part.Type.ARG_NUMBER) {
				continue;
			}
			int index = argument.getValue();
			switch (part.getArgType()) {
				case NONE -> {
				}
				case SIMPLE ->
					args[index] = pattern.getSubstring(pattern.getPart(i + 2)).matches("date|time") ? new Date() : 3;
				default -> args[index] = 3;
			}
		}
		return args;
	}

	@Test
	void anApostropheShowsOnceWithOrWithoutArguments() {
		assertThat(messages.getMessage("home.role-help.PLACEMENT_PLANNER", null, Languages.DUTCH)).contains("azc's")
			.doesNotContain("''");
		assertThat(messages.getMessage("about.attribution.cbs", new Object[0], Languages.DUTCH))
			.contains("arbeidsmarktregio's");
		assertThat(messages.getMessage("placement.published", new Object[] { 4 }, Locale.ENGLISH)).contains("region's");
	}

	@Test
	void countsFollowTheLanguagesPluralRules() {
		assertThat(messages.getMessage("intake.history.caption", new Object[] { 1 }, Languages.DUTCH))
			.contains("1 intake,");
		assertThat(messages.getMessage("intake.history.caption", new Object[] { 4 }, Languages.DUTCH))
			.contains("4 intakes,");
		assertThat(messages.getMessage("intake.history.caption", new Object[] { 1 }, Locale.ENGLISH))
			.contains("1 intake,");
		assertThat(messages.getMessage("placement.unplaced", new Object[] { 1 }, Locale.ENGLISH))
			.startsWith("1 household cannot");
		assertThat(messages.getMessage("placement.unplaced", new Object[] { 2 }, Locale.ENGLISH))
			.startsWith("2 households cannot");
	}

	/** Arabic counts have six forms; a key person reads minutes in them. */
	@Test
	void arabicCountsHaveTheirOwnForms() {
		Locale arabic = Locale.forLanguageTag("ar");
		String one = messages.getMessage("own.card.where.municipality", new Object[] { "Aalten", 1 }, arabic);
		String two = messages.getMessage("own.card.where.municipality", new Object[] { "Aalten", 2 }, arabic);
		String few = messages.getMessage("own.card.where.municipality", new Object[] { "Aalten", 3 }, arabic);
		String many = messages.getMessage("own.card.where.municipality", new Object[] { "Aalten", 11 }, arabic);
		assertThat(one).contains("دقيقة واحدة");
		assertThat(two).contains("دقيقتين");
		assertThat(few).contains("دقائق");
		assertThat(many).contains("دقيقة").doesNotContain("دقائق");
		assertThat(List.of(one, two, few, many)).doesNotHaveDuplicates();
	}

	/**
	 * In right-to-left text a date after Arabic letters fell apart ("2026-12-07" shown
	 * for 07-12-2026): arguments are isolates there, so the date keeps its order whatever
	 * surrounds it.
	 */
	@Test
	void datesKeepTheirOrderInRightToLeftText() {
		for (String language : List.of("ar", "fa")) {
			Locale locale = Locale.forLanguageTag(language);
			String text = messages.getMessage("own.card.heading",
					new Object[] { "زيارة منزلية", "07-12-2026", "مقبول" }, locale);
			assertThat(new Bidi(text, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS))
				.as(language)
				.contains("07-12-2026");
		}
		assertThat(messages.getMessage("own.card.heading", new Object[] { "Huisbezoek", "07-12-2026", "Aangeboden" },
				Languages.DUTCH))
			.isEqualTo("Huisbezoek vanaf 07-12-2026 – Aangeboden");
	}

}
