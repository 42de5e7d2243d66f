package nl.verbinder.inburgering.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import java.util.Comparator;
import nl.verbinder.inburgering.DomainAssessment;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.IntakeComparison;
import nl.verbinder.inburgering.IntakeView;
import nl.verbinder.inburgering.Intakes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.NoSuchElementException;

/** Broad intakes of a person under {@code /api/v1/personen/{personId}/intakes}. */
@RestController
@RequestMapping("/api/v1/personen/{personId}/intakes")
class IntakeApi {

	private final Intakes intakes;

	IntakeApi(Intakes intakes) {
		this.intakes = intakes;
	}

	record DomainRequest(@NotNull Domein domein, @Min(1) @Max(5) Integer score,
			@Size(max = DomainAssessment.MAX_TEXT) String notitie,
			@Size(max = DomainAssessment.MAX_TEXT) String eigenVisie) {
	}

	record IntakeRequest(@NotNull @PastOrPresent @PlausibleDate(yearsAhead = 0) LocalDate datum,
			@NotEmpty @Size(max = 14) List<@Valid DomainRequest> domeinen) {
	}

	/**
	 * A person's intakes (a handful: paged in memory), as the history orders them unless
	 * asked otherwise.
	 */
	@GetMapping
	Paged<IntakeView> history(@PathVariable String personId,
			@Sorting(value = { "datum" }, byDefault = "as recorded") Paging paging) {
		return paging.of("intakes", intakes.history(uuid(personId)),
				Map.of("datum", Comparator.comparing(IntakeView::datum)), (a, b) -> 0);
	}

	@PostMapping
	ResponseEntity<IntakeView> record(@PathVariable String personId, @Valid @RequestBody IntakeRequest request) {
		IntakeView intake = intakes.record(uuid(personId), request.datum(),
				request.domeinen()
					.stream()
					.map(d -> new DomainAssessment(d.domein(), d.score(), d.notitie(), d.eigenVisie()))
					.toList());
		return ResponseEntity.created(URI.create("/api/v1/personen/" + personId + "/intakes/" + intake.id()))
			.body(intake);
	}

	@GetMapping("/vergelijking")
	IntakeComparison compare(@PathVariable String personId, @RequestParam("van") String from,
			@RequestParam("tot") String to) {
		return intakes.compare(uuid(personId), uuid(from), uuid(to));
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new NoSuchElementException("No such id " + value);
		}
	}

}
