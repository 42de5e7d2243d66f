package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers delivered and cost, from what was delivered (a price per trajectory once
 * it started, a price per hour for the hours attended), computed in SQL and counted per
 * provider and municipality; for figures, which never show a person. The costs per
 * outcome per group of newcomers are {@link TrajectoryFigures}'.
 */
@Service
public class Costs {

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

	/** Per provider and municipality, over the region, for a role that reads figures. */
	@Transactional(readOnly = true)
	public List<ProviderFigures> perProvider() {
		AccessScope scope = access.restrictToRegion();
		return store.providerFigures(scope.gemeenteCodes());
	}

}
