package nl.verbinder.access;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's report of the retention runs: {@code /beheer/vernietigingen}, every
 * run of the last weeks with what it destroyed.
 */
@Controller
class RetentionWeb {

	/** Runs shown: about six weeks of nights. */
	static final int RUNS_SHOWN = 42;

	private final Destructions destructions;

	private final ProcessingRegister register;

	RetentionWeb(Destructions destructions, ProcessingRegister register) {
		this.destructions = destructions;
		this.register = register;
	}

	@GetMapping("/beheer/vernietigingen")
	String page(Model model) {
		model.addAttribute("runs", destructions.latest(RUNS_SHOWN));
		Map<String, String> purposes = new LinkedHashMap<>();
		register.activities().forEach(a -> purposes.put(a.id(), a.purpose()));
		model.addAttribute("purposes", purposes);
		return "access/destructions";
	}

}
