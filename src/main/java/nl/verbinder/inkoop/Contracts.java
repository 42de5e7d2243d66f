package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts with providers: who keeps the social map (a case manager for their own
 * municipality, the coordinator for the region) registers and reads them; a contract is
 * shown to whom one of its municipalities is in scope.
 */
@Service
public class Contracts {

	/** A product with how many participants it has so far. */
	public record ProductView(Product product, int ingeschreven) {

		public int vrij() {
			return product.capaciteit() - ingeschreven;
		}
	}

	/**
	 * A contract as the pages show it: the provider by name, the products with their use.
	 */
	public record ContractView(UUID id, UUID organisatieId, String organisatie, String naam,
			Set<GemeenteCode> gemeenten, LocalDate ingang, LocalDate einde, List<ProductView> producten,
			boolean loopt) {
	}

	/** What a new contract needs. */
	public record NewContract(UUID organisatieId, String naam, Set<GemeenteCode> gemeenten, LocalDate ingang,
			LocalDate einde, List<NewProduct> producten) {
	}

	public record NewProduct(ProductSoort soort, String omschrijving, Product.Eenheid eenheid, BigDecimal prijs,
			int capaciteit) {
	}

	private final InkoopAccess access;

	private final InkoopStore store;

	private final SocialMap socialMap;

	private final Clock clock;

	Contracts(InkoopAccess access, InkoopStore store, SocialMap socialMap, Clock clock) {
		this.access = access;
		this.store = store;
		this.socialMap = socialMap;
		this.clock = clock;
	}

	/** The municipalities the caller may contract for. */
	@Transactional(readOnly = true)
	public Set<GemeenteCode> municipalities() {
		return access.restrict(Permission.ORGANISATIONS_MANAGE).gemeenten();
	}

	/** The contracts that buy for a municipality in the caller's scope. */
	@Transactional(readOnly = true)
	public List<ContractView> contracts() {
		AccessScope scope = access.restrict(Permission.ORGANISATIONS_MANAGE);
		return views(
				store.contracts(null).stream().filter(c -> c.gemeenten().stream().anyMatch(scope::covers)).toList());
	}

	@Transactional(readOnly = true)
	public ContractView contract(UUID id) {
		AccessScope scope = access.restrict(Permission.ORGANISATIONS_MANAGE);
		return views(store.contract(id)
			.filter(c -> c.gemeenten().stream().anyMatch(scope::covers))
			.map(List::of)
			.orElseThrow(() -> new NoSuchElementException("No contract " + id))).getFirst();
	}

	/**
	 * Registers a contract: the provider is an organisation of the social map, and every
	 * municipality it buys for is in the caller's scope (a regional contract needs a
	 * regional account).
	 */
	@Transactional
	public ContractView register(NewContract c) {
		AccessScope scope = access.restrict(Permission.ORGANISATIONS_MANAGE);
		if (c.organisatieId() == null) {
			throw new RuleViolation("rule.contract.no-provider");
		}
		try {
			socialMap.organisatie(c.organisatieId());
		}
		catch (NoSuchElementException e) {
			throw new RuleViolation("rule.contract.no-provider");
		}
		for (GemeenteCode g : c.gemeenten() == null ? Set.<GemeenteCode>of() : c.gemeenten()) {
			if (!scope.covers(g)) {
				throw new RuleViolation("rule.contract.outside-scope", g.value());
			}
		}
		List<Product> products = (c.producten() == null ? List.<NewProduct>of() : c.producten()).stream()
			.map(p -> new Product(UUID.randomUUID(), p.soort(), p.omschrijving(), p.eenheid(), p.prijs(),
					p.capaciteit()))
			.toList();
		Contract contract = new Contract(UUID.randomUUID(), c.organisatieId(), c.naam(), c.gemeenten(), c.ingang(),
				c.einde(), products);
		store.insert(contract, scope.actor().id().value(), clock.instant());
		return views(List.of(contract)).getFirst();
	}

	/**
	 * Products of contracts that cover {@code gemeente} and run on {@code on}, with their
	 * provider's name; no scope of its own (a contract is no personal data), the callers
	 * check theirs.
	 */
	@Transactional(readOnly = true)
	public List<ContractView> running(GemeenteCode gemeente, LocalDate on) {
		return views(store.contracts(null).stream().filter(c -> c.covers(gemeente) && c.runsOn(on)).toList());
	}

	/** The names of the social map's organisations, by id. */
	Map<UUID, String> providerNames() {
		return socialMap.organisaties().stream().collect(Collectors.toMap(Organisatie::id, Organisatie::naam));
	}

	private List<ContractView> views(List<Contract> contracts) {
		Map<UUID, String> names = providerNames();
		Map<UUID, Integer> enrolled = store
			.enrolled(contracts.stream().flatMap(c -> c.producten().stream()).map(Product::id).toList());
		LocalDate today = LocalDate.now(clock);
		return contracts.stream()
			.map(c -> new ContractView(c.id(), c.organisatieId(), names.getOrDefault(c.organisatieId(), "?"), c.naam(),
					c.gemeenten(), c.ingang(), c.einde(),
					c.producten().stream().map(p -> new ProductView(p, enrolled.getOrDefault(p.id(), 0))).toList(),
					c.runsOn(today)))
			.toList();
	}

}
