package nl.verbinder.monitoring;

import nl.verbinder.shell.FormSubmission;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case manager's morning view: the open signals of their municipality, most urgent
 * first (or by due date or kind), a check now, and handling a signal (the action taken)
 * or dismissing it (with a reason), from this page or the household page.
 */
@Controller
class SignalPages {

	/** The orders the list can be sorted in, by the name in the query string. */
	static final Map<String, Comparator<SignalView>> ORDERS = Map.of("urgentie", Signals.URGENCY, "datum",
			Comparator.comparing(SignalView::dueOn).thenComparing(SignalView::kind), "soort",
			Comparator.comparing(SignalView::kind).thenComparing(SignalView::dueOn));

	private final Signals signals;

	private final ReferenceData reference;

	SignalPages(Signals signals, ReferenceData reference) {
		this.signals = signals;
		this.reference = reference;
	}

	@GetMapping("/signaleringen")
	String list(@RequestParam(name = "sortering", defaultValue = "urgentie") String order, Model model) {
		Comparator<SignalView> comparator = ORDERS.getOrDefault(order, Signals.URGENCY);
		List<SignalView> open = signals.open().stream().sorted(comparator).toList();
		Map<String, String> gemeenteNames = new HashMap<>();
		open.forEach(s -> gemeenteNames.computeIfAbsent(s.gemeente(),
				code -> reference.gemeente(GemeenteCode.of(code)).map(Gemeente::naam).orElse(code)));
		model.addAttribute("signals", open);
		model.addAttribute("gemeenteNames", gemeenteNames);
		model.addAttribute("sortering", ORDERS.containsKey(order) ? order : "urgentie");
		model.addAttribute("orders", List.of("urgentie", "datum", "soort"));
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
			@RequestParam(defaultValue = "") String terug, RedirectAttributes redirect) {
		return step(() -> signals.acknowledge(id, notitie), "monitoring.signals.acknowledged", terug, redirect);
	}

	@PostMapping("/signaleringen/{id}/afwijzing")
	String dismiss(@PathVariable UUID id, @RequestParam(defaultValue = "") String reden,
			@RequestParam(defaultValue = "") String terug, RedirectAttributes redirect) {
		return step(() -> signals.dismiss(id, reden), "monitoring.signals.dismissed", terug, redirect);
	}

	/**
	 * Takes a step on a signal and says so ({@code saved} the message key), or why it was
	 * refused; then goes {@link #back}.
	 */
	private static String step(Runnable step, String saved, String terug, RedirectAttributes redirect) {
		return FormSubmission.step(redirect, back(terug), saved, step);
	}

	/** Back to a household page when asked (never elsewhere), or to the list. */
	private static String back(String terug) {
		return terug.matches("/huishoudens/[0-9a-f-]{36}") ? "redirect:" + terug + "#signalen"
				: "redirect:/signaleringen";
	}

}
