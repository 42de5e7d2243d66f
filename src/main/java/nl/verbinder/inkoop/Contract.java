package nl.verbinder.inkoop;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;

/**
 * A contract of one or more municipalities (several: a regional contract) with one
 * provider of the social map, for a period, buying one or more products. A contract
 * covers a participant when it runs on the day reported and one of its municipalities is
 * the participant's.
 */
public record Contract(UUID id, UUID organisatieId, String naam, Set<GemeenteCode> gemeenten, LocalDate ingang,
		LocalDate einde, List<Product> producten) {

	/** The longest period one contract may run. */
	static final int MAX_YEARS = 6;

	public Contract {
		naam = naam == null ? "" : naam.strip();
		if (naam.length() < 2 || naam.length() > 200) {
			throw new RuleViolation("rule.contract.name", 2, 200);
		}
		if (gemeenten == null || gemeenten.isEmpty()) {
			throw new RuleViolation("rule.contract.no-municipality");
		}
		if (ingang == null || einde == null) {
			throw new RuleViolation("rule.contract.period-missing");
		}
		if (einde.isBefore(ingang)) {
			throw new RuleViolation("rule.contract.period-order");
		}
		if (einde.isAfter(ingang.plusYears(MAX_YEARS))) {
			throw new RuleViolation("rule.contract.period-length", MAX_YEARS);
		}
		if (producten == null || producten.isEmpty()) {
			throw new RuleViolation("rule.contract.no-product");
		}
		Set<String> seen = new HashSet<>();
		for (Product p : producten) {
			if (!seen.add(p.soort() + "|" + p.omschrijving().toLowerCase())) {
				throw new RuleViolation("rule.contract.product-twice", p.omschrijving());
			}
		}
		gemeenten = Set.copyOf(gemeenten);
		producten = List.copyOf(producten);
	}

	/** Whether the contract runs on this day. */
	public boolean runsOn(LocalDate day) {
		return !day.isBefore(ingang) && !day.isAfter(einde);
	}

	/** Whether the contract buys for participants of this municipality. */
	public boolean covers(GemeenteCode gemeente) {
		return gemeenten.contains(gemeente);
	}

	public Product product(UUID productId) {
		return producten.stream()
			.filter(p -> p.id().equals(productId))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No product " + productId + " in contract " + id));
	}

	/** A report dated {@code day} falls within the contract's period. */
	void checkDay(LocalDate day) {
		if (!runsOn(day)) {
			throw new RuleViolation("rule.report.outside-period", day, ingang, einde);
		}
	}

	/**
	 * Enrolling one more participant in a product: refused when the participant's
	 * municipality is not covered, the contract does not run that day, or the product's
	 * capacity is taken ({@code enrolled} participants already).
	 */
	void checkEnrolment(Product product, GemeenteCode gemeente, LocalDate day, long enrolled) {
		if (!covers(gemeente)) {
			throw new RuleViolation("rule.report.not-covered", naam);
		}
		if (!runsOn(day)) {
			throw new RuleViolation("rule.report.outside-period", day, ingang, einde);
		}
		if (enrolled >= product.capaciteit()) {
			throw new RuleViolation("rule.contract.capacity-full", product.omschrijving(), product.capaciteit());
		}
	}

}
