package nl.verbinder.inburgering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.shared.GemeenteCode;
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

/** The case manager's household pages: caseload, registration and the household page. */
@Controller
class HouseholdPages {

	private final Inburgering inburgering;
	private final AccessControl access;

	HouseholdPages(Inburgering inburgering, AccessControl access) {
		this.inburgering = inburgering;
		this.access = access;
	}

	/** The registration form; kept whole when it comes back with errors, so nothing typed is lost. */
	static class RegistrationForm {

		@NotBlank
		private String gemeente = "";

		@NotBlank
		@Size(max = 300)
		private String adres = "";

		@NotBlank
		@Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{validation.postcode}")
		private String postcode = "";

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate aankomstdatum;

		@NotBlank
		@Size(max = 200)
		private String voornaam = "";

		@NotBlank
		@Size(max = 200)
		private String achternaam = "";

		@NotNull
		@Past
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate geboortedatum;

		public String getGemeente() { return gemeente; }
		public void setGemeente(String v) { gemeente = v; }
		public String getAdres() { return adres; }
		public void setAdres(String v) { adres = v; }
		public String getPostcode() { return postcode; }
		public void setPostcode(String v) { postcode = v; }
		public LocalDate getAankomstdatum() { return aankomstdatum; }
		public void setAankomstdatum(LocalDate v) { aankomstdatum = v; }
		public String getVoornaam() { return voornaam; }
		public void setVoornaam(String v) { voornaam = v; }
		public String getAchternaam() { return achternaam; }
		public void setAchternaam(String v) { achternaam = v; }
		public LocalDate getGeboortedatum() { return geboortedatum; }
		public void setGeboortedatum(LocalDate v) { geboortedatum = v; }
	}

	@GetMapping("/huishoudens")
	String caseload(@RequestParam(name = "naam", required = false) String name, Model model) {
		model.addAttribute("naam", name);
		model.addAttribute("entries", inburgering.caseload(name, 100));
		return "inburgering/caseload";
	}

	@GetMapping("/huishoudens/nieuw")
	String registrationForm(Model model) {
		var form = new RegistrationForm();
		var actor = access.currentActor();
		if (actor.gemeente() != null) {
			form.setGemeente(actor.gemeente().value());
		}
		model.addAttribute("form", form);
		return form(model);
	}

	@PostMapping("/huishoudens")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model);
		}
		try {
			HouseholdView household = inburgering.register(GemeenteCode.of(form.getGemeente()),
					form.getAdres(), form.getPostcode(), form.getAankomstdatum(),
					List.of(new Inburgering.NewMember(form.getVoornaam(), form.getAchternaam(), form.getGeboortedatum(),
							Gezinsrol.INBURGERAAR)));
			redirect.addFlashAttribute("registered", true);
			return "redirect:/huishoudens/" + household.id();
		}
		catch (IllegalArgumentException e) {
			errors.reject("household.invalid", new Object[] { e.getMessage() }, e.getMessage());
			return form(model);
		}
	}

	private String form(Model model) {
		model.addAttribute("gemeenten", access.scopeFor(Permission.HOUSEHOLD_WRITE).gemeenten());
		return "inburgering/register";
	}

	@GetMapping("/huishoudens/{id}")
	String household(@PathVariable String id, Model model) {
		model.addAttribute("household", inburgering.household(HouseholdId.of(id)));
		return "inburgering/household";
	}

	@GetMapping("/cijfers")
	String figures(Model model) {
		model.addAttribute("perGemeente", inburgering.householdsPerGemeente());
		return "inburgering/figures";
	}
}
