package nl.verbinder.reference;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.LocaleDisplayNames.DialectHandling;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of languages, countries and levels in the reader's language, for pages and for
 * text that is shared with others: pages show names, never codes. Dutch and English names
 * come from the reference data (curated, e.g. "Dari" for {@code fa-AF}); other languages
 * get CLDR's names through ICU, so a key person reading Arabic sees "التغرينية" for
 * {@code ti}. Templates use it as {@code @names}.
 */
@Component("names")
public class Names {

	private final ReferenceData reference;

	private final MessageSource messages;

	private final Map<Locale, LocaleDisplayNames> displayNames = new ConcurrentHashMap<>();

	Names(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	/** The name of a language in the reader's language. */
	public String language(TaalCode code, Locale reader) {
		Taal taal = reference.taal(code).orElse(null);
		String language = reader.getLanguage();
		if (taal != null && "nl".equals(language)) {
			return taal.nameNl();
		}
		if (taal != null && "en".equals(language)) {
			return taal.nameEn();
		}
		String cldr = displayNames(reader).localeDisplayName(ULocale.forLanguageTag(code.value()));
		boolean known = cldr != null && !cldr.isBlank() && !cldr.equalsIgnoreCase(code.value())
				&& !cldr.equalsIgnoreCase(code.value().replace('-', '_'));
		return known ? cldr : taal != null ? taal.nameEn() : code.value();
	}

	/**
	 * The name of a language given by its code as text; the text itself if it is no
	 * language code.
	 */
	public String language(@Nullable String code, Locale reader) {
		if (code == null || code.isBlank()) {
			return "";
		}
		try {
			return language(new TaalCode(code), reader);
		}
		catch (IllegalArgumentException notACode) {
			return code;
		}
	}

	/** Several languages by name, in the order given. */
	public String languages(@Nullable Collection<?> codes, Locale reader) {
		if (codes == null) {
			return "";
		}
		return codes.stream()
			.map(c -> c instanceof TaalCode t ? language(t, reader) : language(String.valueOf(c), reader))
			.collect(Collectors.joining(", "));
	}

	/**
	 * The short name of a country (ISO 3166-1 alpha-2), also used for a community of
	 * origin.
	 */
	public String country(@Nullable String alpha2, Locale reader) {
		if (alpha2 == null || alpha2.isBlank()) {
			return "";
		}
		Land land = reference.land(alpha2).orElse(null);
		String language = reader.getLanguage();
		if (land != null && ("nl".equals(language) || "en".equals(language) || land.names().containsKey(language))) {
			return land.name(reader);
		}
		String cldr = displayNames(reader).regionDisplayName(alpha2);
		return cldr != null && !cldr.isBlank() && !cldr.equals(alpha2) ? cldr
				: land != null ? land.name(reader) : alpha2;
	}

	/** A language level by name: "B1: zelfstandig", "Moedertaal". */
	public String level(LanguageLevel level, Locale reader) {
		return messages.getMessage("taalniveau." + level.name(), null, level.name(), reader);
	}

	/** A language with how well someone speaks it: "Arabisch (moedertaal)". */
	public String languageWithLevel(TaalCode code, LanguageLevel level, Locale reader) {
		return messages.getMessage("language.with-level", new Object[] { language(code, reader), level(level, reader) },
				reader);
	}

	/**
	 * The label of an enum value from the bundles, under {@code prefix} (e.g.
	 * {@code opleidingsniveau.}).
	 */
	public String label(String prefix, Enum<?> value, Locale reader) {
		return messages.getMessage(prefix + value.name(), null, value.name(), reader);
	}

	private LocaleDisplayNames displayNames(Locale reader) {
		return displayNames.computeIfAbsent(reader,
				l -> LocaleDisplayNames.getInstance(ULocale.forLocale(l), DialectHandling.DIALECT_NAMES));
	}

}
