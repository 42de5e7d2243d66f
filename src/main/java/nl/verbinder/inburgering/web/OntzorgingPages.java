package nl.verbinder.inburgering.web;

import nl.verbinder.shell.FormSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Ontzorgen;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A household's financial unburdening (ontzorgen): its state on the household page
 * (loaded by htmx) and the page to arrange or change it.
 */
@Controller
class OntzorgingPages {

	private final Inburgering inburgering;

	private final Ontzorgen ontzorgen;

	OntzorgingPages(Inburgering inburgering, Ontzorgen ontzorgen) {
		this.inburgering = inburgering;
		this.ontzorgen = ontzorgen;
	}

	public static class OntzorgingForm {

		@NotNull
		@PlausibleDate(yearsAhead = 1)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate vanaf;

		@PlausibleDate(yearsAhead = 3)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate tot;

		private boolean vervolgAfgesproken;

		public LocalDate getVanaf() {
			return vanaf;
		}

		public void setVanaf(LocalDate v) {
			vanaf = v;
		}

		public LocalDate getTot() {
			return tot;
		}

		public void setTot(LocalDate v) {
			tot = v;
		}

		public boolean isVervolgAfgesproken() {
			return vervolgAfgesproken;
		}

		public void setVervolgAfgesproken(boolean v) {
			vervolgAfgesproken = v;
		}

	}

	@GetMapping("/huishoudens/{id}/ontzorgen/overzicht")
	String summary(@PathVariable String id, Model model) {
		HouseholdId household = HouseholdId.of(id);
		model.addAttribute("householdId", household.value());
		model.addAttribute("ontzorging", ontzorgen.of(household).orElse(null));
		return "inburgering/ontzorgen :: summary";
	}

	@GetMapping("/huishoudens/{id}/ontzorgen")
	String page(@PathVariable String id, Model model) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		Optional<Ontzorging> current = ontzorgen.of(household.id());
		var form = new OntzorgingForm();
		form.setVanaf(current.map(Ontzorging::vanaf).orElse(household.arrivalDate()));
		form.setTot(current.map(Ontzorging::tot).orElse(household.arrivalDate().plusMonths(6)));
		form.setVervolgAfgesproken(current.map(Ontzorging::vervolgAfgesproken).orElse(false));
		model.addAttribute("form", form);
		return page(household, current, model);
	}

	@PostMapping("/huishoudens/{id}/ontzorgen")
	String record(@PathVariable String id, @Valid @ModelAttribute("form") OntzorgingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		HouseholdView household = inburgering.household(HouseholdId.of(id));
		return FormSubmission.submit(errors, "ontzorging.invalid", () -> {
			ontzorgen.record(household.id(),
					new Ontzorging(form.getVanaf(), form.getTot(), form.isVervolgAfgesproken()));
			redirect.addFlashAttribute("recorded", true);
			return "redirect:/huishoudens/" + household.id().value() + "/ontzorgen";
		}, () -> page(household, ontzorgen.of(household.id()), model));
	}

	private String page(HouseholdView household, Optional<Ontzorging> current, Model model) {
		model.addAttribute("household", household);
		model.addAttribute("ontzorging", current.orElse(null));
		return "inburgering/ontzorgen";
	}

}
