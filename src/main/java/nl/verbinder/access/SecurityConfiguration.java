package nl.verbinder.access;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API ({@code /api/**}: stateless, HTTP Basic, errors as problem+json) and the
 * pages (form login, optional OIDC, CSRF). Both authorise requests from the {@link PathPermission}s
 * that modules declare and deny everything else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] PUBLIC_PATHS = { "/login", "/over", "/error", "/css/**", "/js/**", "/img/**",
			"/vendor/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		String id = "argon2@SpringSecurity_v5_8";
		return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, List<PathPermission> permissions) throws Exception {
		var problems = new ProblemWriter();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> {
				// The API's description is public, as the NL API Design Rules ask (API-51).
				requests.requestMatchers("/api/v1/openapi.json").permitAll();
				authorize(requests, permissions, "/api/");
			})
			.httpBasic(basic -> basic.realmName("Verbinder").authenticationEntryPoint(problems))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless with credentials in every request and no cookies: there is no session to forge.
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, List<PathPermission> permissions,
			ObjectProvider<ClientRegistrationRepository> oidcClients, AccountOidcUserService oidcUsers)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(PUBLIC_PATHS).permitAll();
			authorize(requests, permissions, "/");
		})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(SecurityConfiguration::headers);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.failureUrl("/login?error")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
		}
		return http.build();
	}

	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PathPermission> permissions, String prefix) {
		for (PathPermission p : permissions) {
			if (!p.pattern().startsWith(prefix) || (prefix.equals("/") && p.pattern().startsWith("/api/"))) {
				continue;
			}
			var matcher = p.method() == null ? requests.requestMatchers(p.pattern())
					: requests.requestMatchers(p.method(), p.pattern());
			if (p.permission() == null) {
				matcher.authenticated();
			}
			else {
				matcher.access(permits(p.permission()));
			}
		}
		requests.anyRequest().denyAll();
	}

	private static AuthorizationManager<RequestAuthorizationContext> permits(Permission permission) {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication auth = authentication.get();
				boolean granted = auth != null && auth.isAuthenticated()
						&& auth.getPrincipal() instanceof ActorPrincipal principal
						&& principal.actor().role().may(permission);
				return new AuthorizationDecision(granted);
			}
		};
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

	/** Writes 401 and 403 for the API as application/problem+json. */
	private static final class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

		private final JsonMapper json = JsonMapper.builder().build();

		@Override
		public void commence(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.core.AuthenticationException e) throws IOException {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Verbinder\"");
			write(response, request, HttpStatus.UNAUTHORIZED, "Authentication is required for this resource.");
		}

		@Override
		public void handle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException e) throws IOException {
			write(response, request, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
		}

		private void write(jakarta.servlet.http.HttpServletResponse response,
				jakarta.servlet.http.HttpServletRequest request, HttpStatus status, String detail) throws IOException {
			var problem = new java.util.LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", status.getReasonPhrase());
			problem.put("status", status.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			response.setStatus(status.value());
			response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(json.writeValueAsString(problem));
		}
	}
}
