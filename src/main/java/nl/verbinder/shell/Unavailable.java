package nl.verbinder.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.verbinder.access.PasswordHashingBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * What makes Verbinder unable to answer for a moment, though nothing is wrong with the
 * request: no database connection came free within the pool's connection timeout
 * (Hikari's {@link SQLTransientConnectionException}, which Spring wraps as
 * {@code CannotGetJdbcConnectionException} or {@code CannotCreateTransactionException}),
 * or the password hashes are overloaded ({@link PasswordHashingBusyException}). Such a
 * request is answered 503 with {@code Retry-After}: problem+json for the API
 * ({@link ApiProblems} where a controller met it, this filter elsewhere), a short error
 * page in the reader's language for pages, which needs no database. Every other
 * data-access error stays what it is (a 500, logged in full).
 * <p>
 * As a filter it sits outside the session and security filters, which read the database
 * before any controller does (the session, the login throttle), so their failure to get a
 * connection becomes a 503 as well.
 */
final class Unavailable extends OncePerRequestFilter {

	/**
	 * How long a client is asked to wait when no connection was free: long enough for a
	 * burst to drain, short enough that a person tries again.
	 */
	static final Duration NO_CONNECTION_RETRY_AFTER = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(Unavailable.class);

	private final ProblemResponses problems;

	private final MessageSource messages;

	private final Languages languages;

	Unavailable(ProblemResponses problems, MessageSource messages, Languages languages) {
		this.problems = problems;
		this.messages = messages;
		this.languages = languages;
	}

	/**
	 * How long to ask the client to wait, if {@code failure} (or what caused it) is one
	 * that makes Verbinder unable to answer for a moment; empty for every other failure.
	 */
	static Optional<Duration> retryAfter(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return Optional.of(NO_CONNECTION_RETRY_AFTER);
			}
			if (cause instanceof PasswordHashingBusyException busy) {
				return Optional.of(busy.retryAfter());
			}
		}
		return Optional.empty();
	}

	/** Whole seconds, at least one, for the {@code Retry-After} header. */
	static String seconds(Duration wait) {
		return Long.toString(Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0)));
	}

	/**
	 * Logs the refusal in one line: the cause is known, its stack trace says nothing
	 * more.
	 */
	static void logged(HttpServletRequest request, Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		log.warn("503 for {} {}: {}", request.getMethod(), request.getRequestURI(), root.toString());
	}

	/**
	 * The error page for a page's request, in the reader's language: written here, not by
	 * the error controller, since rendering that would read the session, which needs the
	 * connection there was none of.
	 */
	private String page(HttpServletRequest request) {
		Locale locale = languages.resolveLocale(request);
		String heading = text("error.503.heading", locale);
		String direction = Languages.direction(locale);
		return "<!doctype html><html lang=\"" + locale.getLanguage() + "\""
				+ (direction == null ? "" : " dir=\"" + direction + "\"")
				+ "><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + heading + " – " + text("app.name", locale) + "</title></head><body><main><h1>" + heading
				+ "</h1><p>" + text("error.503.explanation", locale) + "</p><p>"
				+ HtmlUtils.htmlEscape(messages.getMessage("error.status", new Object[] { 503 }, locale))
				+ "</p><p><a href=\"" + request.getContextPath() + "/\">" + text("error.home", locale)
				+ "</a></p></main></body></html>";
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			Optional<Duration> wait = retryAfter(failure);
			if (wait.isEmpty() || response.isCommitted()) {
				throw failure;
			}
			logged(request, failure);
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, seconds(wait.get()));
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				var locale = languages.resolveLocale(request);
				problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
						HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(),
						messages.getMessage("problem.unavailable", null, locale), List.of());
			}
			else {
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter().write(page(request));
			}
		}
	}

}
