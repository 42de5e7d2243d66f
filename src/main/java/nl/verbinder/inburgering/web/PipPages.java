package nl.verbinder.inburgering.web;

import nl.verbinder.shell.FormSubmission;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Pip;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.PipView;
import nl.verbinder.inburgering.ProductChoices;
import nl.verbinder.shared.GemeenteCode;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The PIP page of a person: the plan in force and its versions, and the next step (draft,
 * discuss, establish, revise, extend). Each form carries the version it was made on; a
 * stale one is a conflict.
 */
@Controller
class PipPages {

	private final Inburgering inburgering;

	private final PipDecisions decisions;

	private final Clock clock;

	private final ProductChoices productChoices;

	PipPages(Inburgering inburgering, PipDecisions decisions, Clock clock, ProductChoices productChoices) {
		this.productChoices = productChoices;
		this.inburgering = inburgering;
		this.decisions = decisions;
		this.clock = clock;
	}

	@GetMapping("/huishoudens/{id}/leden/{personId}/pip")
	String page(@PathVariable String id, @PathVariable String personId, Model model) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		PipView pip = findPip(personId);
		PlanForm form;
		if (pip == null) {
			form = new PlanForm();
			form.setTermijnStart(household.arrivalDate());
		}
		else {
			form = PlanForm.of(pip.versie(), pip.current());
		}
		model.addAttribute("form", form.withEmptyRows());
		return render(household, personId, pip, model);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/pip")
	String draftOrRevise(@PathVariable String id, @PathVariable String personId,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		PipView pip = findPip(personId);
		return FormSubmission.submit(errors, "pip.invalid", () -> {
			UUID person = IntakeApi.uuid(personId);
			if (pip == null) {
				decisions.draft(person, form.toInhoud(null));
			}
			else if (pip.current().status() == Pip.Status.VASTGESTELD) {
				decisions.revise(person, form.getVersie(), form.toInhoud(pip.current()));
			}
			else {
				decisions.updateDraft(person, form.getVersie(), form.toInhoud(pip.current()));
			}
			redirect.addFlashAttribute("saved", "pip.saved.draft");
			return "redirect:/huishoudens/" + id + "/leden/" + personId + "/pip";
		}, () -> {
			form.withEmptyRows();
			return render(household, personId, pip, model);
		});
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/pip/bespreking")
	String discuss(@PathVariable String id, @PathVariable String personId, @RequestParam long versie,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
			@RequestParam(defaultValue = "") String visieNieuwkomer, RedirectAttributes redirect) {
		return step(id, personId, redirect, "pip.saved.discussed", () -> decisions.discuss(IntakeApi.uuid(personId),
				versie, datum == null ? LocalDate.now(clock) : datum, visieNieuwkomer));
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/pip/vaststelling")
	String establish(@PathVariable String id, @PathVariable String personId, @RequestParam long versie,
			RedirectAttributes redirect) {
		return step(id, personId, redirect, "pip.saved.established",
				() -> decisions.establish(IntakeApi.uuid(personId), versie, LocalDate.now(clock)));
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/pip/verlenging")
	String extend(@PathVariable String id, @PathVariable String personId, @RequestParam long versie,
			@RequestParam(defaultValue = "0") int maanden, @RequestParam(defaultValue = "") String reden,
			RedirectAttributes redirect) {
		return step(id, personId, redirect, "pip.saved.extended", () -> decisions.extendTerm(IntakeApi.uuid(personId),
				versie, new Inburgeringstermijn.Verlenging(maanden, reden, LocalDate.now(clock))));
	}

	private String step(String id, String personId, RedirectAttributes redirect, String done, Runnable step) {
		return FormSubmission.step(redirect, "redirect:/huishoudens/" + id + "/leden/" + personId + "/pip", done, step);
	}

	private PipView findPip(String personId) {
		try {
			return decisions.pip(IntakeApi.uuid(personId));
		}
		catch (NoSuchElementException e) {
			return null;
		}
	}

	private String render(HouseholdView household, String personId, PipView pip, Model model) {
		UUID person = IntakeApi.uuid(personId);
		model.addAttribute("household", household);
		model.addAttribute("member", household.member(person));
		model.addAttribute("pip", pip);
		model.addAttribute("domeinen", Domein.values());
		model.addAttribute("routes", List.of("B1", "ONDERWIJS", "Z"));
		model.addAttribute("statussen", PipInhoud.ActiviteitStatus.values());
		model.addAttribute("producten",
				productChoices.choosable(GemeenteCode.of(household.gemeente()), LocalDate.now(clock)));
		return "inburgering/pip";
	}

}
