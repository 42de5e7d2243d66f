package nl.verbinder.inburgering.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.inburgering.Afronding;
import nl.verbinder.inburgering.Afrondingen;
import nl.verbinder.inburgering.Onderdeel;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.PlausibleDate;
import nl.verbinder.shared.RuleViolation;
import nl.verbinder.shared.Sorting;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parts of a person's integration obligation completed outside a purchased trajectory
 * under {@code /api/v1/personen/{personId}/afrondingen}: list them, record one per part
 * ({@code PUT …/{onderdeel}}), or withdraw one.
 */
@RestController
@RequestMapping("/api/v1/personen/{personId}/afrondingen")
class AfrondingApi {

	private final Afrondingen afrondingen;

	AfrondingApi(Afrondingen afrondingen) {
		this.afrondingen = afrondingen;
	}

	record AfrondingResource(UUID persoonId, Onderdeel onderdeel, Afronding.Wijze wijze, LocalDate datum,
			@Nullable String toelichting) {

		static AfrondingResource of(Afronding a) {
			return new AfrondingResource(a.personId(), a.onderdeel(), a.wijze(), a.datum(), a.toelichting());
		}
	}

	record AfrondingRequest(@NotNull Afronding.Wijze wijze,
			@NotNull @PastOrPresent @PlausibleDate(yearsAhead = 0) LocalDate datum,
			@Size(max = 500) String toelichting) {
	}

	@GetMapping
	Paged<AfrondingResource> list(@PathVariable String personId,
			@Sorting(value = { "onderdeel", "datum" }, byDefault = "in the law's order of the parts") Paging paging) {
		return paging.of("afrondingen",
				afrondingen.of(IntakeApi.uuid(personId)).stream().map(AfrondingResource::of).toList(),
				Map.of("onderdeel", Comparator.comparing(AfrondingResource::onderdeel), "datum",
						Comparator.comparing(AfrondingResource::datum)),
				Comparator.comparing(AfrondingResource::onderdeel));
	}

	@PutMapping("/{onderdeel}")
	AfrondingResource record(@PathVariable String personId, @PathVariable String onderdeel,
			@Valid @RequestBody AfrondingRequest request) {
		return AfrondingResource.of(afrondingen.record(new Afronding(IntakeApi.uuid(personId), onderdeel(onderdeel),
				request.wijze(), request.datum(), request.toelichting())));
	}

	@DeleteMapping("/{onderdeel}")
	ResponseEntity<Void> withdraw(@PathVariable String personId, @PathVariable String onderdeel) {
		afrondingen.withdraw(IntakeApi.uuid(personId), onderdeel(onderdeel));
		return ResponseEntity.noContent().build();
	}

	private static Onderdeel onderdeel(String value) {
		try {
			Onderdeel onderdeel = Onderdeel.valueOf(value);
			if (Afronding.ONDERDELEN.contains(onderdeel)) {
				return onderdeel;
			}
		}
		catch (IllegalArgumentException e) {
			// below
		}
		throw new RuleViolation("rule.afronding.onderdeel");
	}

}
