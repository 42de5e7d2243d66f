package nl.verbinder.inkoop.web;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inkoop.Contracts;
import nl.verbinder.inkoop.Product;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts under {@code /api/v1/contracten}: those that buy for the caller's
 * municipalities, and registering one.
 */
@RestController
class ContractApi {

	record ProductRequest(@NotNull ProductSoort soort, @NotNull @Size(max = 200) String omschrijving,
			Product.@NotNull Eenheid eenheid, @NotNull BigDecimal prijs, @NotNull Integer capaciteit) {
	}

	record ContractRequest(@NotNull UUID organisatieId, @NotNull @Size(max = 200) String naam,
			@NotNull @Size(min = 1, max = 50) Set<String> gemeenten, @NotNull LocalDate ingang,
			@NotNull LocalDate einde, @NotNull @Size(min = 1, max = 30) List<@Valid ProductRequest> producten) {
	}

	private final Contracts contracts;

	ContractApi(Contracts contracts) {
		this.contracts = contracts;
	}

	/**
	 * The contracts in the caller's scope (a register: paged in memory), by name unless
	 * asked otherwise.
	 */
	@GetMapping("/api/v1/contracten")
	Paged<Contracts.ContractView> list(
			@Sorting(value = { "naam", "ingang", "einde" }, byDefault = "by name") Paging paging) {
		return paging.of("contracten", contracts.contracts(),
				Map.of("naam", Comparator.comparing(Contracts.ContractView::naam), "ingang",
						Comparator.comparing(Contracts.ContractView::ingang), "einde",
						Comparator.comparing(Contracts.ContractView::einde,
								Comparator.nullsLast(Comparator.naturalOrder()))),
				Comparator.comparing(Contracts.ContractView::naam).thenComparing(c -> c.id().toString()));
	}

	@PostMapping("/api/v1/contracten")
	ResponseEntity<Contracts.ContractView> register(@Valid @RequestBody ContractRequest r) {
		var c = contracts.register(new Contracts.NewContract(r.organisatieId(), r.naam(),
				r.gemeenten().stream().map(GemeenteCode::new).collect(java.util.stream.Collectors.toSet()), r.ingang(),
				r.einde(),
				r.producten()
					.stream()
					.map(p -> new Contracts.NewProduct(p.soort(), p.omschrijving(), p.eenheid(), p.prijs(),
							p.capaciteit()))
					.toList()));
		return ResponseEntity.created(URI.create("/api/v1/contracten")).body(c);
	}

}
