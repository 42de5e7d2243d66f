package nl.verbinder.access;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains for staff, and two for the newcomer's portal (see
 * {@link #portalPageSecurity}; its passkeys are {@link PasskeyChain}'s). Staff: the API
 * ({@code /api/**}: stateless, bearer tokens ({@link ApiTokens}) and, outside
 * {@code production}, HTTP Basic; errors as problem+json, {@link ApiRefusals}) and the
 * pages (form login, optional OIDC, CSRF). Both authorise requests from the
 * {@link PathPermissions} tables that modules declare and deny everything else; for a
 * bearer token a permission must be among its scopes as well. Passwords are checked by
 * {@link PasswordLogin}; a throttled attempt is a 429 with {@code Retry-After} for the
 * API and a message with the time to try again on the login page, one whose password
 * could not be checked now (the hashes overloaded) a 503 with {@code Retry-After} and a
 * message to try again shortly.
 * <p>
 * Strict-Transport-Security is sent only under the {@code production} profile, which is
 * served over HTTPS (behind a proxy that terminates TLS): a browser that once saw it
 * refuses plain HTTP to the host for a year, which on a developer's {@code localhost}
 * would break every other local application.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * How long browsers keep to HTTPS once they saw the header: a year, as commonly
	 * recommended.
	 */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String[] PUBLIC_PATHS = { "/login", "/over", "/error", "/css/**", "/js/**", "/img/**",
			"/vendor/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/livez", "/readyz",
			"/v3/api-docs", "/v3/api-docs/**" };

	/** Where the newcomer's portal lives: its pages and its API. */
	static final String PORTAL = "/portaal";
	static final String PORTAL_API = "/api/v1/portaal";

	private static final String[] PORTAL_PUBLIC_PATHS = { PORTAL, PORTAL + "/taal", PORTAL + "/inloggen",
			PORTAL + "/activeren", PORTAL + "/over" };

	private final boolean production;

	private final Clock clock;

	private final MessageSource messages;

	SecurityConfiguration(Environment environment, Clock clock, MessageSource messages) {
		this.production = environment.acceptsProfiles(Profiles.of("production"));
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Argon2id, computed on threads of its own (see {@link MeteredPasswordEncoder} for
	 * why); {@code verbinder.security.password-hashing.threads} of them, 0 for half the
	 * processors; at most {@code queue-length} hashes wait for them, and a caller waits
	 * at most {@code max-wait} for its hash.
	 */
	@Bean
	PasswordEncoder passwordEncoder(MeterRegistry meters,
			@Value("${verbinder.security.password-hashing.threads:0}") int hashingThreads,
			@Value("${verbinder.security.password-hashing.queue-length:100}") int queueLength,
			@Value("${verbinder.security.password-hashing.max-wait:10s}") String maxWait) {
		String id = "argon2@SpringSecurity_v5_8";
		return new MeteredPasswordEncoder(
				new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())),
				meters, hashingThreads, queueLength, DurationStyle.detectAndParse(maxWait));
	}

	/**
	 * The portal's API for newcomers (their app): stateless, a bearer token whose subject
	 * is linked to the newcomer's account ({@link TokenActors#newcomer}) or, outside
	 * {@code production}, HTTP Basic with the account's password; problem+json; only the
	 * portal's declared paths, for newcomers only.
	 */
	@Bean
	@Order(-1)
	SecurityFilterChain portalApiSecurity(HttpSecurity http, List<PathPermissions> permissions, ApiTokens tokens,
			TokenActors actors) throws Exception {
		var problems = refusals(tokens);
		http.securityMatcher(PORTAL_API, PORTAL_API + "/**")
			.authorizeHttpRequests(requests -> authorize(requests, permissions, SecurityConfiguration::portalApi, true))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(this::headers);
		passwordsOutsideProduction(http, problems);
		tokens.apply(http, actors::newcomer, problems);
		return http.build();
	}

	/**
	 * The newcomer's portal pages: their own login page (in their language), the
	 * activation of an invitation and the language choice are open; everything else is
	 * the portal's declared paths, for newcomers only. A staff session reaching the
	 * portal is refused like a newcomer's reaching a staff page.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain portalPageSecurity(HttpSecurity http, List<PathPermissions> permissions, PasskeyChain passkeys,
			PortalLogins logins, NewcomerOidcUserService oidcNewcomers) throws Exception {
		String login = PORTAL + "/inloggen";
		http.securityMatcher(concat(new String[] { PORTAL, PORTAL + "/**" }, PasskeyChain.PATHS))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(PORTAL_PUBLIC_PATHS).permitAll();
				// Making a passkey: a signed-in newcomer (the options are refused to
				// anyone else by PortalRelyingParty, before this rule).
				requests.requestMatchers("/webauthn/**").access(permits(Permission.OWN_DATA));
				authorize(requests, permissions, SecurityConfiguration::portalPage, true);
			})
			.formLogin(form -> form.loginPage(login)
				.loginProcessingUrl(login)
				.defaultSuccessUrl(PORTAL + "/welkom", true)
				.failureHandler(new LoginFailurePage(login, "fout", "wachten", "bezet")))
			.logout(logout -> logout.logoutUrl(PORTAL + "/uitloggen").logoutSuccessUrl(login + "?uitgelogd"))
			.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(login)))
			.headers(this::headers);
		passkeys.apply(http);
		if (logins.oidc().isPresent()) {
			// The portal's own registration, on paths of the portal's chain; the staff
			// chain never offers or accepts it.
			http.oauth2Login(oidc -> oidc.loginPage(login)
				.authorizationEndpoint(start -> start.baseUri(PortalLogins.OIDC_START))
				.redirectionEndpoint(back -> back.baseUri(PORTAL + "/login/oauth2/code/*"))
				.defaultSuccessUrl(PORTAL + "/welkom", true)
				.failureUrl(login + "?onbekend")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcNewcomers)));
		}
		return http.build();
	}

	private static String[] concat(String[] first, String[] second) {
		return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, List<PathPermissions> permissions,
			ObjectProvider<PathPermission> looseDeclarations, ApiTokens tokens, TokenActors actors) throws Exception {
		// A PathPermission declared as a bean of its own would be ignored (and its path
		// denied): refuse to start.
		looseDeclarations.stream().findAny().ifPresent(p -> {
			throw new IllegalStateException("Declare " + p + " in the module's PathPermissions table, not as a bean");
		});
		var problems = refusals(tokens);
		http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
			// The API's description is public, as the NL API Design Rules ask (API-51),
			// and
			// so is its home, which only names the API and links to the description.
			requests.requestMatchers("/api/v1/openapi.json", "/api/v1", "/api/v1/").permitAll();
			authorize(requests, permissions, SecurityConfiguration::staffApi, false);
		})
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless with credentials in every request and no cookies: there is no
			// session to forge.
			.csrf(csrf -> csrf.disable())
			.headers(this::headers);
		passwordsOutsideProduction(http, problems);
		tokens.apply(http, actors::machineClient, problems);
		return http.build();
	}

	/**
	 * HTTP Basic (a password, hashed with Argon2, on every request) is for local
	 * development and tests only: under {@code production} the API takes bearer tokens
	 * alone.
	 */
	private void passwordsOutsideProduction(HttpSecurity http, ApiRefusals problems) throws Exception {
		if (!production) {
			http.httpBasic(basic -> basic.realmName("Verbinder").authenticationEntryPoint(problems));
		}
	}

	private ApiRefusals refusals(ApiTokens tokens) {
		return new ApiRefusals(clock, messages, !production, production || tokens.enabled());
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, List<PathPermissions> permissions,
			ObjectProvider<ClientRegistrationRepository> oidcClients, AccountOidcUserService oidcUsers)
			throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(PUBLIC_PATHS).permitAll();
			authorize(requests, permissions, SecurityConfiguration::staffPage, false);
		})
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailurePage("/login", "error", "throttled", "busy")))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(this::headers);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.failureUrl("/login?error")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers)));
		}
		return http.build();
	}

	/**
	 * Grants the declared permissions whose pattern belongs to this chain and denies
	 * everything else. A declaration without a permission admits any authenticated
	 * account of the kind the chain serves: staff on the staff chains, newcomers on the
	 * portal's.
	 */
	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PathPermissions> tables, Predicate<String> inChain, boolean portal) {
		for (PathPermission p : tables.stream().flatMap(t -> t.entries().stream()).toList()) {
			if (!inChain.test(p.pattern())) {
				continue;
			}
			var matcher = p.method() == null ? requests.requestMatchers(p.pattern())
					: requests.requestMatchers(p.method(), p.pattern());
			matcher.access(p.permission() == null ? signedIn(portal) : permits(p.permission()));
		}
		requests.anyRequest().denyAll();
	}

	static boolean portalPage(String pattern) {
		return pattern.equals(PORTAL) || pattern.startsWith(PORTAL + "/");
	}

	static boolean portalApi(String pattern) {
		return pattern.equals(PORTAL_API) || pattern.startsWith(PORTAL_API + "/");
	}

	static boolean staffPage(String pattern) {
		return !pattern.startsWith("/api/") && !portalPage(pattern);
	}

	static boolean staffApi(String pattern) {
		return pattern.startsWith("/api/") && !portalApi(pattern);
	}

	/**
	 * Any account of the chain's kind: a newcomer on the portal, someone who works with
	 * Verbinder elsewhere; a bearer token of that kind if it grants anything at all.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> signedIn(boolean portal) {
		return (authentication, context) -> {
			Authentication auth = authentication.get();
			boolean granted = auth != null && auth.isAuthenticated()
					&& auth.getPrincipal() instanceof ActorPrincipal principal
					&& principal.actor().role().staff() != portal
					&& !(principal instanceof TokenPrincipal token && !token.grantsAnything());
			return new AuthorizationDecision(granted);
		};
	}

	private static AuthorizationManager<RequestAuthorizationContext> permits(Permission permission) {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication auth = authentication.get();
				boolean granted = auth != null && auth.isAuthenticated()
						&& auth.getPrincipal() instanceof ActorPrincipal principal && principal.may(permission);
				return new AuthorizationDecision(granted);
			}
		};
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		if (production) {
			// Sent on HTTPS requests only (behind the proxy, X-Forwarded-Proto tells), as
			// the standard asks.
			headers.httpStrictTransportSecurity(
					hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
		}
		else {
			headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
		}
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

	/**
	 * Where the login form goes after a failure: {@code /login?error}, for a throttled
	 * attempt {@code /login?throttled=<epoch second>} so that the page can say when to
	 * try again, and {@code /login?busy} when the password could not be checked now
	 * ({@link LoginBusyException}).
	 */
	private static final class LoginFailurePage implements AuthenticationFailureHandler {

		private final AuthenticationFailureHandler failed;

		private final RedirectStrategy redirect = new DefaultRedirectStrategy();

		private final String throttledUrl;

		private final String busyUrl;

		LoginFailurePage(String loginPage, String errorParameter, String throttledParameter, String busyParameter) {
			this.failed = new SimpleUrlAuthenticationFailureHandler(loginPage + "?" + errorParameter);
			this.throttledUrl = loginPage + "?" + throttledParameter + "=";
			this.busyUrl = loginPage + "?" + busyParameter;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException e) throws IOException, ServletException {
			if (e instanceof LoginThrottledException throttled) {
				long until = throttled.notBefore().getEpochSecond() + (throttled.notBefore().getNano() > 0 ? 1 : 0);
				redirect.sendRedirect(request, response, throttledUrl + until);
			}
			else if (e instanceof LoginBusyException) {
				redirect.sendRedirect(request, response, busyUrl);
			}
			else {
				failed.onAuthenticationFailure(request, response, e);
			}
		}

	}

}
