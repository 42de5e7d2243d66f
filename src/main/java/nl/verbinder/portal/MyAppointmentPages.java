package nl.verbinder.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newcomer's appointments page: a week with pictograms and the list of appointments
 * with what to do (confirm, ask for another time, put in one's own calendar), and the
 * e-mail address for reminders, optional and used for nothing else.
 */
@Controller
class MyAppointmentPages {

	private final MyAppointments appointments;

	private final Pictograms pictograms;

	MyAppointmentPages(MyAppointments appointments, Pictograms pictograms) {
		this.appointments = appointments;
		this.pictograms = pictograms;
	}

	@ModelAttribute("pictograms")
	Pictograms pictograms() {
		return pictograms;
	}

	@GetMapping("/portaal/afspraken")
	String page(@RequestParam(required = false) @Nullable String week, Model model) {
		LocalDate day = appointments.today();
		if (week != null) {
			try {
				day = LocalDate.parse(week);
			}
			catch (DateTimeParseException e) {
				// an unreadable week shows this week
			}
		}
		return page(day, model);
	}

	private String page(LocalDate day, Model model) {
		var all = appointments.all();
		model.addAttribute("appointments", all);
		model.addAttribute("week", appointments.week(all, day));
		model.addAttribute("today", appointments.today());
		model.addAttribute("email", appointments.reminderAddress().orElse(null));
		return "portal/appointments";
	}

	@PostMapping("/portaal/afspraken/{id}/bevestigen")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long versie, Model model,
			RedirectAttributes redirect) {
		try {
			appointments.confirm(id, versie);
		}
		catch (RuleViolation | OptimisticLockingFailureException e) {
			model.addAttribute("error", RuleViolation.reason(e));
			return page(appointments.today(), model);
		}
		redirect.addFlashAttribute("confirmed", true);
		return "redirect:/portaal/afspraken";
	}

	@PostMapping("/portaal/afspraken/{id}/ander-tijdstip")
	String askForAnotherTime(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long versie,
			@RequestParam(required = false) @Nullable String reden, Model model, RedirectAttributes redirect) {
		try {
			appointments.askForAnotherTime(id, versie, reden == null ? "" : reden);
		}
		catch (RuleViolation | OptimisticLockingFailureException e) {
			model.addAttribute("error", RuleViolation.reason(e));
			model.addAttribute("reasonFor", id);
			model.addAttribute("reden", reden);
			return page(appointments.today(), model);
		}
		redirect.addFlashAttribute("asked", true);
		return "redirect:/portaal/afspraken";
	}

	@GetMapping("/portaal/afspraken/{id}/agenda.ics")
	ResponseEntity<byte[]> ics(@PathVariable UUID id) {
		return calendarFile(appointments.ics(id));
	}

	static ResponseEntity<byte[]> calendarFile(String ics) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("afspraak.ics").build().toString())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/portaal/afspraken/herinnering")
	String giveAddress(@RequestParam(required = false) @Nullable String email, Model model,
			RedirectAttributes redirect) {
		try {
			appointments.giveReminderAddress(email == null ? "" : email);
		}
		catch (RuleViolation e) {
			model.addAttribute("emailError", e);
			model.addAttribute("typedEmail", email);
			return page(appointments.today(), model);
		}
		redirect.addFlashAttribute("addressSaved", true);
		return "redirect:/portaal/afspraken#herinnering";
	}

	@PostMapping("/portaal/afspraken/herinnering/verwijderen")
	String removeAddress(RedirectAttributes redirect) {
		appointments.removeReminderAddress();
		redirect.addFlashAttribute("addressRemoved", true);
		return "redirect:/portaal/afspraken#herinnering";
	}

}
