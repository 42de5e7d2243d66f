package nl.verbinder.sleutelpersoon.web;

import nl.verbinder.shell.FormSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.PlausibleDate;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.sleutelpersoon.Assigning;
import nl.verbinder.sleutelpersoon.Requesting;
import nl.verbinder.sleutelpersoon.Rol;
import nl.verbinder.sleutelpersoon.Verzoek;
import org.jspecify.annotations.Nullable;
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
 * Pages for requests: a professional asks for a key person and follows the requests of
 * their municipality; the coordinator sees the ranked candidates, offers a request and
 * applies the week's proposal.
 */
@Controller
class RequestingPages {

	private final Requesting requesting;

	private final Assigning assigning;

	private final AccessControl access;

	private final ReferenceData reference;

	private final Clock clock;

	RequestingPages(Requesting requesting, Assigning assigning, AccessControl access, ReferenceData reference,
			Clock clock) {
		this.requesting = requesting;
		this.assigning = assigning;
		this.access = access;
		this.reference = reference;
		this.clock = clock;
	}

	/** A request as entered; kept whole when it comes back with errors. */
	public static class RequestForm {

		private @Nullable UUID huishouden;

		@NotBlank
		private String gemeente = "";

		@NotNull
		private Verzoek.Soort soort = Verzoek.Soort.HUISBEZOEK;

		@NotBlank
		private String taal = "";

		@NotNull
		private Rol rol = Rol.VERTALER;

		private @Nullable Domein domein;

		@Size(max = 100)
		private String wijk = "";

		@NotNull
		@PlausibleDate(yearsAhead = 1)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate van;

		@NotNull
		@PlausibleDate(yearsAhead = 1)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate tot;

		@Min(15)
		@Max(480)
		private int minuten = 60;

		@NotNull
		private Verzoek.Urgentie urgentie = Verzoek.Urgentie.NORMAAL;

		@NotBlank
		@Size(max = 1000)
		private String doel = "";

		public @Nullable UUID getHuishouden() {
			return huishouden;
		}

		public void setHuishouden(@Nullable UUID v) {
			huishouden = v;
		}

		public String getGemeente() {
			return gemeente;
		}

		public void setGemeente(String v) {
			gemeente = v;
		}

		public Verzoek.Soort getSoort() {
			return soort;
		}

		public void setSoort(Verzoek.Soort v) {
			soort = v;
		}

		public String getTaal() {
			return taal;
		}

		public void setTaal(String v) {
			taal = v;
		}

		public Rol getRol() {
			return rol;
		}

		public void setRol(Rol v) {
			rol = v;
		}

		public @Nullable Domein getDomein() {
			return domein;
		}

		public void setDomein(@Nullable Domein v) {
			domein = v;
		}

		public String getWijk() {
			return wijk;
		}

		public void setWijk(String v) {
			wijk = v;
		}

		public LocalDate getVan() {
			return van;
		}

		public void setVan(LocalDate v) {
			van = v;
		}

		public LocalDate getTot() {
			return tot;
		}

		public void setTot(LocalDate v) {
			tot = v;
		}

		public int getMinuten() {
			return minuten;
		}

		public void setMinuten(int v) {
			minuten = v;
		}

		public Verzoek.Urgentie getUrgentie() {
			return urgentie;
		}

		public void setUrgentie(Verzoek.Urgentie v) {
			urgentie = v;
		}

		public String getDoel() {
			return doel;
		}

		public void setDoel(String v) {
			doel = v;
		}

	}

	@GetMapping("/verzoeken")
	String requests(Model model) {
		model.addAttribute("requests", requesting.requests());
		model.addAttribute("mayMatch", access.currentActor().role().may(Permission.KEY_PERSON_POOL_MANAGE));
		return "sleutelpersoon/requests";
	}

	@GetMapping("/verzoeken/nieuw")
	String newRequest(@RequestParam(name = "huishouden", required = false) UUID household, Model model) {
		var form = new RequestForm();
		form.setHuishouden(household);
		var gemeenten = access.scopeFor(Permission.KEY_PERSON_REQUEST).gemeenten();
		form.setGemeente(gemeenten.first().value());
		form.setVan(LocalDate.now(clock));
		form.setTot(LocalDate.now(clock).plusDays(7));
		model.addAttribute("form", form);
		return requestForm(model);
	}

	@PostMapping("/verzoeken")
	String request(@Valid @ModelAttribute("form") RequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.submit(errors, "request.invalid", () -> {
			requesting.request(new Requesting.NewRequest(form.getSoort(), List.of(new TaalCode(form.getTaal())),
					form.getRol(), form.getDomein(), new GemeenteCode(form.getGemeente()), form.getWijk(),
					form.getVan(), form.getTot(), form.getMinuten(), form.getUrgentie(), form.getHuishouden(),
					form.getDoel()));
			redirect.addFlashAttribute("saved", "request.saved");
			return "redirect:/verzoeken";
		}, () -> requestForm(model));
	}

	private String requestForm(Model model) {
		model.addAttribute("gemeenten", access.scopeFor(Permission.KEY_PERSON_REQUEST).gemeenten());
		model.addAttribute("talen", reference.newcomerTalen());
		model.addAttribute("soorten", Verzoek.Soort.values());
		model.addAttribute("rollen", Rol.values());
		model.addAttribute("domeinen", Domein.values());
		model.addAttribute("urgenties", Verzoek.Urgentie.values());
		return "sleutelpersoon/request-form";
	}

	@GetMapping("/verzoeken/{id}/kandidaten")
	String candidates(@PathVariable UUID id, Model model) {
		model.addAttribute("request", requesting.findRequest(id));
		model.addAttribute("ranking", assigning.candidates(id));
		return "sleutelpersoon/candidates";
	}

	@PostMapping("/verzoeken/{id}/aanbod")
	String offer(@PathVariable UUID id, @RequestParam UUID sleutelpersoon, @RequestParam long versie,
			RedirectAttributes redirect) {
		return FormSubmission.step(redirect, "redirect:/verzoeken", "request.offered",
				() -> assigning.offer(id, sleutelpersoon, versie));
	}

	@GetMapping("/verzoeken/weekvoorstel")
	String weekProposal(
			@RequestParam(name = "dag", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		model.addAttribute("proposal", assigning.weekProposal(day == null ? LocalDate.now(clock) : day));
		return "sleutelpersoon/week-proposal";
	}

	@PostMapping("/verzoeken/weekvoorstel")
	String applyWeekProposal(@RequestParam(name = "dag") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		return FormSubmission.step(redirect, "redirect:/verzoeken", "week.applied",
				() -> redirect.addFlashAttribute("offered", assigning.applyWeekProposal(day)));
	}

}
