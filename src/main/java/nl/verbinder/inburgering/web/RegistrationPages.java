package nl.verbinder.inburgering.web;

import nl.verbinder.brp.Brp;
import nl.verbinder.brp.BrpPerson;
import nl.verbinder.inburgering.Geslacht;
import nl.verbinder.inburgering.Gezinsrol;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration of a household: the form, looking the first person up in the BRP by
 * BSN (which fills the form, partners and children included, and keeps whatever else was
 * typed), and registering.
 */
@Controller
class RegistrationPages {

	private final Inburgering inburgering;

	private final AccessControl access;

	private final ReferenceData reference;

	private final Brp brp;

	RegistrationPages(Inburgering inburgering, AccessControl access, ReferenceData reference, Brp brp) {
		this.inburgering = inburgering;
		this.access = access;
		this.reference = reference;
		this.brp = brp;
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

	/**
	 * Looks the BSN of the form up in the BRP and fills the form with the answer; an
	 * unknown BSN or a BRP that does not answer leaves the form as it was, with a
	 * message.
	 */
	@PostMapping("/huishoudens/nieuw/brp")
	String lookUp(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
		if (!Bsn.valid(form.getBsn().replaceAll("[\\s.]", ""))) {
			errors.rejectValue("bsn", "validation.bsn");
			return form(model);
		}
		try {
			BrpPerson person = brp.lookUp(Bsn.of(form.getBsn()));
			BrpTakeover.fill(form, person, access.scopeFor(Permission.HOUSEHOLD_WRITE).gemeenten(), reference);
			model.addAttribute("brpFilled", true);
		}
		catch (Brp.UnknownBsn | Brp.NotAvailable e) {
			model.addAttribute("brpProblem", e);
		}
		return form(model);
	}

	@PostMapping("/huishoudens")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model);
		}
		try {
			List<Inburgering.NewMember> members = new ArrayList<>();
			members.add(form.toNewMember(Gezinsrol.INBURGERAAR));
			form.getGezinsleden()
				.stream()
				.filter(HouseholdMemberRow::isMeenemen)
				.map(HouseholdMemberRow::toNewMember)
				.forEach(members::add);
			HouseholdView household = inburgering.register(GemeenteCode.of(form.getGemeente()), form.getAdres(),
					form.getPostcode(), form.getAankomstdatum(), members, form.isBevestigd());
			redirect.addFlashAttribute("registered", true);
			return "redirect:/huishoudens/" + household.id();
		}
		catch (Inburgering.PossibleDuplicate e) {
			model.addAttribute("duplicates", e.candidates());
			return form(model);
		}
		catch (Inburgering.BsnRegistered e) {
			model.addAttribute("bsnRegisteredIn", e.household());
			return form(model);
		}
		catch (IllegalArgumentException e) {
			errors.reject("household.invalid", new Object[] { RuleViolation.reason(e) }, null);
			return form(model);
		}
	}

	private String form(Model model) {
		model.addAttribute("gemeenten", access.scopeFor(Permission.HOUSEHOLD_WRITE).gemeenten());
		model.addAttribute("landen", reference.landen(LocaleContextHolder.getLocale()));
		model.addAttribute("geslachten", Geslacht.values());
		model.addAttribute("brpAvailable", brp.available());
		return "inburgering/register";
	}

}
