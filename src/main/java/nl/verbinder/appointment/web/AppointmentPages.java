package nl.verbinder.appointment.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.AppointmentId;
import nl.verbinder.appointment.Appointments;
import nl.verbinder.appointment.Place;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Inburgering;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case manager's appointments of a household: the section on the household page (the
 * answers at a glance, loaded by htmx) and the page to plan, move and cancel them. The
 * paths lie under {@code /huishoudens/**}, whose permissions the inburgering module
 * declares.
 */
@Controller
class AppointmentPages {

	private static final List<String> PLACE_KINDS = List.of("ADRES", "VIDEO", "TELEFOON");

	private final Appointments appointments;

	private final Inburgering inburgering;

	AppointmentPages(Appointments appointments, Inburgering inburgering) {
		this.appointments = appointments;
		this.inburgering = inburgering;
	}

	/** The household page's section: the appointments with their answers. */
	@GetMapping("/huishoudens/{id}/afspraken/overzicht")
	String section(@PathVariable String id, Model model) {
		model.addAttribute("householdId", HouseholdId.of(id));
		model.addAttribute("appointments", appointments.forHousehold(HouseholdId.of(id)));
		return "appointment/section :: section";
	}

	@GetMapping("/huishoudens/{id}/afspraken")
	String page(@PathVariable String id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PlanningForm());
		}
		return page(HouseholdId.of(id), model);
	}

	@PostMapping("/huishoudens/{id}/afspraken")
	String plan(@PathVariable String id, @Valid @ModelAttribute("form") PlanningForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				appointments.plan(HouseholdId.of(id), form.toPlan());
				redirect.addFlashAttribute("planned", true);
				return "redirect:/huishoudens/" + id + "/afspraken";
			}
			catch (RuleViolation e) {
				errors.reject("appointment.refused", new Object[] { RuleViolation.reason(e) }, null);
			}
		}
		return page(HouseholdId.of(id), model);
	}

	/**
	 * Moves an appointment to another time, and to another place when the form names one
	 * (it starts from the place the appointment has). A refused time or place leaves the
	 * appointment as it was: the page shows why at the top and, with what was sent, at
	 * the form of that appointment.
	 */
	@PostMapping("/huishoudens/{id}/afspraken/{appointment}/verzetten")
	String reschedule(@PathVariable String id, @PathVariable UUID appointment,
			@Valid @ModelAttribute("moveForm") MoveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MessageSourceResolvable refusal = new DefaultMessageSourceResolvable("appointment.move.invalid");
		Place place = null;
		try {
			place = form.place();
		}
		catch (RuleViolation e) {
			errors.rejectValue(form.placeField(), e.code(), e.getArguments(), null);
			refusal = e;
		}
		if (!errors.hasErrors()) {
			try {
				appointments.reschedule(HouseholdId.of(id), new AppointmentId(appointment), form.startsAt(),
						form.getMinuten(), place, form.getVersie());
				redirect.addFlashAttribute("rescheduled", true);
				return "redirect:/huishoudens/" + id + "/afspraken";
			}
			catch (RuleViolation | OptimisticLockingFailureException e) {
				refusal = RuleViolation.reason(e);
				errors.reject("appointment.refused", new Object[] { refusal }, null);
			}
		}
		model.addAttribute("error", refusal);
		model.addAttribute("moving", appointment);
		model.addAttribute("form", new PlanningForm());
		return page(HouseholdId.of(id), model);
	}

	@PostMapping("/huishoudens/{id}/afspraken/{appointment}/annuleren")
	String cancel(@PathVariable String id, @PathVariable UUID appointment,
			@RequestParam(required = false) @Nullable String reden, @RequestParam(defaultValue = "-1") long versie,
			Model model, RedirectAttributes redirect) {
		try {
			appointments.cancel(HouseholdId.of(id), new AppointmentId(appointment), reden == null ? "" : reden, versie);
			redirect.addFlashAttribute("cancelled", true);
			return "redirect:/huishoudens/" + id + "/afspraken";
		}
		catch (RuleViolation | OptimisticLockingFailureException e) {
			model.addAttribute("error", RuleViolation.reason(e));
			model.addAttribute("form", new PlanningForm());
			return page(HouseholdId.of(id), model);
		}
	}

	@PostMapping("/huishoudens/{id}/afspraken/{appointment}/herinnering")
	String retryReminder(@PathVariable String id, @PathVariable UUID appointment, RedirectAttributes redirect) {
		redirect.addFlashAttribute("retried",
				appointments.retryReminder(HouseholdId.of(id), new AppointmentId(appointment)));
		return "redirect:/huishoudens/" + id + "/afspraken";
	}

	private String page(HouseholdId id, Model model) {
		var household = inburgering.household(id);
		model.addAttribute("household", household);
		model.addAttribute("appointments", appointments.forHousehold(id));
		model.addAttribute("members", household.members());
		model.addAttribute("kinds", List.of(Appointment.Kind.values()));
		model.addAttribute("placeKinds", PLACE_KINDS);
		return "appointment/appointments";
	}

}
