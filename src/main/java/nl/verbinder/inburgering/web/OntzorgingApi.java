package nl.verbinder.inburgering.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.Ontzorgen;
import nl.verbinder.inburgering.Ontzorging;
import nl.verbinder.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A household's financial unburdening under {@code /api/v1/huishoudens/{id}/ontzorging}:
 * read it, or arrange or change it.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/ontzorging")
class OntzorgingApi {

	private final Ontzorgen ontzorgen;

	OntzorgingApi(Ontzorgen ontzorgen) {
		this.ontzorgen = ontzorgen;
	}

	/**
	 * The state: arranged or not, and if so from, until and whether a follow-up was
	 * agreed.
	 */
	record OntzorgingResource(boolean geregeld, @Nullable LocalDate vanaf, @Nullable LocalDate tot,
			boolean vervolgAfgesproken) {

		static OntzorgingResource of(@Nullable Ontzorging o) {
			return o == null ? new OntzorgingResource(false, null, null, false)
					: new OntzorgingResource(true, o.vanaf(), o.tot(), o.vervolgAfgesproken());
		}
	}

	record OntzorgingRequest(@NotNull @PlausibleDate(yearsAhead = 1) LocalDate vanaf,
			@PlausibleDate(yearsAhead = 3) LocalDate tot, boolean vervolgAfgesproken) {
	}

	@GetMapping
	OntzorgingResource get(@PathVariable String id) {
		return OntzorgingResource.of(ontzorgen.of(HouseholdId.of(id)).orElse(null));
	}

	@PostMapping
	OntzorgingResource record(@PathVariable String id, @Valid @RequestBody OntzorgingRequest request) {
		return OntzorgingResource.of(ontzorgen.record(HouseholdId.of(id),
				new Ontzorging(request.vanaf(), request.tot(), request.vervolgAfgesproken())));
	}

}
