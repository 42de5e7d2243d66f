package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.VisitPlanning;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator plans the visit of an accepted request: when, where (at home, by video
 * or phone) and whether an interpreter comes; once planned, moves it (time and place) or
 * cancels it with a reason the newcomer reads. A refused change shows the page again with
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
		return page(id, null, model);
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
		return page(id, null, model);
	}

	@PostMapping("/verzoeken/{id}/bezoek/verzetten")
	String move(@PathVariable UUID id, @Valid @ModelAttribute("form") VisitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				planning.move(id, form.toMove(), form.getVersie());
				redirect.addFlashAttribute("changed", "visit.moved");
				return "redirect:/verzoeken/" + id + "/bezoek";
			}
			catch (RuleViolation | OptimisticLockingFailureException e) {
				errors.reject("request.invalid", new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		return page(id, null, model);
	}

	@PostMapping("/verzoeken/{id}/bezoek/annuleren")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reden,
			@RequestParam(defaultValue = "-1") long versie, Model model, RedirectAttributes redirect) {
		try {
			planning.cancel(id, reden == null ? "" : reden, versie);
			redirect.addFlashAttribute("changed", "visit.cancelled");
			return "redirect:/verzoeken/" + id + "/bezoek";
		}
		catch (RuleViolation | OptimisticLockingFailureException e) {
			model.addAttribute("reden", reden);
			return page(id, RuleViolation.reason(e), model);
		}
	}

	private String page(UUID id, @Nullable MessageSourceResolvable cancelError, Model model) {
		model.addAttribute("request", requesting.findRequest(id));
		AppointmentView visit = planning.visits(List.of(id)).get(id);
		model.addAttribute("visit", visit);
		model.addAttribute("places", VisitPlanning.Where.values());
		model.addAttribute("cancelError", cancelError);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", visit == null || !visit.open() ? new VisitForm() : movingFrom(visit));
		}
		return "sleutelpersoon/visit-form";
	}

	/** The move form, filled in with the visit as it stands. */
	private static VisitForm movingFrom(AppointmentView visit) {
		VisitForm form = new VisitForm();
		form.setDatum(visit.beginLocal().toLocalDate());
		form.setTijd(visit.beginLocal().toLocalTime());
		form.setMinuten((int) visit.minuten());
		form.setWaar(switch (visit.plaatsSoort()) {
			case "VIDEO" -> VisitPlanning.Where.VIDEO;
			case "TELEFOON" -> VisitPlanning.Where.TELEFOON;
			default -> VisitPlanning.Where.THUIS;
		});
		form.setVideoLink(visit.videoLink() == null ? "" : visit.videoLink());
		form.setTelefoon(visit.telefoon() == null ? "" : visit.telefoon());
		form.setVersie(visit.versie());
		return form;
	}

}
