package nl.verbinder.appointment.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import java.util.Comparator;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.appointment.Appointment;
import nl.verbinder.appointment.AppointmentId;
import nl.verbinder.appointment.AppointmentView;
import nl.verbinder.appointment.Appointments;
import nl.verbinder.appointment.Place;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.shared.DutchTime;
import nl.verbinder.shared.PlausibleDate;
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
 * The case manager's appointments of a household under
 * {@code /api/v1/huishoudens/{id}/afspraken}: list, plan, move (time, and place when
 * given), cancel. Times are given as a date and a time of day in Dutch time and returned
 * as instants.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/afspraken")
class AppointmentApi {

	private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private final Appointments appointments;

	AppointmentApi(Appointments appointments) {
		this.appointments = appointments;
	}

	record PlaceRequest(@NotNull @Pattern(regexp = "ADRES|VIDEO|TELEFOON") String soort,
			@Size(max = 200) @Nullable String locatie, @Size(max = 200) @Nullable String straat,
			@Size(max = 10) @Nullable String postcode, @Size(max = 100) @Nullable String plaats,
			@Size(max = 500) @Nullable String link, @Size(max = 30) @Nullable String nummer) {

		Place toPlace() {
			return switch (soort) {
				case "VIDEO" -> new Place.Video(link == null ? "" : link);
				case "TELEFOON" -> new Place.Phone(nummer == null ? "" : nummer);
				default -> new Place.AtAddress(locatie == null ? "" : locatie, straat == null ? "" : straat,
						postcode == null ? "" : postcode, plaats == null ? "" : plaats);
			};
		}
	}

	record PlanRequest(@NotNull UUID persoon, @NotNull Appointment.Kind soort,
			@NotNull @PlausibleDate(yearsAhead = 2) LocalDate datum, @NotNull @Pattern(regexp = TIME) String tijd,
			@NotNull @Min(5) @Max(480) Integer minuten, @NotNull @Valid PlaceRequest plaats,
			@Size(max = 10) @Nullable List<@NotBlank @Size(max = 100) String> aanwezigen, @Nullable Boolean tolk,
			@Nullable Boolean sleutelpersoon) {
	}

	/** A new time, and a new place when {@code plaats} is given (otherwise it stays). */
	record RescheduleRequest(@NotNull @PlausibleDate(yearsAhead = 2) LocalDate datum,
			@NotNull @Pattern(regexp = TIME) String tijd, @NotNull @Min(5) @Max(480) Integer minuten,
			@Valid @Nullable PlaceRequest plaats, @NotNull @PositiveOrZero Long versie) {
	}

	record CancelRequest(@NotBlank @Size(max = 500) String reden, @NotNull @PositiveOrZero Long versie) {
	}

	/**
	 * A household's appointments (tens: paged in memory), as planned unless asked
	 * otherwise.
	 */
	@GetMapping
	Paged<AppointmentView> list(@PathVariable String id,
			@Sorting(value = { "begin" }, byDefault = "as planned") Paging paging) {
		return paging.of("afspraken", appointments.forHousehold(HouseholdId.of(id)),
				Map.of("begin", Comparator.comparing(AppointmentView::begin)), (a, b) -> 0);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AppointmentView plan(@PathVariable String id, @Valid @RequestBody PlanRequest r) {
		return appointments.plan(HouseholdId.of(id),
				new Appointment.Plan(r.persoon(), r.soort(), start(r.datum(), r.tijd()), r.minuten(),
						r.plaats().toPlace(), r.aanwezigen() == null ? List.of() : r.aanwezigen(),
						Boolean.TRUE.equals(r.tolk()), Boolean.TRUE.equals(r.sleutelpersoon())));
	}

	@PostMapping("/{appointment}/verzetting")
	AppointmentView reschedule(@PathVariable String id, @PathVariable UUID appointment,
			@Valid @RequestBody RescheduleRequest r) {
		return appointments.reschedule(HouseholdId.of(id), new AppointmentId(appointment), start(r.datum(), r.tijd()),
				r.minuten(), r.plaats() == null ? null : r.plaats().toPlace(), r.versie());
	}

	@PostMapping("/{appointment}/annulering")
	ResponseEntity<Void> cancel(@PathVariable String id, @PathVariable UUID appointment,
			@Valid @RequestBody CancelRequest r) {
		appointments.cancel(HouseholdId.of(id), new AppointmentId(appointment), r.reden(), r.versie());
		return ResponseEntity.noContent().build();
	}

	private static Instant start(LocalDate date, String time) {
		return ZonedDateTime.of(date, LocalTime.parse(time), DutchTime.ZONE).toInstant();
	}

}
