package nl.verbinder.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Passkeys on the portal's page chain (Spring Security's WebAuthn support). Its endpoints
 * are Spring's own paths, which the chain takes on beside {@code /portaal/**}:
 * {@code POST /webauthn/register/options} and {@code POST /webauthn/register} (a
 * signed-in newcomer makes a passkey), {@code POST /webauthn/authenticate/options} and
 * {@code POST /login/webauthn} (anyone logs in with one). All need the CSRF token in a
 * header; the portal's script {@code /js/passkeys.js} sends it. Removing a passkey is a
 * form of the portal's own ({@link Passkeys#remove}), so Spring's default registration
 * page and its {@code DELETE} are not used.
 * <p>
 * The login filter is given {@link PasskeyLogin} (the account as principal), a new
 * session id and CSRF token at login (Spring's filter keeps the session as it was), and
 * an answer that sends the browser to the portal's welcome, which applies the newcomer's
 * language.
 */
@Component
class PasskeyChain {

	static final String[] PATHS = { "/webauthn/**", "/login/webauthn" };

	static final String WELCOME = "/portaal/welkom";

	private final PasskeySettings settings;

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final LocalAccounts accounts;

	private final ObjectProvider<AuthenticationEventPublisher> events;

	PasskeyChain(PasskeySettings settings, WebAuthnRelyingPartyOperations relyingParty, LocalAccounts accounts,
			ObjectProvider<AuthenticationEventPublisher> events) {
		this.settings = settings;
		this.relyingParty = relyingParty;
		this.accounts = accounts;
		this.events = events;
	}

	void apply(HttpSecurity http) throws Exception {
		// Spring's configurer insists on a UserDetailsService; PasskeyLogin does not use
		// it. Shared with this chain only: as a bean it would make Spring build its own
		// password login beside PasswordLogin.
		http.setSharedObject(UserDetailsService.class, accounts::principal);
		http.webAuthn(passkeys -> passkeys.rpId(settings.rpId())
			.rpName(settings.rpName())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					var manager = new ProviderManager(new PasskeyLogin(relyingParty, accounts));
					events.ifAvailable(manager::setAuthenticationEventPublisher);
					filter.setAuthenticationManager(manager);
					filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
							List.of(new ChangeSessionIdAuthenticationStrategy(),
									new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()))));
					filter.setAuthenticationSuccessHandler(new ToWelcome());
					return filter;
				}
			}));
	}

	/** Answers the script with where to go: the portal's welcome. */
	private static final class ToWelcome implements AuthenticationSuccessHandler {

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + WELCOME + "\"}");
		}

	}

}
