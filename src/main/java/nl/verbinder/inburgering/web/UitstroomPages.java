package nl.verbinder.inburgering.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Uitstroom;
import nl.verbinder.inburgering.UitstroomSoort;
import nl.verbinder.inburgering.Uitstromen;
import nl.verbinder.inburgering.Werkniveau;
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
 * A person's outflow: where they went on to, as a history, and the form for a new one.
 */
@Controller
class UitstroomPages {

	private final MemberPage memberPage;

	private final Uitstromen uitstromen;

	private final Clock clock;

	UitstroomPages(Inburgering inburgering, Uitstromen uitstromen, Clock clock) {
		this.memberPage = new MemberPage(inburgering, "uitstroom", "uitstroom.invalid");
		this.uitstromen = uitstromen;
		this.clock = clock;
	}

	public static class UitstroomForm {

		@NotNull
		private UitstroomSoort soort;

		@NotNull
		@PlausibleDate(yearsAhead = 0)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate startdatum;

		private Integer urenPerWeek;

		private Werkniveau werkniveau;

		public UitstroomSoort getSoort() {
			return soort;
		}

		public void setSoort(UitstroomSoort v) {
			soort = v;
		}

		public LocalDate getStartdatum() {
			return startdatum;
		}

		public void setStartdatum(LocalDate v) {
			startdatum = v;
		}

		public Integer getUrenPerWeek() {
			return urenPerWeek;
		}

		public void setUrenPerWeek(Integer v) {
			urenPerWeek = v;
		}

		public Werkniveau getWerkniveau() {
			return werkniveau;
		}

		public void setWerkniveau(Werkniveau v) {
			werkniveau = v;
		}

	}

	@GetMapping("/huishoudens/{id}/leden/{personId}/uitstroom")
	String uitstroom(@PathVariable String id, @PathVariable String personId, Model model) {
		var form = new UitstroomForm();
		form.setStartdatum(LocalDate.now(clock));
		model.addAttribute("form", form);
		return page(id, personId, model);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/uitstroom")
	String record(@PathVariable String id, @PathVariable String personId,
			@Valid @ModelAttribute("form") UitstroomForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		boolean work = form.getSoort() == UitstroomSoort.WERK;
		return memberPage.record(id, personId, errors, redirect, "recorded",
				person -> uitstromen.record(person, form.getSoort(), form.getStartdatum(),
						work ? form.getUrenPerWeek() : null, work ? form.getWerkniveau() : null),
				() -> page(id, personId, model));
	}

	private String page(String id, String personId, Model model) {
		HouseholdView.MemberView member = memberPage.show(id, personId, model);
		List<Uitstroom> history = uitstromen.history(member.personId());
		model.addAttribute("history", history.reversed());
		model.addAttribute("soorten", UitstroomSoort.values());
		model.addAttribute("niveaus", Werkniveau.values());
		return "inburgering/uitstroom";
	}

}
