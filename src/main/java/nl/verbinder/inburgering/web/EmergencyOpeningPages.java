package nl.verbinder.inburgering.web;

import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.EmergencyAccess;
import nl.verbinder.inburgering.EmergencyOpening;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Breaking the glass: the case manager's form to open the household of a BSN in another
 * municipality with a stated reason ({@code /huishoudens/noodtoegang}); the caseload
 * offers it after a search by BSN that found nothing. The case manager ends their own
 * grant early from the household's page
 * ({@code /huishoudens/noodtoegang/{id}/beeindigen}).
 */
@Controller
class EmergencyOpeningPages {

	private final EmergencyOpening opening;

	private final EmergencyAccess emergencyAccess;

	EmergencyOpeningPages(EmergencyOpening opening, EmergencyAccess emergencyAccess) {
		this.opening = opening;
		this.emergencyAccess = emergencyAccess;
	}

	@GetMapping("/huishoudens/noodtoegang")
	String form(Model model) {
		model.addAttribute("bsn", "");
		model.addAttribute("reden", "");
		return "inburgering/emergency-access";
	}

	@PostMapping("/huishoudens/noodtoegang")
	String open(@RequestParam(name = "bsn", defaultValue = "") String bsn,
			@RequestParam(name = "reden", defaultValue = "") String reden, Model model, RedirectAttributes redirect) {
		try {
			HouseholdId household = new HouseholdId(opening.open(bsn, reden).grant().household());
			redirect.addFlashAttribute("emergencyOpened", true);
			return "redirect:/huishoudens/" + household;
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("refusal", RuleViolation.reason(e));
			model.addAttribute("bsn", bsn);
			model.addAttribute("reden", reden);
			return "inburgering/emergency-access";
		}
	}

	/**
	 * Ends the case manager's own grant now; the household is closed to them again, so
	 * they go back to their caseload.
	 */
	@PostMapping("/huishoudens/noodtoegang/{id}/beeindigen")
	String end(@PathVariable String id, RedirectAttributes redirect) {
		emergencyAccess.endOwn(uuid(id));
		redirect.addFlashAttribute("emergencyEnded", true);
		return "redirect:/huishoudens";
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NoSuchElementException("No emergency access " + id);
		}
	}

}
