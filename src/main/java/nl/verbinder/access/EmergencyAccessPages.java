package nl.verbinder.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's list of grants of emergency access ({@code /beheer/noodtoegang}):
 * who opened which municipality's household, why, when, until when and how often they
 * used it.
 */
@Controller
class EmergencyAccessPages {

	private final EmergencyAccess emergencyAccess;

	EmergencyAccessPages(EmergencyAccess emergencyAccess) {
		this.emergencyAccess = emergencyAccess;
	}

	@GetMapping("/beheer/noodtoegang")
	String list(Model model) {
		model.addAttribute("grants", emergencyAccess.recent());
		model.addAttribute("now", emergencyAccess.now());
		return "access/emergency-access";
	}

}
