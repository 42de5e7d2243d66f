package nl.verbinder.portal;

import java.util.Comparator;
import java.util.Map;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.appointment.AppointmentView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newcomer's appointments for a future app, under {@code /api/v1/portaal}: the list,
 * confirming, asking for another time, the calendar file, and the address for reminders.
 */
@RestController
@RequestMapping("/api/v1/portaal")
class MyAppointmentApi {

	private final MyAppointments appointments;

	MyAppointmentApi(MyAppointments appointments) {
		this.appointments = appointments;
	}

	record ConfirmRequest(@NotNull @PositiveOrZero Long versie) {
	}

	record OtherTimeRequest(@NotNull @PositiveOrZero Long versie, @NotBlank @Size(max = 500) String reden) {
	}

	record AddressRequest(@NotBlank @Size(max = 254) String email) {
	}

	@GetMapping("/afspraken")
	Paged<AppointmentView> list(
			@Sorting(value = { "begin" }, byDefault = "as planned: coming ones first") Paging paging) {
		return paging.of("afspraken", appointments.all(), Map.of("begin", Comparator.comparing(AppointmentView::begin)),
				(a, b) -> 0);
	}

	@PostMapping("/afspraken/{id}/bevestiging")
	AppointmentView confirm(@PathVariable UUID id, @Valid @RequestBody ConfirmRequest r) {
		return appointments.confirm(id, r.versie());
	}

	@PostMapping("/afspraken/{id}/verzoek-ander-tijdstip")
	AppointmentView askForAnotherTime(@PathVariable UUID id, @Valid @RequestBody OtherTimeRequest r) {
		return appointments.askForAnotherTime(id, r.versie(), r.reden());
	}

	@GetMapping("/afspraken/{id}/agenda.ics")
	ResponseEntity<byte[]> ics(@PathVariable UUID id) {
		return MyAppointmentPages.calendarFile(appointments.ics(id));
	}

	@GetMapping("/herinneringsadres")
	Map<String, String> reminderAddress() {
		return appointments.reminderAddress().map(e -> Map.of("email", e)).orElse(Map.of());
	}

	@PostMapping("/herinneringsadres")
	ResponseEntity<Void> giveReminderAddress(@Valid @RequestBody AddressRequest r) {
		appointments.giveReminderAddress(r.email());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/herinneringsadres")
	ResponseEntity<Void> removeReminderAddress() {
		appointments.removeReminderAddress();
		return ResponseEntity.noContent().build();
	}

}
