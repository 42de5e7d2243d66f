package nl.verbinder.shell;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web server's own answer to what it refuses before the application sees it (a path
 * with {@code %00} or an encoded {@code /}, a malformed request line): problem+json with
 * the {@code API-Version} header under {@code /api/}, a short page in the reader's
 * language elsewhere, instead of Tomcat's English HTML. Errors that reach the application
 * are answered by {@link ApiProblems} and the error page.
 */
final class ContainerErrors extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status);
		if (httpStatus == null) {
			httpStatus = HttpStatus.BAD_REQUEST;
		}
		Locale locale = locale(request);
		String detail = text(locale, status >= 500 ? "problem.unexpected" : "problem.malformed-request");
		String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
		try {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (uri.startsWith("/api/")) {
				response.setHeader("API-Version", ApiConventions.API_VERSION);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				String title = text(locale, status >= 500 ? "error.title" : "problem.invalid-input");
				writer.write(JSON.writeValueAsString(ProblemResponses.body(uri.length() > 200 ? "/api/" : uri,
						httpStatus, title, detail, List.of())));
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				writer.write("<!doctype html><html lang=\"" + locale.getLanguage()
						+ "\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(text(locale, "error.title"))
						+ " " + status + "</title></head><body><main><h1>" + status + "</h1><p>"
						+ HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
						+ HtmlUtils.htmlEscape(text(locale, "nav.home")) + "</a></p></main></body></html>");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// the client went away; nothing more to say
		}
	}

	/**
	 * The language the reader chose (the language cookie) or asked for, Dutch by default.
	 */
	private static Locale locale(Request request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("verbinder-lang".equals(cookie.getName()) && cookie.getValue() != null) {
					return Locale.forLanguageTag(cookie.getValue());
				}
			}
		}
		String accept = request.getHeader("Accept-Language");
		return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Languages.DUTCH;
	}

	private static String text(Locale locale, String key) {
		try {
			return ResourceBundle
				.getBundle("messages", locale, ContainerErrors.class.getClassLoader(),
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
		}
		catch (MissingResourceException e) {
			return key;
		}
	}

}
