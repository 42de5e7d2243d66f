package nl.verbinder.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of dead letters: what was not delivered, to whom, why, and a
 * button to send it again.
 */
@Controller
class DeadLetterPages {

	private final DeadLetters deadLetters;

	private final ReferenceData reference;

	DeadLetterPages(DeadLetters deadLetters, ReferenceData reference) {
		this.deadLetters = deadLetters;
		this.reference = reference;
	}

	@GetMapping("/beheer/notificaties")
	String page(Model model) {
		List<Map<String, Object>> letters = deadLetters.inScope()
			.stream()
			.map(l -> Map.<String, Object>of("id", l.id(), "typeKey", "notification.type." + l.type(), "subscriber",
					l.subscriber(), "subject", l.subject(), "gemeente", gemeente(l.gemeente()), "attempts",
					l.attempts(), "error", l.lastError() == null ? "" : l.lastError(), "created",
					LocalDateTime.ofInstant(l.createdAt(), DutchTime.ZONE)))
			.toList();
		model.addAttribute("letters", letters);
		return "notification/dead-letters";
	}

	@PostMapping("/beheer/notificaties/{id}/opnieuw")
	String sendAgain(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(deadLetters.sendAgain(id) ? "queued" : "gone", true);
		return "redirect:/beheer/notificaties";
	}

	/** The municipality's name, or empty for an event of the whole region. */
	private String gemeente(@Nullable String code) {
		if (code == null) {
			return "";
		}
		return reference.gemeente(GemeenteCode.of(code)).map(Gemeente::naam).orElse(code);
	}

}
