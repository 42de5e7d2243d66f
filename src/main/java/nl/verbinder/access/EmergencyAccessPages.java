package nl.verbinder.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import nl.verbinder.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's review of emergency access: {@code /beheer/noodtoegang}, every
 * grant with who, which household of which municipality, the reason, from when until when
 * and whether it was ended early; a grant still active can be ended.
 */
@Controller
class EmergencyAccessPages {

	/** A grant as the list shows it, in Dutch time. */
	record Row(UUID id, String actor, String actorGemeente, UUID household, String gemeente, String reason,
			LocalDateTime from, LocalDateTime until, boolean endedEarly, boolean active) {

		static Row of(EmergencyAccessGrant g, Clock clock) {
			return new Row(g.id(), g.actor(), g.actorGemeente().value(), g.household(), g.gemeente().value(),
					g.reason(), LocalDateTime.ofInstant(g.grantedAt(), DutchTime.ZONE),
					LocalDateTime.ofInstant(g.until(), DutchTime.ZONE), g.endedEarly(), g.activeAt(clock.instant()));
		}

	}

	private final EmergencyAccess emergencyAccess;

	private final Clock clock;

	EmergencyAccessPages(EmergencyAccess emergencyAccess, Clock clock) {
		this.emergencyAccess = emergencyAccess;
		this.clock = clock;
	}

	@GetMapping("/beheer/noodtoegang")
	String list(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		EmergencyAccess.Page grants = emergencyAccess.latest(page, 50);
		model.addAttribute("grants", grants.grants().stream().map(g -> Row.of(g, clock)).toList());
		model.addAttribute("page", grants);
		return "access/emergency-access";
	}

	@PostMapping("/beheer/noodtoegang/{id}/beeindigen")
	String end(@PathVariable String id, RedirectAttributes redirect) {
		emergencyAccess.end(uuid(id));
		redirect.addFlashAttribute("ended", true);
		return "redirect:/beheer/noodtoegang";
	}

	private static UUID uuid(@Nullable String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new java.util.NoSuchElementException("No emergency access " + id);
		}
	}

}
