package nl.verbinder.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Date;
import java.util.NoSuchElementException;
import nl.verbinder.access.Passkeys;
import nl.verbinder.access.PortalLogins;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's login page (a password, a passkey or the newcomer's OIDC login), where
 * every login leads ({@link #welcome}), and the newcomer's passkeys
 * ({@code /portaal/toegangssleutels}): logging in with a fingerprint instead of a
 * password; a configured OIDC login is linked there too. The page lists the passkeys with
 * the name the newcomer gave each, makes a new one (with {@code /js/passkeys.js}, on a
 * phone or browser that can) and removes one. Every login leads through {@link #welcome};
 * right after activation the first login leads here once, with an offer that can be
 * skipped.
 */
@Controller
class LoginPages {

	/** Set at activation, in the session: the first login then offers a passkey. */
	static final String OFFER = LoginPages.class.getName() + ".offer";

	static final String PAGE = "/portaal/toegangssleutels";

	private final Passkeys passkeys;

	private final Portal portal;

	private final LocaleResolver locales;

	private final PortalLogins logins;

	LoginPages(Passkeys passkeys, Portal portal, LocaleResolver locales, PortalLogins logins) {
		this.passkeys = passkeys;
		this.portal = portal;
		this.locales = locales;
		this.logins = logins;
	}

	/** The newcomer's OIDC login (e.g. DigiD), when one is configured. */
	@ModelAttribute("oidcLogin")
	PortalLogins.@Nullable OidcLogin oidcLogin() {
		return logins.oidc().orElse(null);
	}

	/**
	 * {@code wachten}: the epoch second from which a throttled login may be tried again;
	 * {@code onbekend}: an OIDC login that is linked to no newcomer's account.
	 */
	@GetMapping("/portaal/inloggen")
	String login(@RequestParam(required = false) @Nullable Long wachten, Model model) {
		model.addAttribute("waitUntil", wachten == null ? null : Date.from(Instant.ofEpochSecond(wachten)));
		return "portal/login";
	}

	/**
	 * Where every login leads (password or passkey): the language the newcomer keeps
	 * applies from here on; right after activation, a newcomer without a passkey is
	 * offered one (once).
	 */
	@GetMapping("/portaal/welkom")
	String welcome(HttpServletRequest request, HttpServletResponse response) {
		locales.setLocale(request, response, portal.language().locale());
		HttpSession session = request.getSession();
		boolean offer = session.getAttribute(OFFER) != null;
		session.removeAttribute(OFFER);
		return offer && passkeys.mine().isEmpty() ? "redirect:" + PAGE + "?aanbod" : "redirect:/portaal/mijn";
	}

	/** A passkey on the page, its dates as the message bundles format them. */
	record Row(String id, String label, @Nullable Date created, @Nullable Date lastUsed) {
	}

	@GetMapping(PAGE)
	String page(Model model) {
		model.addAttribute("passkeys",
				passkeys.mine()
					.stream()
					.map(p -> new Row(p.id(), p.label(), date(p.created()), date(p.lastUsed())))
					.toList());
		return "portal/passkeys";
	}

	private static @Nullable Date date(@Nullable Instant instant) {
		return instant == null ? null : Date.from(instant);
	}

	@PostMapping(PAGE + "/{id}/verwijderen")
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		try {
			passkeys.remove(id);
			redirect.addFlashAttribute("passkeyRemoved", true);
		}
		catch (NoSuchElementException gone) {
			redirect.addFlashAttribute("passkeyGone", true);
		}
		return "redirect:" + PAGE;
	}

}
