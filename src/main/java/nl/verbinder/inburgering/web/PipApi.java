package nl.verbinder.inburgering.web;

import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.Inburgeringstermijn;
import nl.verbinder.inburgering.Leerroute;
import nl.verbinder.inburgering.PipDecisions;
import nl.verbinder.inburgering.PipInhoud;
import nl.verbinder.inburgering.PipView;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's PIP under {@code /api/v1/personen/{personId}/pip}; every change names the
 * version it was made on.
 */
@RestController
@RequestMapping("/api/v1/personen/{personId}/pip")
class PipApi {

	private final PipDecisions decisions;

	PipApi(PipDecisions decisions) {
		this.decisions = decisions;
	}

	record DoelRequest(@NotNull Domein domein, @NotBlank @Size(max = 500) String omschrijving,
			@NotNull @PlausibleDate LocalDate streefdatum, @Size(max = 20) List<@Size(max = 300) String> stappen) {
	}

	record ActiviteitRequest(@NotBlank @Size(max = 200) String aanbieder,
			@NotBlank @Size(max = 300) String omschrijving, @NotNull @PlausibleDate LocalDate start,
			@PlausibleDate LocalDate einde, @Min(0) @Max(40) int urenPerWeek,
			@NotNull PipInhoud.ActiviteitStatus status, UUID productId) {
	}

	record InhoudRequest(@NotNull @Pattern(regexp = "B1|ONDERWIJS|Z") String leerroute,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate termijnStart,
			@Size(max = 30) List<@Valid DoelRequest> doelen,
			@Size(max = 30) List<@Valid ActiviteitRequest> activiteiten, @Size(max = 500) String duaalTraject) {

		PipInhoud toInhoud() {
			return new PipInhoud(Leerroute.of(leerroute), Inburgeringstermijn.from(termijnStart),
					doelen == null ? List.of() : doelen.stream()
						.map(d -> new PipInhoud.Doel(d.domein(), d.omschrijving(), d.streefdatum(), d.stappen()))
						.toList(),
					activiteiten == null ? List.of()
							: activiteiten.stream()
								.map(a -> new PipInhoud.Activiteit(a.aanbieder(), a.omschrijving(), a.start(),
										a.einde(), a.urenPerWeek(), a.status(), a.productId()))
								.toList(),
					duaalTraject);
		}
	}

	record ChangeRequest(@NotNull @PositiveOrZero Long versie, @NotNull @Valid InhoudRequest inhoud) {
	}

	record DiscussRequest(@NotNull @PositiveOrZero Long versie, @NotNull @PlausibleDate(yearsAhead = 1) LocalDate datum,
			@NotBlank @Size(max = 2000) String visieNieuwkomer) {
	}

	record EstablishRequest(@NotNull @PositiveOrZero Long versie,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate datum) {
	}

	record ExtendRequest(@NotNull @PositiveOrZero Long versie, @Min(1) @Max(24) int maanden,
			@NotBlank @Size(max = 500) String reden, @NotNull @PlausibleDate(yearsAhead = 1) LocalDate datum) {
	}

	@GetMapping
	PipView pip(@PathVariable String personId) {
		return decisions.pip(IntakeApi.uuid(personId));
	}

	@PostMapping
	ResponseEntity<PipView> draft(@PathVariable String personId, @Valid @RequestBody InhoudRequest request) {
		UUID person = IntakeApi.uuid(personId);
		return ResponseEntity.created(URI.create("/api/v1/personen/" + personId + "/pip"))
			.body(decisions.draft(person, request.toInhoud()));
	}

	@PostMapping("/concept")
	PipView updateDraft(@PathVariable String personId, @Valid @RequestBody ChangeRequest request) {
		return decisions.updateDraft(IntakeApi.uuid(personId), request.versie(), request.inhoud().toInhoud());
	}

	@PostMapping("/bespreking")
	PipView discuss(@PathVariable String personId, @Valid @RequestBody DiscussRequest request) {
		return decisions.discuss(IntakeApi.uuid(personId), request.versie(), request.datum(),
				request.visieNieuwkomer());
	}

	@PostMapping("/vaststelling")
	PipView establish(@PathVariable String personId, @Valid @RequestBody EstablishRequest request) {
		return decisions.establish(IntakeApi.uuid(personId), request.versie(), request.datum());
	}

	@PostMapping("/herziening")
	PipView revise(@PathVariable String personId, @Valid @RequestBody ChangeRequest request) {
		return decisions.revise(IntakeApi.uuid(personId), request.versie(), request.inhoud().toInhoud());
	}

	@PostMapping("/verlenging")
	PipView extend(@PathVariable String personId, @Valid @RequestBody ExtendRequest request) {
		return decisions.extendTerm(IntakeApi.uuid(personId), request.versie(),
				new Inburgeringstermijn.Verlenging(request.maanden(), request.reden(), request.datum()));
	}

}
