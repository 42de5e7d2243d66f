package nl.verbinder.inburgering.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import java.util.Comparator;
import nl.verbinder.inburgering.ContactView;
import nl.verbinder.inburgering.AfspraakSoort;
import org.jspecify.annotations.Nullable;
import nl.verbinder.inburgering.Contacten;
import nl.verbinder.inburgering.HouseholdId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contact moments of a household under {@code /api/v1/huishoudens/{id}/contactmomenten}.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/contactmomenten")
class ContactApi {

	private final Contacten contacten;

	ContactApi(Contacten contacten) {
		this.contacten = contacten;
	}

	/** An agreement; {@code soort} is STAP (the default) or OVERGANG_18. */
	record AfspraakRequest(@NotBlank @Size(max = 500) String omschrijving, @NotNull @PlausibleDate LocalDate deadline,
			@Nullable AfspraakSoort soort) {
	}

	record ContactRequest(@NotNull @PastOrPresent @PlausibleDate(yearsAhead = 0) LocalDate datum,
			@NotNull @Pattern(regexp = "HUISBEZOEK|KANTOOR|TELEFOON|VIDEO|BIJ_PARTNER") String kanaal,
			@Size(max = 20) List<@Size(max = 200) String> aanwezigen,
			@NotNull @Pattern(regexp = "GEEN|TOLK|SLEUTELPERSOON") String vertolking,
			@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*") String taal,
			@NotBlank @Size(max = 4000) String samenvatting, @Size(max = 20) List<@Valid AfspraakRequest> afspraken) {
	}

	record CompleteRequest(@NotNull @PositiveOrZero Long versie) {
	}

	/**
	 * A household's contact moments (tens: paged in memory), newest first unless asked
	 * otherwise.
	 */
	@GetMapping
	Paged<ContactView> list(@PathVariable String id,
			@Sorting(value = { "datum" }, byDefault = "as the household's history orders them") Paging paging) {
		return paging.of("contactmomenten", contacten.forHousehold(HouseholdId.of(id)),
				Map.of("datum", Comparator.comparing(ContactView::datum)), (a, b) -> 0);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ContactView record(@PathVariable String id, @Valid @RequestBody ContactRequest r) {
		return contacten.record(HouseholdId.of(id), r.datum(), r.kanaal(),
				r.aanwezigen() == null ? List.of() : r.aanwezigen(), r.vertolking(), r.taal(), r.samenvatting(),
				r.afspraken() == null ? List.of()
						: r.afspraken()
							.stream()
							.map(a -> new Contacten.NewAfspraak(a.omschrijving(), a.deadline(), a.soort()))
							.toList());
	}

	@PostMapping("/{contactId}/afspraken/{nummer}/afgerond")
	ContactView complete(@PathVariable String id, @PathVariable String contactId, @PathVariable int nummer,
			@Valid @RequestBody CompleteRequest request) {
		return contacten.complete(HouseholdId.of(id), IntakeApi.uuid(contactId), nummer, request.versie());
	}

}
