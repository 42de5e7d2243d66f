package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.util.UUID;
import nl.verbinder.shared.RuleViolation;

/**
 * One product of a contract: what is bought, its price per trajectory or per hour, and
 * how many participants the contract buys it for over its period (capacity).
 */
public record Product(UUID id, ProductSoort soort, String omschrijving, Eenheid eenheid, BigDecimal prijs,
		int capaciteit) {

	/** What the price is for: one whole trajectory, or one hour attended. */
	public enum Eenheid {

		TRAJECT, UUR

	}

	/** The highest price of one trajectory or hour we accept as typed correctly. */
	static final BigDecimal MAX_PRICE = new BigDecimal("100000");

	/** The most participants one product can be bought for. */
	static final int MAX_CAPACITY = 10_000;

	public Product {
		if (soort == null || eenheid == null) {
			throw new RuleViolation("rule.contract.product-incomplete");
		}
		omschrijving = omschrijving == null ? "" : omschrijving.strip();
		if (omschrijving.length() < 2 || omschrijving.length() > 200) {
			throw new RuleViolation("rule.contract.product-description", 2, 200);
		}
		if (prijs == null || prijs.signum() <= 0 || prijs.compareTo(MAX_PRICE) > 0
				|| prijs.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation("rule.contract.price", MAX_PRICE);
		}
		if (capaciteit < 1 || capaciteit > MAX_CAPACITY) {
			throw new RuleViolation("rule.contract.capacity", 1, MAX_CAPACITY);
		}
	}

}
