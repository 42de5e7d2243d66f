package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What purchased trajectories cost per newcomer, from what was delivered (a price per
 * trajectory once it started, a price per hour for the hours attended), computed in SQL;
 * for figures, which aggregate it and never show a person.
 */
@Service
public class Costs {

	/** The costs of one person's trajectories of one kind at one provider, so far. */
	public record PersonCost(UUID personId, GemeenteCode gemeente, UUID organisatieId, ProductSoort soort,
			BigDecimal kosten) {
	}

	/**
	 * What one provider delivered in one municipality: how many persons took part, what
	 * it cost, lessons and workshops attended and missed, and exam results passed and not
	 * passed. Counts of persons, never persons; whoever shows it suppresses small cells.
	 */
	public record ProviderFigures(GemeenteCode gemeente, UUID organisatieId, long participants, BigDecimal kosten,
			long attended, long missed, long passed, long failed) {
	}

	private final InkoopAccess access;

	private final InkoopStore store;

	Costs(InkoopAccess access, InkoopStore store) {
		this.access = access;
		this.store = store;
	}

	/**
	 * Costs per person (ids only, no names) in the region, for a role that reads figures
	 * ({@code AGGREGATES_READ}).
	 */
	@Transactional(readOnly = true)
	public List<PersonCost> perNewcomer() {
		AccessScope scope = access.restrictToRegion();
		return store.costs(scope.gemeenteCodes());
	}

	/** Per provider and municipality, over the region, for a role that reads figures. */
	@Transactional(readOnly = true)
	public List<ProviderFigures> perProvider() {
		AccessScope scope = access.restrictToRegion();
		return store.providerFigures(scope.gemeenteCodes());
	}

}
