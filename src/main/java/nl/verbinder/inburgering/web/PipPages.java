package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.Pip;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.PipView;

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
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.PlausibleDate;
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

	PipPages(Inburgering inburgering, PipDecisions decisions, Clock clock) {
		this.inburgering = inburgering;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** One goal as a form row; a row left empty is no goal. */
	public static class GoalRow {

		private Domein domein = Domein.TAAL_EN_COMMUNICATIE;

		@Size(max = 500)
		private String omschrijving = "";

		@PlausibleDate
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate streefdatum;

		@Size(max = 3000)
		private String stappen = "";

		public Domein getDomein() {
			return domein;
		}

		public void setDomein(Domein v) {
			domein = v;
		}

		public String getOmschrijving() {
			return omschrijving;
		}

		public void setOmschrijving(String v) {
			omschrijving = v;
		}

		public LocalDate getStreefdatum() {
			return streefdatum;
		}

		public void setStreefdatum(LocalDate v) {
			streefdatum = v;
		}

		public String getStappen() {
			return stappen;
		}

		public void setStappen(String v) {
			stappen = v;
		}

		boolean blank() {
			return omschrijving.isBlank() && streefdatum == null && stappen.isBlank();
		}

	}

	/** One activity as a form row; a row left empty is no activity. */
	public static class ActivityRow {

		@Size(max = 200)
		private String aanbieder = "";

		@Size(max = 300)
		private String omschrijving = "";

		@PlausibleDate
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate start;

		@PlausibleDate
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate einde;

		@Min(0)
		@Max(40)
		private int urenPerWeek;

		private PipInhoud.ActiviteitStatus status = PipInhoud.ActiviteitStatus.GEPLAND;

		public String getAanbieder() {
			return aanbieder;
		}

		public void setAanbieder(String v) {
			aanbieder = v;
		}

		public String getOmschrijving() {
			return omschrijving;
		}

		public void setOmschrijving(String v) {
			omschrijving = v;
		}

		public LocalDate getStart() {
			return start;
		}

		public void setStart(LocalDate v) {
			start = v;
		}

		public LocalDate getEinde() {
			return einde;
		}

		public void setEinde(LocalDate v) {
			einde = v;
		}

		public int getUrenPerWeek() {
			return urenPerWeek;
		}

		public void setUrenPerWeek(int v) {
			urenPerWeek = v;
		}

		public PipInhoud.ActiviteitStatus getStatus() {
			return status;
		}

		public void setStatus(PipInhoud.ActiviteitStatus v) {
			status = v;
		}

		boolean blank() {
			return aanbieder.isBlank() && omschrijving.isBlank() && start == null && einde == null && urenPerWeek == 0;
		}

	}

	/**
	 * The whole content of the plan as one form: route, term start, every goal and every
	 * activity (plus an empty row for a new one of each), and a dual path. Emptying a row
	 * removes it from the plan.
	 */
	public static class PlanForm {

		private long versie;

		@NotNull
		@Pattern(regexp = "B1|ONDERWIJS|Z")
		private String leerroute = "B1";

		@NotNull
		@PlausibleDate(yearsAhead = 1)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate termijnStart;

		@Size(max = 30)
		private List<@Valid GoalRow> doelen = new ArrayList<>();

		@Size(max = 30)
		private List<@Valid ActivityRow> activiteiten = new ArrayList<>();

		@Size(max = 500)
		private String duaalTraject = "";

		public long getVersie() {
			return versie;
		}

		public void setVersie(long v) {
			versie = v;
		}

		public String getLeerroute() {
			return leerroute;
		}

		public void setLeerroute(String v) {
			leerroute = v;
		}

		public LocalDate getTermijnStart() {
			return termijnStart;
		}

		public void setTermijnStart(LocalDate v) {
			termijnStart = v;
		}

		public List<GoalRow> getDoelen() {
			return doelen;
		}

		public void setDoelen(List<GoalRow> v) {
			doelen = v;
		}

		public List<ActivityRow> getActiviteiten() {
			return activiteiten;
		}

		public void setActiviteiten(List<ActivityRow> v) {
			activiteiten = v;
		}

		public String getDuaalTraject() {
			return duaalTraject;
		}

		public void setDuaalTraject(String v) {
			duaalTraject = v;
		}

		/** The form filled with a version's content. */
		static PlanForm of(long versie, PipView.VersieView v) {
			var form = new PlanForm();
			form.versie = versie;
			form.leerroute = v.leerroute();
			form.termijnStart = v.termijnStart();
			form.duaalTraject = v.duaalTraject() == null ? "" : v.duaalTraject();
			for (PipInhoud.Doel d : v.doelen()) {
				var row = new GoalRow();
				row.domein = d.domein();
				row.omschrijving = d.omschrijving();
				row.streefdatum = d.streefdatum();
				row.stappen = String.join("\n", d.stappen());
				form.doelen.add(row);
			}
			for (PipInhoud.Activiteit a : v.activiteiten()) {
				var row = new ActivityRow();
				row.aanbieder = a.aanbieder();
				row.omschrijving = a.omschrijving();
				row.start = a.start();
				row.einde = a.einde();
				row.urenPerWeek = a.urenPerWeek();
				row.status = a.status();
				form.activiteiten.add(row);
			}
			return form;
		}

		/** Drops empty rows and adds one empty goal and one empty activity to fill in. */
		PlanForm withEmptyRows() {
			doelen.removeIf(GoalRow::blank);
			activiteiten.removeIf(ActivityRow::blank);
			doelen.add(new GoalRow());
			activiteiten.add(new ActivityRow());
			return this;
		}

		/**
		 * The content this form describes; the extensions of the term are kept from
		 * {@code existing}.
		 */
		PipInhoud toInhoud(PipView.VersieView existing) {
			List<PipInhoud.Doel> goals = new ArrayList<>();
			for (GoalRow row : doelen) {
				if (row.blank()) {
					continue;
				}
				if (row.streefdatum == null) {
					throw new RuleViolation("rule.goal.target-date");
				}
				goals.add(new PipInhoud.Doel(row.domein, row.omschrijving, row.streefdatum,
						Arrays.stream(row.stappen.split("\\R")).toList()));
			}
			List<PipInhoud.Activiteit> activities = new ArrayList<>();
			for (ActivityRow row : activiteiten) {
				if (row.blank()) {
					continue;
				}
				activities.add(new PipInhoud.Activiteit(row.aanbieder, row.omschrijving,
						row.start == null ? termijnStart : row.start, row.einde, row.urenPerWeek, row.status));
			}
			var termijn = existing == null ? Inburgeringstermijn.from(termijnStart)
					: new Inburgeringstermijn(termijnStart, existing.verlengingen());
			return new PipInhoud(Leerroute.of(leerroute), termijn, goals, activities, duaalTraject);
		}

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
				errors.reject("pip.invalid", new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		form.withEmptyRows();
		return render(household, personId, pip, model);
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
		try {
			step.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("stepError", RuleViolation.reason(e));
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
		model.addAttribute("statussen", PipInhoud.ActiviteitStatus.values());
		return "inburgering/pip";
	}

}
