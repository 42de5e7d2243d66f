package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inburgering.Inburgering;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's purchased trajectories as its case manager sees them: per member and
 * product the attendance, results, ending and costs so far.
 */
@Service
public class Trajectories {

	/** The household's trajectories and their costs together. */
	public record HouseholdTrajectories(List<Trajectory> trajecten, BigDecimal kosten, Map<UUID, String> namen) {
	}

	private final InkoopAccess access;

	private final InkoopStore store;

	private final Inburgering inburgering;

	private final Contracts contracts;

	Trajectories(InkoopAccess access, InkoopStore store, Inburgering inburgering, Contracts contracts) {
		this.access = access;
		this.store = store;
		this.inburgering = inburgering;
		this.contracts = contracts;
	}

	/**
	 * The trajectories of a household in the caller's scope ("not found" otherwise); the
	 * read is logged by the household module, which checks the scope.
	 */
	@Transactional
	public HouseholdTrajectories ofHousehold(HouseholdId id) {
		HouseholdView household = inburgering.household(id);
		access.restrict(Permission.HOUSEHOLD_READ);
		List<Trajectory> list = of(store.summariesOfHousehold(household.id().value()), contracts, store, true);
		Map<UUID, String> names = new HashMap<>();
		household.members().forEach(m -> names.put(m.personId(), m.voornaam() + " " + m.achternaam()));
		return new HouseholdTrajectories(list,
				list.stream().map(Trajectory::kosten).reduce(BigDecimal.ZERO, BigDecimal::add), names);
	}

	static List<Trajectory> of(List<InkoopStore.Summary> summaries, Contracts contracts, InkoopStore store,
			boolean withReports) {
		if (summaries.isEmpty()) {
			return List.of();
		}
		Map<UUID, Contract> byProduct = summaries.stream()
			.map(s -> s.deelname().productId())
			.distinct()
			.collect(Collectors.toMap(Function.identity(), p -> store.contractOfProduct(p).orElseThrow()));
		Map<UUID, String> providers = contracts.providerNames();
		return summaries.stream().map(s -> {
			Deelname d = s.deelname();
			Contract c = byProduct.get(d.productId());
			Product p = c.product(d.productId());
			return new Trajectory(d.id(), d.doorverwijzingId(), d.personId(), p.id(),
					providers.getOrDefault(c.organisatieId(), "?"), p.soort(), p.omschrijving(), d.gestartOp(),
					d.einde(), d.geeindigdOp(), d.eindeReden(), s.aanwezig(), s.afwezig(), s.uren(), s.workshops(),
					s.laatsteDatum(), s.kosten(), withReports ? store.attendance(d.id()) : List.of(),
					withReports ? store.results(d.id()) : List.of());
		}).toList();
	}

}
