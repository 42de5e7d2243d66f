package nl.verbinder.inburgering.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.NoSuchElementException;
import nl.verbinder.inburgering.Afronding;
import nl.verbinder.inburgering.Afrondingen;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.inburgering.Onderdeel;
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
 * The parts of a person's integration obligation completed outside a purchased trajectory
 * (an exam passed elsewhere, a vrijstelling, an ontheffing): the list, the form for one
 * more, and withdrawing one recorded by mistake.
 */
@Controller
class AfrondingPages {

	private final MemberPage memberPage;

	private final Afrondingen afrondingen;

	private final Clock clock;

	AfrondingPages(Inburgering inburgering, Afrondingen afrondingen, Clock clock) {
		this.memberPage = new MemberPage(inburgering, "afronding", "afronding.invalid");
		this.afrondingen = afrondingen;
		this.clock = clock;
	}

	public static class AfrondingForm {

		@NotNull
		private Onderdeel onderdeel;

		@NotNull
		private Afronding.Wijze wijze;

		@NotNull
		@PlausibleDate(yearsAhead = 0)
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate datum;

		@Size(max = 500)
		private String toelichting;

		public Onderdeel getOnderdeel() {
			return onderdeel;
		}

		public void setOnderdeel(Onderdeel v) {
			onderdeel = v;
		}

		public Afronding.Wijze getWijze() {
			return wijze;
		}

		public void setWijze(Afronding.Wijze v) {
			wijze = v;
		}

		public LocalDate getDatum() {
			return datum;
		}

		public void setDatum(LocalDate v) {
			datum = v;
		}

		public String getToelichting() {
			return toelichting;
		}

		public void setToelichting(String v) {
			toelichting = v;
		}

	}

	@GetMapping("/huishoudens/{id}/leden/{personId}/afronding")
	String afronding(@PathVariable String id, @PathVariable String personId, Model model) {
		var form = new AfrondingForm();
		form.setDatum(LocalDate.now(clock));
		model.addAttribute("form", form);
		return page(id, personId, model);
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/afronding")
	String record(@PathVariable String id, @PathVariable String personId,
			@Valid @ModelAttribute("form") AfrondingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return memberPage.record(
				id, personId, errors, redirect, "recorded", person -> afrondingen.record(new Afronding(person,
						form.getOnderdeel(), form.getWijze(), form.getDatum(), form.getToelichting())),
				() -> page(id, personId, model));
	}

	@PostMapping("/huishoudens/{id}/leden/{personId}/afronding/{onderdeel}/intrekken")
	String withdraw(@PathVariable String id, @PathVariable String personId, @PathVariable String onderdeel,
			RedirectAttributes redirect) {
		HouseholdView.MemberView member = memberPage.member(id, personId);
		Onderdeel part = Afronding.ONDERDELEN.stream()
			.filter(o -> o.name().equals(onderdeel))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No part " + onderdeel));
		afrondingen.withdraw(member.personId(), part);
		redirect.addFlashAttribute("withdrawn", true);
		return memberPage.redirect(id, personId);
	}

	private String page(String id, String personId, Model model) {
		HouseholdView.MemberView member = memberPage.show(id, personId, model);
		model.addAttribute("afrondingen", afrondingen.of(member.personId()));
		model.addAttribute("onderdelen", Afronding.ONDERDELEN.stream().sorted(Comparator.naturalOrder()).toList());
		model.addAttribute("wijzen", Afronding.Wijze.values());
		return "inburgering/afronding";
	}

}
