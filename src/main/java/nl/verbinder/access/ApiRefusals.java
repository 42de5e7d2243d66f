package nl.verbinder.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's 401, 403, 429 (a throttled login) and 503 (a login whose password
 * could not be checked now) as application/problem+json. A 401 challenges with the
 * schemes the chain takes: {@code Basic} where passwords are allowed (never under
 * {@code production}), {@code Bearer} where tokens are (always under {@code production},
 * the only way in there); a refused token is named {@code invalid_token}, a token whose
 * scopes fall short {@code insufficient_scope} (RFC 6750).
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String REALM = "realm=\"Verbinder\"";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	private final MessageSource messages;

	private final boolean basic;

	private final boolean bearer;

	/**
	 * @param basic whether the chain takes HTTP Basic
	 * @param bearer whether the chain takes (or, with none configured, would take) bearer
	 * tokens
	 */
	ApiRefusals(Clock clock, MessageSource messages, boolean basic, boolean bearer) {
		this.clock = clock;
		this.messages = messages;
		this.basic = basic;
		this.bearer = bearer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds(clock.instant())));
			write(response, request, HttpStatus.TOO_MANY_REQUESTS, "api.refusal.throttled");
			return;
		}
		if (e instanceof LoginBusyException busy) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
			write(response, request, HttpStatus.SERVICE_UNAVAILABLE, "api.refusal.busy");
			return;
		}
		if (e instanceof OAuth2AuthenticationException) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM + ", error=\"invalid_token\"");
			write(response, request, HttpStatus.UNAUTHORIZED, "api.refusal.invalid-token");
			return;
		}
		if (basic) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM);
		}
		if (bearer) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
		}
		write(response, request, HttpStatus.UNAUTHORIZED, "api.refusal.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current instanceof TokenAuthentication) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM + ", error=\"insufficient_scope\"");
			write(response, request, HttpStatus.FORBIDDEN, "api.refusal.insufficient-scope");
			return;
		}
		write(response, request, HttpStatus.FORBIDDEN, "api.refusal.role");
	}

	/** The detail from the bundles, in the language the request asks for. */
	private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String key)
			throws IOException {
		String detail = messages.getMessage(key, null, key, request.getLocale());
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(json.writeValueAsString(problem));
	}

}
