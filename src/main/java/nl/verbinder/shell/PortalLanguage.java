package nl.verbinder.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages the newcomer's portal speaks, each with its name in its own script (how
 * the language chooser shows it) and whether it is written right to left. The portal
 * bundle is complete in every one of them ({@code I18nTests}). Dari and Kurmanji have no
 * two-letter code, so their tags are ISO 639-3: {@code prs}, {@code kmr}.
 */
public enum PortalLanguage {

	NL("nl", "Nederlands"), EN("en", "English"), AR("ar", "العربية"), TI("ti", "ትግርኛ"), FA("fa", "فارسی"),
	PRS("prs", "دری"), PS("ps", "پښتو"), SO("so", "Soomaali"), UK("uk", "Українська"), TR("tr", "Türkçe"),
	KMR("kmr", "Kurmancî"), RU("ru", "Русский");

	private final String tag;

	private final String endonym;

	PortalLanguage(String tag, String endonym) {
		this.tag = tag;
		this.endonym = endonym;
	}

	public String tag() {
		return tag;
	}

	/** The language's name in itself, in its own script. */
	public String endonym() {
		return endonym;
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	/**
	 * {@code rtl} for Arabic, Persian, Dari and Pashto; null (left to right) for the
	 * others.
	 */
	public @Nullable String direction() {
		return Languages.direction(locale());
	}

	public static Optional<PortalLanguage> of(@Nullable String tag) {
		return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
	}

}
