package nl.verbinder.portal;

import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case manager's inbox of newcomers' questions on their caseload, and a thread with
 * its answer form.
 */
@Controller
class QuestionPages {

	private final Questions questions;

	QuestionPages(Questions questions) {
		this.questions = questions;
	}

	@GetMapping("/vragen")
	String inbox(Model model) {
		model.addAttribute("waiting", questions.inbox());
		return "portal/inbox";
	}

	@GetMapping("/vragen/{person}")
	String thread(@PathVariable UUID person, Model model) {
		model.addAttribute("thread", questions.thread(person));
		return "portal/thread";
	}

	@PostMapping("/vragen/{person}")
	String answer(@PathVariable UUID person, @RequestParam(required = false) @Nullable String antwoord, Model model,
			RedirectAttributes redirect) {
		try {
			questions.answer(person, antwoord == null ? "" : antwoord);
		}
		catch (RuleViolation refused) {
			model.addAttribute("thread", questions.thread(person));
			model.addAttribute("antwoord", antwoord);
			model.addAttribute("error", refused);
			return "portal/thread";
		}
		redirect.addFlashAttribute("saved", "questions.answered");
		return "redirect:/vragen/" + person;
	}

}
