package nl.verbinder.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Role;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shell.PortalLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The newcomer's pages: the language chooser (the first screen), login and activation
 * (open to everyone), and once signed in their own home, plan, contacts and consents.
 * Every text comes from the portal bundle in the chosen language; text that people typed
 * is shown with {@code dir="auto"}.
 */
@Controller
class PortalPages {

	private final Portal portal;

	private final Questions questions;

	private final WhoReadMyFile whoRead;

	private final Invitations invitations;

	private final AccessControl access;

	private final LocaleResolver locales;

	private final Pictograms pictograms;

	PortalPages(Portal portal, Questions questions, WhoReadMyFile whoRead, Invitations invitations,
			AccessControl access, LocaleResolver locales, Pictograms pictograms) {
		this.pictograms = pictograms;
		this.portal = portal;
		this.questions = questions;
		this.whoRead = whoRead;
		this.invitations = invitations;
		this.access = access;
		this.locales = locales;
	}

	/** The pictograms beside the words, for the plan and the contacts. */
	@ModelAttribute("pictograms")
	Pictograms pictograms() {
		return pictograms;
	}

	private boolean signedIn() {
		return access.findCurrentActor().map(a -> a.role() == Role.NEWCOMER).orElse(false);
	}

	@GetMapping("/portaal")
	String chooser(Model model) {
		model.addAttribute("portalLanguages", PortalLanguage.values());
		model.addAttribute("signedIn", signedIn());
		return "portal/choose-language";
	}

	/**
	 * Sets the language for this browser and, for a signed-in newcomer, keeps it with the
	 * person.
	 */
	@PostMapping("/portaal/taal")
	String choose(@RequestParam(required = false) @Nullable String taal, HttpServletRequest request,
			HttpServletResponse response) {
		var language = PortalLanguage.of(taal);
		if (language.isEmpty()) {
			return "redirect:/portaal";
		}
		locales.setLocale(request, response, language.get().locale());
		if (signedIn()) {
			portal.chooseLanguage(language.get());
			return "redirect:/portaal/mijn";
		}
		return "redirect:/portaal/inloggen";
	}

	@GetMapping("/portaal/activeren")
	String activation(@RequestParam(required = false) @Nullable String code, Model model) {
		return activationPage(code, null, model);
	}

	@PostMapping("/portaal/activeren")
	String activate(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String wachtwoord,
			@RequestParam(required = false) @Nullable String herhaling, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			String username = invitations.activate(code, wachtwoord, herhaling, request.getRemoteAddr());
			redirect.addFlashAttribute("activated", username);
			request.getSession().setAttribute(LoginPages.OFFER, true);
			return "redirect:/portaal/inloggen";
		}
		catch (RuleViolation refused) {
			return activationPage(code, refused, model);
		}
	}

	/** The activation form, with the code given and why an activation was refused. */
	private static String activationPage(@Nullable String code, @Nullable RuleViolation refused, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("error", refused);
		return "portal/activate";
	}

	@GetMapping("/portaal/mijn")
	String home(Model model) {
		model.addAttribute("home", portal.home());
		return "portal/home";
	}

	@GetMapping("/portaal/plan")
	String plan(Model model) {
		model.addAttribute("plan", portal.plan());
		return "portal/plan";
	}

	@GetMapping("/portaal/contacten")
	String contacts(Model model) {
		model.addAttribute("contacts", portal.contacts());
		return "portal/contacts";
	}

	/**
	 * Who read or changed the newcomer's file (and their minor children's), per month;
	 * own visits apart.
	 */
	@GetMapping("/portaal/inzage")
	String whoRead(Model model) {
		model.addAttribute("overview", whoRead.overview());
		return "portal/who-read";
	}

	@GetMapping("/portaal/toestemming")
	String consents(Model model) {
		return consentPage(null, model);
	}

	/** The bases for sharing, with why a withdrawal was refused. */
	private String consentPage(@Nullable MessageSourceResolvable refused, Model model) {
		model.addAttribute("bases", portal.consents());
		model.addAttribute("error", refused);
		return "portal/consent";
	}

	@PostMapping("/portaal/toestemming/{id}/intrekken")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long versie, Model model,
			RedirectAttributes redirect) {
		try {
			portal.withdraw(id, versie == null ? -1 : versie);
		}
		catch (RuleViolation | OptimisticLockingFailureException e) {
			return consentPage(RuleViolation.reason(e), model);
		}
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/portaal/toestemming";
	}

	@GetMapping("/portaal/vragen")
	String questions(Model model) {
		return questionsPage(null, null, model);
	}

	/** The newcomer's questions and answers, with a question that was refused and why. */
	private String questionsPage(@Nullable String vraag, @Nullable RuleViolation refused, Model model) {
		model.addAttribute("messages", questions.mine());
		model.addAttribute("vraag", vraag);
		model.addAttribute("error", refused);
		return "portal/questions";
	}

	/**
	 * A question to the case manager; a file sent along is refused with the reason, the
	 * text kept.
	 */
	@PostMapping("/portaal/vragen")
	String ask(@RequestParam(required = false) @Nullable String vraag, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
			if (multipart != null && multipart.getFileMap().values().stream().anyMatch(f -> !f.isEmpty())) {
				throw Questions.attachmentRefused();
			}
			questions.ask(vraag == null ? "" : vraag);
		}
		catch (RuleViolation refused) {
			return questionsPage(vraag, refused, model);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/portaal/vragen";
	}

}
