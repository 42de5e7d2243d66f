package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.inburgering.ContractedProducts;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Component;

/**
 * Offers the plan's activities the products of the contracts that run for a municipality.
 */
@Component
class ProductCatalogue implements ContractedProducts {

	private final Contracts contracts;

	ProductCatalogue(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public List<Choice> choosable(GemeenteCode gemeente, LocalDate on) {
		return contracts.running(gemeente, on)
			.stream()
			.flatMap(c -> c.producten()
				.stream()
				.map(p -> new Choice(p.product().id(), c.organisatie(), p.product().omschrijving())))
			.toList();
	}

}
