package nl.verbinder.shell;

import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What the API accepts as input, written once for every endpoint (the NL API Design Rules
 * ask for strict input; vulnerable people's files ask for it even more):
 * <ul>
 * <li>no coercion: a number is not text, {@code "2"} is not a boolean or a number,
 * {@code 1.5} is not a version number, {@code 123} is not a date;</li>
 * <li>no {@code null} inside a list, set or map, and no missing number (records'
 * primitive components);</li>
 * <li>text ({@link Text}) without control characters (NUL, which PostgreSQL refuses, and
 * the rest; tab and line breaks are kept), without unpaired surrogates, without the
 * bidirectional embeddings, overrides and isolates that make a name display as something
 * else, and at most {@value Text#MAX_LENGTH} characters;</li>
 * <li>dates only as {@code yyyy-MM-dd} (four-digit years, no timestamps); every date
 * field says which dates can be true with {@link nl.verbinder.shared.PlausibleDate},
 * checked with the other fields.</li>
 * </ul>
 * Refusals become 400 problem+json naming the field in {@code invalidParams}
 * ({@link ApiProblems}). Request parameters and form fields get the same text check in
 * {@link ParameterCheck}.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput {

	/**
	 * Right after the character encoding is set, before authentication and everything
	 * else.
	 */
	@Bean
	FilterRegistrationBean<ParameterCheck> parameterCheck(MessageSource messages, LocaleResolver locales,
			ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(new ParameterCheck(messages, locales, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	/**
	 * Paths that Spring Security's firewall refuses (an encoded {@code /} or {@code ;},
	 * {@code ..}): problem+json for the API, the error page elsewhere, instead of an
	 * empty 400.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages, LocaleResolver locales,
			ProblemResponses problems) {
		return (request, response, rejected) -> {
			if (request.getRequestURI().startsWith("/api/")) {
				Locale locale = locales.resolveLocale(request);
				problems.write(request, response, HttpStatus.BAD_REQUEST,
						messages.getMessage("problem.invalid-input", null, "Invalid input", locale),
						messages.getMessage("problem.malformed-request", null, "Bad request", locale), List.of());
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		};
	}

	@Bean
	TomcatServletWebServerFactory tomcatServletWebServerFactory() {
		return new QuietTomcat();
	}

	/**
	 * Tomcat as Spring Boot configures it, with {@link ContainerErrors} in place of
	 * Tomcat's own error report for what the server refuses before the application sees
	 * it. A class of its own (not an anonymous one): a separate management port makes a
	 * second server of the same class.
	 */
	static class QuietTomcat extends TomcatServletWebServerFactory {

		@Override
		protected TomcatWebServer getTomcatWebServer(Tomcat tomcat) {
			if (tomcat.getHost() instanceof StandardHost host) {
				host.setErrorReportValveClass("");
				host.getPipeline().addValve(new ContainerErrors());
			}
			return super.getTomcatWebServer(tomcat);
		}

	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
			.withCoercionConfig(LogicalType.Textual,
					c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(new SimpleModule("verbinder-strict-input").addDeserializer(String.class, new TextDeserializer())
				.addDeserializer(LocalDate.class, new DateDeserializer()));
	}

	/**
	 * The check on every piece of text that enters, from JSON, a query parameter or a
	 * form.
	 */
	static final class Text {

		static final int MAX_LENGTH = 10_000;

		private Text() {
		}

		/** Why the text is refused (a message key), or null when it is acceptable. */
		static @Nullable String refusal(String text) {
			if (text.length() > MAX_LENGTH) {
				return "validation.text.too-long";
			}
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
					return "validation.text.control";
				}
				if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
					return "validation.text.bidi";
				}
				if (Character.isHighSurrogate(c)) {
					if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						i++;
						continue;
					}
					return "validation.text.control";
				}
				if (Character.isLowSurrogate(c)) {
					return "validation.text.control";
				}
			}
			return null;
		}

	}

	/**
	 * A value only from a JSON string: any other token (a number, a boolean, an array) is
	 * refused as Jackson refuses an unexpected token.
	 */
	abstract static class FromJsonString<T> extends StdScalarDeserializer<T> {

		private final Class<T> type;

		private final LogicalType logicalType;

		FromJsonString(Class<T> type, LogicalType logicalType) {
			super(type);
			this.type = type;
			this.logicalType = logicalType;
		}

		@Override
		public LogicalType logicalType() {
			return logicalType;
		}

		@Override
		public T deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() != JsonToken.VALUE_STRING) {
				return type.cast(ctxt.handleUnexpectedToken(type, p));
			}
			return fromString(p, p.getString());
		}

		abstract T fromString(JsonParser p, String text);

	}

	/** Text only from a JSON string, checked by {@link Text}. */
	static final class TextDeserializer extends FromJsonString<String> {

		TextDeserializer() {
			super(String.class, LogicalType.Textual);
		}

		@Override
		String fromString(JsonParser p, String text) {
			String refusal = Text.refusal(text);
			if (refusal != null) {
				throw new RefusedText(p, refusal, text);
			}
			return text;
		}

	}

	/** A date only as {@code yyyy-MM-dd}: no timestamps, no signed or six-digit years. */
	static final class DateDeserializer extends FromJsonString<LocalDate> {

		private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		DateDeserializer() {
			super(LocalDate.class, LogicalType.DateTime);
		}

		@Override
		LocalDate fromString(JsonParser p, String value) {
			String text = value.strip();
			if (ISO_DATE.matcher(text).matches()) {
				try {
					// The range is each field's PlausibleDate, checked with the other
					// fields, so that a refusal names every wrong field at once.
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException e) {
					// falls through to the refusal
				}
			}
			throw InvalidFormatException.from(p, "validation.date.format", text, LocalDate.class);
		}

	}

	/** Refused text, with the message key that says why. */
	static final class RefusedText extends InvalidFormatException {

		RefusedText(JsonParser p, String key, String text) {
			super(p, key, text.length() > 40 ? text.substring(0, 40) : text, String.class);
		}

	}

}
