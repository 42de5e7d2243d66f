package nl.verbinder.shell;

import nl.verbinder.shared.DutchTime;
import java.text.Format;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The message bundles, formatted with ICU's {@link MessageFormat} every time, with or
 * without arguments. So there is one convention for every text: an apostrophe is written
 * once ({@code komma's}), counts use ICU plural rules ({@code {0, plural, one {# intake}
 * other {# intakes}}}, with the six forms Arabic needs), and a literal brace is quoted
 * ({@code '{'}). Spring's own source formats with {@code java.text.MessageFormat} only
 * when arguments are given, which made {@code ''} show on pages without arguments and a
 * single apostrophe disappear on pages with them.
 */
@Component("messageSource") // the name the application context looks for; Spring Boot
							// then backs off
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	IcuMessageSource(@Value("${spring.messages.basename:messages}") String basename) {
		setBasenames(StringUtils.commaDelimitedListToStringArray(basename.replace(" ", "")));
		setDefaultEncoding(StandardCharsets.UTF_8.name());
		setFallbackToSystemLocale(false);
	}

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code == null) {
			return null;
		}
		Locale reader = locale == null ? Locale.getDefault() : locale;
		String pattern = resolveCodeWithoutArguments(code, reader);
		if (pattern == null) {
			return super.getMessageInternal(code, args, locale);
		}
		MessageFormat format = formats.computeIfAbsent(reader, l -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, p -> inDutchTime(new MessageFormat(p, ULocale.forLocale(reader))));
		Object[] resolved = args == null ? new Object[0] : resolveArguments(args, reader);
		return format(format, rightToLeft(reader) ? isolated(resolved) : resolved);
	}

	private static boolean rightToLeft(Locale locale) {
		return ULocale.forLocale(locale).isRightToLeft();
	}

	/**
	 * In right-to-left text each argument that is text (a date, a name, a place) becomes
	 * a Unicode isolate (FSI … PDI), so that a date after Arabic letters keeps its order
	 * ("07-12-2026", not "2026-12-07") and a Latin name does not pull the punctuation
	 * around it. Numbers stay numbers, for the plural rules.
	 */
	private static Object[] isolated(Object[] args) {
		Object[] isolated = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			Object arg = args[i];
			isolated[i] = arg == null || arg instanceof Number || arg instanceof Date ? arg
					: FIRST_STRONG_ISOLATE + arg + POP_DIRECTIONAL_ISOLATE;
		}
		return isolated;
	}

	private static final String FIRST_STRONG_ISOLATE = "\u2068";

	private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

	/**
	 * Default messages (given in code, e.g. by validation) follow the same convention.
	 */
	@Override
	protected String formatMessage(String msg, Object @Nullable [] args, Locale locale) {
		return format(inDutchTime(new MessageFormat(msg, ULocale.forLocale(locale))),
				args == null ? new Object[0] : args);
	}

	/**
	 * Dates and times in a message are shown in the region's zone, not the server's: an
	 * access at 00:16 UTC is 01:16 for the person reading it, and a month begins at
	 * midnight in the Netherlands.
	 */
	private static MessageFormat inDutchTime(MessageFormat format) {
		Format[] formats = format.getFormats();
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] instanceof DateFormat date) {
				DateFormat zoned = (DateFormat) date.clone();
				zoned.setTimeZone(TimeZone.getTimeZone(DutchTime.ZONE.getId()));
				format.setFormat(i, zoned);
			}
		}
		return format;
	}

	/**
	 * Formats one message. A pattern with named arguments ({@code {max}} in a validation
	 * message) is left for Bean Validation to fill in; ICU keeps an argument it was not
	 * given as it is.
	 */
	private static String format(MessageFormat format, Object[] args) {
		synchronized (format) {
			return format.usesNamedArguments() ? format.format(Map.of()) : format.format(args);
		}
	}

}
