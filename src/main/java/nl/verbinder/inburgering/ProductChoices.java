package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The contracted products a plan may name, from whichever module implements
 * {@link ContractedProducts} (looked up lazily, so that no bean cycle arises; without one
 * there is nothing to choose).
 */
@Component
public class ProductChoices {

	private final ObjectProvider<ContractedProducts> catalogues;

	ProductChoices(ObjectProvider<ContractedProducts> catalogues) {
		this.catalogues = catalogues;
	}

	/** Products of contracts that cover {@code gemeente} and run on {@code on}. */
	public List<ContractedProducts.Choice> choosable(GemeenteCode gemeente, LocalDate on) {
		return catalogues.orderedStream().flatMap(c -> c.choosable(gemeente, on).stream()).toList();
	}

	/**
	 * Every product a plan's activities name is one that can be chosen today, or one the
	 * plan named already (a contract may end while the plan runs).
	 */
	void check(GemeenteCode gemeente, PipInhoud inhoud, Set<UUID> named, LocalDate today) {
		Set<UUID> allowed = null;
		for (PipInhoud.Activiteit a : inhoud.activiteiten()) {
			if (a.productId() == null || named.contains(a.productId())) {
				continue;
			}
			if (allowed == null) {
				allowed = new HashSet<>();
				for (var choice : choosable(gemeente, today)) {
					allowed.add(choice.productId());
				}
			}
			if (!allowed.contains(a.productId())) {
				throw new RuleViolation("rule.activity.product", a.omschrijving());
			}
		}
	}

	/** The products the plan's versions named so far. */
	static Set<UUID> named(Pip pip) {
		Set<UUID> named = new HashSet<>();
		pip.versies()
			.forEach(v -> v.inhoud()
				.activiteiten()
				.stream()
				.map(PipInhoud.Activiteit::productId)
				.filter(java.util.Objects::nonNull)
				.forEach(named::add));
		return named;
	}

}
