package nl.verbinder.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case manager's signals: the open ones of their municipality, a check now, and
 * acknowledging with a note.
 */
@Controller
class SignalPages {

	private final Signals signals;

	private final ReferenceData reference;

	SignalPages(Signals signals, ReferenceData reference) {
		this.signals = signals;
		this.reference = reference;
	}

	@GetMapping("/signaleringen")
	String list(Model model) {
		List<SignalView> open = signals.open();
		Map<String, String> gemeenteNames = new HashMap<>();
		open.forEach(s -> gemeenteNames.computeIfAbsent(s.gemeente(),
				code -> reference.gemeente(GemeenteCode.of(code)).map(Gemeente::naam).orElse(code)));
		model.addAttribute("signals", open);
		model.addAttribute("gemeenteNames", gemeenteNames);
		return "monitoring/signals";
	}

	@PostMapping("/signaleringen/controle")
	String run(RedirectAttributes redirect) {
		Signals.RunResult result = signals.run();
		redirect.addFlashAttribute("ran", result);
		return "redirect:/signaleringen";
	}

	@PostMapping("/signaleringen/{id}/bevestiging")
	String acknowledge(@PathVariable UUID id, @RequestParam(defaultValue = "") String notitie,
			RedirectAttributes redirect) {
		try {
			signals.acknowledge(id, notitie);
			redirect.addFlashAttribute("saved", "monitoring.signals.acknowledged");
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("stepError", RuleViolation.reason(e));
		}
		return "redirect:/signaleringen";
	}

}
