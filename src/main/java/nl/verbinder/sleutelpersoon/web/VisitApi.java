package nl.verbinder.sleutelpersoon.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.PlausibleDate;
import nl.verbinder.sleutelpersoon.VisitPlanning;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The visit of an accepted request under {@code /api/v1/verzoeken/{id}/bezoek}, for the
 * coordinator: read, plan, move, cancel. Times are given as a date and a time of day in
 * Dutch time and returned as instants, as for the case manager's appointments.
 */
@RestController
@RequestMapping("/api/v1/verzoeken/{id}/bezoek")
class VisitApi {

	private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private final VisitPlanning planning;

	VisitApi(VisitPlanning planning) {
		this.planning = planning;
	}

	record PlanRequest(@NotNull @PlausibleDate(yearsAhead = 2) LocalDate datum,
			@NotNull @Pattern(regexp = TIME) String tijd, @NotNull @Min(5) @Max(480) Integer minuten,
			@NotNull VisitPlanning.Where waar, @Size(max = 500) @Nullable String videoLink,
			@Size(max = 30) @Nullable String telefoon, @Nullable Boolean tolk) {
	}

	record MoveRequest(@NotNull @PlausibleDate(yearsAhead = 2) LocalDate datum,
			@NotNull @Pattern(regexp = TIME) String tijd, @NotNull @Min(5) @Max(480) Integer minuten,
			@NotNull VisitPlanning.Where waar, @Size(max = 500) @Nullable String videoLink,
			@Size(max = 30) @Nullable String telefoon, @NotNull @PositiveOrZero Long versie) {
	}

	record CancelRequest(@NotBlank @Size(max = 500) String reden, @NotNull @PositiveOrZero Long versie) {
	}

	@GetMapping
	AppointmentView visit(@PathVariable UUID id) {
		return planning.visit(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AppointmentView plan(@PathVariable UUID id, @Valid @RequestBody PlanRequest r) {
		return planning.plan(id, new VisitPlanning.Plan(start(r.datum(), r.tijd()), r.minuten(), r.waar(),
				r.videoLink(), r.telefoon(), Boolean.TRUE.equals(r.tolk())));
	}

	@PostMapping("/verzetting")
	AppointmentView move(@PathVariable UUID id, @Valid @RequestBody MoveRequest r) {
		return planning.move(id,
				new VisitPlanning.Move(start(r.datum(), r.tijd()), r.minuten(), r.waar(), r.videoLink(), r.telefoon()),
				r.versie());
	}

	@PostMapping("/annulering")
	ResponseEntity<Void> cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest r) {
		planning.cancel(id, r.reden(), r.versie());
		return ResponseEntity.noContent().build();
	}

	private static Instant start(LocalDate date, String time) {
		return ZonedDateTime.of(date, LocalTime.parse(time), DutchTime.ZONE).toInstant();
	}

}
