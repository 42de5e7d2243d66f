package nl.verbinder.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json (RFC 9457) where no controller is involved yet: filters and the web
 * server's own refusals. In UTF-8 and with the {@code API-Version} header, like every
 * other answer of the API.
 */
@Component
class ProblemResponses {

	private final JsonMapper json = JsonMapper.builder().build();

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail,
			List<ApiProblems.InvalidParam> invalidParams) throws IOException {
		response.setStatus(status.value());
		response.setHeader("API-Version", ApiConventions.API_VERSION);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write(json.writeValueAsString(body(request.getRequestURI(), status, title, detail, invalidParams)));
	}

	/**
	 * The problem's fields; {@code title} and {@code detail} come from the bundles in the
	 * reader's language.
	 */
	static Map<String, Object> body(String instance, HttpStatus status, String title, String detail,
			List<ApiProblems.InvalidParam> invalidParams) {
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		if (!invalidParams.isEmpty()) {
			problem.put("invalidParams", invalidParams);
		}
		return problem;
	}

}
