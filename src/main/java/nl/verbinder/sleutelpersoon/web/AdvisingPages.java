package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.shell.FormSubmission;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.sleutelpersoon.Advies;
import nl.verbinder.sleutelpersoon.Advising;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Advice and signals for policy: given by key persons and professionals, triaged by the
 * coordinator.
 */
@Controller
class AdvisingPages {

	private final Advising advising;

	private final AdviceChoices adviceChoices;

	AdvisingPages(Advising advising, AdviceChoices adviceChoices) {
		this.advising = advising;
		this.adviceChoices = adviceChoices;
	}

	/** A professional's own signals and advice, and the form to give more. */
	@GetMapping("/signalen")
	String signals(Model model) {
		model.addAttribute("advice", advising.mine());
		adviceChoices.addTo(model);
		return "sleutelpersoon/signals";
	}

	@GetMapping("/adviezen")
	String advice(Model model) {
		if (!advising.mayTriage()) {
			model.addAttribute("advice", advising.forPolicy());
			return "sleutelpersoon/advice-read";
		}
		model.addAttribute("advice", advising.all());
		model.addAttribute("statussen",
				List.of(Advies.Status.IN_BEHANDELING, Advies.Status.OPGEPAKT, Advies.Status.NIET_OPGEPAKT));
		adviceChoices.addTo(model);
		return "sleutelpersoon/advice";
	}

	/**
	 * Advice from the three places that offer the form (the key person's page, a
	 * professional's signals, the coordinator's advice page); each form comes back to its
	 * own page.
	 */
	@PostMapping({ "/mijn-verzoeken/advies", "/signalen", "/adviezen" })
	String giveAdvice(HttpServletRequest http, @RequestParam(defaultValue = "") String tekst,
			@RequestParam(required = false) Domein domein, @RequestParam(required = false) String gemeente,
			@RequestParam(required = false) String gemeenschap, RedirectAttributes redirect) {
		String path = http.getServletPath();
		String back = path.equals("/mijn-verzoeken/advies") ? "/mijn-verzoeken" : path;
		return adviceStep(redirect, back, tekst, domein, gemeente, gemeenschap);
	}

	@PostMapping("/adviezen/{id}/beoordeling")
	String triage(@PathVariable UUID id, @RequestParam long versie, @RequestParam Advies.Status status,
			@RequestParam(defaultValue = "") String reactie, RedirectAttributes redirect) {
		return FormSubmission.step(redirect, "redirect:/adviezen", "advice.triaged",
				() -> advising.triage(id, versie, status, reactie));
	}

	private String adviceStep(RedirectAttributes redirect, String back, String tekst, @Nullable Domein domein,
			@Nullable String gemeente, @Nullable String gemeenschap) {
		try {
			advising.give(new Advising.NewAdvice(tekst, domein,
					gemeente == null || gemeente.isBlank() ? null : new GemeenteCode(gemeente),
					gemeenschap == null || gemeenschap.isBlank() ? null : gemeenschap));
			redirect.addFlashAttribute("saved", "advice.given");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("stepError", RuleViolation.reason(e));
			redirect.addFlashAttribute("adviceText", tekst);
		}
		return "redirect:" + back;
	}

}
