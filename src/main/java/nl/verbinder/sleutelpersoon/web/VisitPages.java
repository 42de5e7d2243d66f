package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.VisitPlanning;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator plans the visit of an accepted request: when, where (at home, by video
 * or phone) and whether an interpreter comes. A refused plan shows the form again with
 * the reason.
 */
@Controller
class VisitPages {

	private final Requesting requesting;

	private final VisitPlanning planning;

	VisitPages(Requesting requesting, VisitPlanning planning) {
		this.requesting = requesting;
		this.planning = planning;
	}

	@GetMapping("/verzoeken/{id}/bezoek")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new VisitForm());
		return page(id, model);
	}

	@PostMapping("/verzoeken/{id}/bezoek")
	String plan(@PathVariable UUID id, @Valid @ModelAttribute("form") VisitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				planning.plan(id, form.toPlan());
				redirect.addFlashAttribute("saved", "request.visit.planned");
				return "redirect:/verzoeken";
			}
			catch (RuleViolation e) {
				errors.reject("request.invalid", new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		model.addAttribute("request", requesting.findRequest(id));
		model.addAttribute("visit", planning.visits(List.of(id)).get(id));
		model.addAttribute("places", VisitPlanning.Where.values());
		return "sleutelpersoon/visit-form";
	}

}
