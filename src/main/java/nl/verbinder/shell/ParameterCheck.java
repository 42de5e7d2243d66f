package nl.verbinder.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The text check of {@link StrictInput.Text} on what arrives outside a JSON body: the
 * path, every query parameter and every form field (names and values), for pages and the
 * API alike, before anything else reads them. The API answers 400 problem+json naming the
 * parameter; a page answers with the error page in the reader's language. Runs before
 * authentication, so hostile input costs no password check either.
 */
final class ParameterCheck extends OncePerRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ProblemResponses problems;

	ParameterCheck(MessageSource messages, LocaleResolver locales, ProblemResponses problems) {
		this.messages = messages;
		this.locales = locales;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = refusal(request);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith("/api/")) {
			Locale locale = locales.resolveLocale(request);
			String reason = messages.getMessage(refusal.key(), null, refusal.key(), locale);
			problems.write(request, response, HttpStatus.BAD_REQUEST,
					messages.getMessage("problem.invalid-input", null, "Invalid input", locale),
					messages.getMessage("problem.invalid-fields", null, "One or more fields are invalid.", locale),
					List.of(new ApiProblems.InvalidParam(refusal.name(), "text", reason)));
		}
		else {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

	private static @Nullable Refusal refusal(HttpServletRequest request) {
		String path = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
		String pathRefusal = StrictInput.Text.refusal(path);
		if (pathRefusal != null) {
			return new Refusal("path", pathRefusal);
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String nameRefusal = StrictInput.Text.refusal(parameter.getKey());
			if (nameRefusal != null) {
				return new Refusal(printable(parameter.getKey()), nameRefusal);
			}
			for (String value : parameter.getValue()) {
				String valueRefusal = StrictInput.Text.refusal(value);
				if (valueRefusal != null) {
					return new Refusal(parameter.getKey(), valueRefusal);
				}
			}
		}
		return null;
	}

	/** A refused parameter name, without what made it refused, for the answer. */
	private static String printable(String name) {
		StringBuilder b = new StringBuilder();
		name.codePoints()
			.limit(100)
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(b::appendCodePoint);
		return b.toString();
	}

	private record Refusal(String name, String key) {
	}

}
