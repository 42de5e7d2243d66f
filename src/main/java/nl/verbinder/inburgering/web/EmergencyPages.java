package nl.verbinder.inburgering.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;
import nl.verbinder.inburgering.EmergencyHouseholds;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Noodtoegang on pages: a case manager who follows a link to a household outside their
 * municipality gets a 403 page that offers to open it in an emergency with a reason (the
 * same page whether or not the household exists, so nothing leaks before a reason is
 * given); opening it leads to the household page, which shows the grant, and the
 * household's own municipality sees the notice there. The API has no such way.
 */
@Controller
class EmergencyPages {

	/** The reason as typed. */
	public static class EmergencyForm {

		private String reden = "";

		public String getReden() {
			return reden;
		}

		public void setReden(String reden) {
			this.reden = reden == null ? "" : reden;
		}

	}

	private final EmergencyHouseholds emergency;

	EmergencyPages(EmergencyHouseholds emergency) {
		this.emergency = emergency;
	}

	/**
	 * Where the household page sends a case manager for a household it cannot show: the
	 * offer to open it in an emergency (403), or "not found" to whoever may not.
	 */
	@GetMapping("/huishoudens/{id}/noodtoegang")
	String offer(@PathVariable String id, Model model, HttpServletResponse response) throws IOException {
		HouseholdId household = HouseholdId.of(id);
		if (!emergency.mayOpen()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return null;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return offer(household, model);
	}

	/** The offer's page, as the household page shows it for a household out of scope. */
	static String offer(HouseholdId household, Model model) {
		if (!model.containsAttribute("emergency")) {
			model.addAttribute("emergency", new EmergencyForm());
		}
		model.addAttribute("householdId", household.value());
		return "inburgering/emergency";
	}

	@PostMapping("/huishoudens/{id}/noodtoegang")
	String open(@PathVariable String id, @ModelAttribute("emergency") EmergencyForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		HouseholdId household = HouseholdId.of(id);
		if (!emergency.mayOpen()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return null;
		}
		try {
			emergency.open(household, form.getReden());
			redirect.addFlashAttribute("emergencyOpened", true);
			return "redirect:/huishoudens/" + household.value();
		}
		catch (RuleViolation e) {
			errors.rejectValue("reden", e.code(), e.getArguments(), e.getMessage());
		}
		catch (NoSuchElementException e) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return null;
		}
		model.addAttribute("householdId", household.value());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "inburgering/emergency";
	}

	/**
	 * The household page's section on emergency access: the case manager's own active
	 * grant, and the notices of grants by case managers of other municipalities.
	 */
	@GetMapping("/huishoudens/{id}/noodtoegang/meldingen")
	String notices(@PathVariable String id, Model model) {
		HouseholdId household = HouseholdId.of(id);
		model.addAttribute("grant", emergency.activeGrant(household).orElse(null));
		model.addAttribute("emergencyNotices", emergency.notices(household));
		model.addAttribute("now", emergency.now());
		return "inburgering/emergency-notices :: notices";
	}

}
