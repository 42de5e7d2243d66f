package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.shell.FormSubmission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verbinder.sleutelpersoon.Advising;
import nl.verbinder.sleutelpersoon.OwnRequests;
import nl.verbinder.sleutelpersoon.VisitPlanning;
import nl.verbinder.sleutelpersoon.Verzoek;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key person's own page, made for a phone: offers to answer, work to report, hours,
 * and their advice.
 */
@Controller
class OwnRequestPages {

	private final OwnRequests ownRequests;

	private final Advising advising;

	private final AdviceChoices adviceChoices;

	private final Clock clock;

	private final VisitPlanning visits;

	OwnRequestPages(OwnRequests ownRequests, Advising advising, AdviceChoices adviceChoices, VisitPlanning visits,
			Clock clock) {
		this.visits = visits;
		this.ownRequests = ownRequests;
		this.advising = advising;
		this.adviceChoices = adviceChoices;
		this.clock = clock;
	}

	@GetMapping("/mijn-verzoeken")
	String own(Model model) {
		model.addAttribute("requests", ownRequests.ownRequests());
		model.addAttribute("visits", visits.ownVisits());
		model.addAttribute("hours", ownRequests.ownHours());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("advice", advising.mine());
		adviceChoices.addTo(model);
		return "sleutelpersoon/own";
	}

	@PostMapping("/mijn-verzoeken/{id}/acceptatie")
	String accept(@PathVariable UUID id, @RequestParam long versie, RedirectAttributes redirect) {
		return ownStep(redirect, "own.accepted", () -> ownRequests.accept(id, versie));
	}

	@PostMapping("/mijn-verzoeken/{id}/weigering")
	String decline(@PathVariable UUID id, @RequestParam long versie, RedirectAttributes redirect) {
		return ownStep(redirect, "own.declined", () -> ownRequests.decline(id, versie));
	}

	@PostMapping("/mijn-verzoeken/{id}/verslag")
	String report(@PathVariable UUID id, @RequestParam long versie,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
			@RequestParam(defaultValue = "0") int minuten, @RequestParam(defaultValue = "0") int km,
			@RequestParam(defaultValue = "") String tekst, RedirectAttributes redirect) {
		return ownStep(redirect, "own.reported", () -> ownRequests.report(id, versie,
				new Verzoek.Verslag(datum == null ? LocalDate.now(clock) : datum, minuten, km, tekst)));
	}

	private String ownStep(RedirectAttributes redirect, String done, Runnable step) {
		return FormSubmission.step(redirect, "redirect:/mijn-verzoeken", done, step);
	}

}
