package nl.verbinder.monitoring;

import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's or administrator's page of the signal thresholds: one form per
 * municipality in scope, its own values or the region's.
 */
@Controller
class ThresholdPages {

	private final SignalThresholds thresholds;

	private final ReferenceData reference;

	ThresholdPages(SignalThresholds thresholds, ReferenceData reference) {
		this.thresholds = thresholds;
		this.reference = reference;
	}

	@GetMapping("/signaaldrempels")
	String page(Model model) {
		// Plain maps for the template: the module's records stay package-private.
		List<Map<String, Object>> sections = thresholds.inScope().stream().map(s -> {
			List<Integer> values = s.thresholds().values();
			List<Map<String, Object>> fields = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				Thresholds.Limit l = Thresholds.LIMITS.get(i);
				fields.add(Map.of("id", s.gemeente().value() + "-" + l.name(), "label", l.messageKey(), "min", l.min(),
						"max", l.max(), "value", values.get(i)));
			}
			return Map.<String, Object>of("gemeente", s.gemeente().value(), "naam", name(s.gemeente()), "own", s.own(),
					"fields", fields);
		}).toList();
		model.addAttribute("sections", sections);
		return "monitoring/thresholds";
	}

	/** The name of a municipality, for the page. */
	private String name(GemeenteCode code) {
		return reference.gemeente(code).map(Gemeente::naam).orElse(code.value());
	}

	@PostMapping("/signaaldrempels")
	String save(@RequestParam String gemeente, @RequestParam(required = false) List<Integer> waarden,
			RedirectAttributes redirect) {
		try {
			GemeenteCode code = GemeenteCode.of(gemeente);
			if (waarden == null || waarden.size() != Thresholds.LIMITS.size() || waarden.contains(null)) {
				throw new RuleViolation("rule.monitoring.thresholds-incomplete");
			}
			thresholds.set(code, waarden);
			redirect.addFlashAttribute("savedFor", name(code));
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("thresholdError", RuleViolation.reason(e));
		}
		return "redirect:/signaaldrempels";
	}

}
