package nl.verbinder.inburgering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The PIP page of a person: the plan in force and its versions, and the next step (draft, discuss,
 * establish, revise, extend). Each form carries the version it was made on; a stale one is a conflict.
 */
@Controller
class PipPages {

	private final Inburgering inburgering;
	private final PipDecisions decisions;
	private final Clock clock;

	PipPages(Inburgering inburgering, PipDecisions decisions, Clock clock) {
		this.inburgering = inburgering;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** Route, term start, one new goal and optionally one new activity (existing ones are kept on revision). */
	public static class PlanForm {

		private long versie;

		@NotNull
		@Pattern(regexp = "B1|ONDERWIJS|Z")
		private String leerroute = "B1";

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate termijnStart;

		private Domein doelDomein = Domein.TAAL_EN_COMMUNICATIE;

		@Size(max = 500)
		private String doelOmschrijving = "";

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate doelStreefdatum;

		@Size(max = 3000)
		private String doelStappen = "";

		@Size(max = 200)
		private String aanbieder = "";

		@Size(max = 300)
		private String activiteit = "";

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate activiteitStart;

		@Min(0)
		@Max(40)
		private int urenPerWeek;

		@Size(max = 500)
		private String duaalTraject = "";

		public long getVersie() { return versie; }
		public void setVersie(long v) { versie = v; }
		public String getLeerroute() { return leerroute; }
		public void setLeerroute(String v) { leerroute = v; }
		public LocalDate getTermijnStart() { return termijnStart; }
		public void setTermijnStart(LocalDate v) { termijnStart = v; }
		public Domein getDoelDomein() { return doelDomein; }
		public void setDoelDomein(Domein v) { doelDomein = v; }
		public String getDoelOmschrijving() { return doelOmschrijving; }
		public void setDoelOmschrijving(String v) { doelOmschrijving = v; }
		public LocalDate getDoelStreefdatum() { return doelStreefdatum; }
		public void setDoelStreefdatum(LocalDate v) { doelStreefdatum = v; }
		public String getDoelStappen() { return doelStappen; }
		public void setDoelStappen(String v) { doelStappen = v; }
		public String getAanbieder() { return aanbieder; }
		public void setAanbieder(String v) { aanbieder = v; }
		public String getActiviteit() { return activiteit; }
		public void setActiviteit(String v) { activiteit = v; }
		public LocalDate getActiviteitStart() { return activiteitStart; }
		public void setActiviteitStart(LocalDate v) { activiteitStart = v; }
		public int getUrenPerWeek() { return urenPerWeek; }
		public void setUrenPerWeek(int v) { urenPerWeek = v; }
		public String getDuaalTraject() { return duaalTraject; }
		public void setDuaalTraject(String v) { duaalTraject = v; }

		/** The content: {@code existing} goals and activities plus the ones entered in this form. */
		PipInhoud toInhoud(PipView.VersieView existing) {
			List<PipInhoud.Doel> doelen = new ArrayList<>(existing == null ? List.of() : existing.doelen());
			if (!doelOmschrijving.isBlank()) {
				if (doelStreefdatum == null) {
					throw new IllegalArgumentException("A goal needs a target date");
				}
				doelen.add(new PipInhoud.Doel(doelDomein, doelOmschrijving, doelStreefdatum,
						Arrays.stream(doelStappen.split("\\R")).toList()));
			}
			List<PipInhoud.Activiteit> activiteiten = new ArrayList<>(existing == null ? List.of() : existing.activiteiten());
			if (!aanbieder.isBlank() || !activiteit.isBlank()) {
				activiteiten.add(new PipInhoud.Activiteit(aanbieder, activiteit,
						activiteitStart == null ? termijnStart : activiteitStart, null, urenPerWeek,
						PipInhoud.ActiviteitStatus.GEPLAND));
			}
			var termijn = existing == null ? Inburgeringstermijn.from(termijnStart)
					: new Inburgeringstermijn(termijnStart, existing.verlengingen());
			return new PipInhoud(Leerroute.of(leerroute), termijn, doelen, activiteiten, duaalTraject);
		}
	}

	@GetMapping("/huishoudens/{id}/leden/{personId}/pip")
	String page(@PathVariable String id, @PathVariable String personId, Model model) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		PipView pip = findPip(personId);
		var form = new PlanForm();
		if (pip == null) {
			form.setTermijnStart(household.arrivalDate());
		}
		else {
			var current = pip.current();
			form.setVersie(pip.versie());
			form.setLeerroute(current.leerroute());
			form.setTermijnStart(current.termijnStart());
			form.setDuaalTraject(current.duaalTraject() == null ? "" : current.duaalTraject());
			form.setDoelOmschrijving("");
		}
		model.addAttribute("form", form);
		return render(household, personId, pip, model);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/pip")
	String draftOrRevise(@PathVariable String id, @PathVariable String personId,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		PipView pip = findPip(personId);
		if (!errors.hasErrors()) {
			try {
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
			}
			catch (IllegalArgumentException e) {
				errors.reject("pip.invalid", new Object[] { e.getMessage() }, e.getMessage());
			}
		}
		return render(household, personId, pip, model);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/pip/bespreking")
	String discuss(@PathVariable String id, @PathVariable String personId, @RequestParam long versie,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum,
			@RequestParam(defaultValue = "") String visieNieuwkomer, RedirectAttributes redirect) {
		return step(id, personId, redirect, "pip.saved.discussed", () -> decisions.discuss(IntakeApi.uuid(personId), versie,
				datum == null ? LocalDate.now(clock) : datum, visieNieuwkomer));
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
		try {
			step.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("stepError", e.getMessage());
		}
		return "redirect:/huishoudens/" + id + "/leden/" + personId + "/pip";
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
		return "inburgering/pip";
	}
}
