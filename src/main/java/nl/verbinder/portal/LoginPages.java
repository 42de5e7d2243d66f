package nl.verbinder.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Date;
import java.util.NoSuchElementException;
import nl.verbinder.access.Passkeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newcomer's passkeys ({@code /portaal/toegangssleutels}): logging in with a
 * fingerprint instead of a password. The page lists the passkeys with the name the
 * newcomer gave each, makes a new one (with {@code /js/passkeys.js}, on a phone or
 * browser that can) and removes one. Every login leads through {@link #welcome}; right
 * after activation the first login leads here once, with an offer that can be skipped.
 */
@Controller
class PasskeyPages {

	/** Set at activation, in the session: the first login then offers a passkey. */
	static final String OFFER = PasskeyPages.class.getName() + ".offer";

	static final String PAGE = "/portaal/toegangssleutels";

	private final Passkeys passkeys;

	private final Portal portal;

	private final LocaleResolver locales;

	PasskeyPages(Passkeys passkeys, Portal portal, LocaleResolver locales) {
		this.passkeys = passkeys;
		this.portal = portal;
		this.locales = locales;
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
