package nl.verbinder.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Huishouden;
import nl.verbinder.placement.optimiser.InstanceValidator;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.Taakstelling;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs from the planner's own data, the other way round from {@link PlacementExport}: an
 * instance in the command line's format (an exported run, or one made elsewhere), or a
 * CSV file of households with their scores and exclusions, the planner's real source,
 * placed within the period's quotas by population (which the planner then adjusts per
 * municipality). A file is taken as a whole or refused as a whole ({@link ImportRefused},
 * every problem with its row). Such a run holds the households as the optimiser sees
 * them: it is solved, exported and run again like any other, but not explained per
 * household nor published, since it holds no persons' data for an intake.
 */
@Service
public class PlacementImport {

	private final AccessControl access;

	private final ProcessingLog log;

	private final PlacementStore store;

	private final ReferenceData reference;

	private final RunInputs inputs;

	private final Clock clock;

	PlacementImport(AccessControl access, ProcessingLog log, PlacementStore store, ReferenceData reference,
			RunInputs inputs, Clock clock) {
		this.access = access;
		this.log = log;
		this.store = store;
		this.reference = reference;
		this.inputs = inputs;
		this.clock = clock;
	}

	/** A run on an instance in the command line's JSON format, its quotas included. */
	@Transactional
	public Plaatsing.RunView instance(String json) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementInstance instance = new ImportReader(known()).instance(json);
		return store(instance.period(), instance.gemeenten(), instance.huishoudens());
	}

	/**
	 * A run on a CSV file of households, for {@code periode} (by default the next half
	 * year), with the period's quotas by population: 102 % of the persons, a tolerance of
	 * 3.
	 */
	@Transactional
	public Plaatsing.RunView households(String csv, @Nullable String periode) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		Set<String> known = known();
		// read once against every municipality to count the persons, then the quotas for
		// them
		List<Huishouden> households = new ImportReader(known).households(csv,
				reference.gemeenten()
					.stream()
					.map(g -> new Taakstelling(g.code().value(), Integer.MAX_VALUE / 400, 0, 0, 0))
					.toList());
		long persons = households.stream().mapToLong(Huishouden::size).sum();
		List<Taakstelling> quotas = inputs.quotas(persons, null, 3);
		String period = periode == null || periode.isBlank() ? RunInputs.period(LocalDate.now(clock)) : periode.strip();
		return store(period, quotas, households);
	}

	private Plaatsing.RunView store(String period, List<Taakstelling> quotas, List<Huishouden> households) {
		var actor = access.scopeFor(Permission.PLACEMENT_PLAN).actor();
		if (!period.isEmpty() && !period.matches("\\d{4}-H[12]")) {
			throw new RuleViolation("rule.placement.import-period",
					period.length() > 20 ? period.substring(0, 20) : period);
		}
		// what the reader checked is what the optimiser checks before solving
		new InstanceValidator(known()).validate(new PlacementInstance(period, quotas, households));
		Map<String, String> fixed = new HashMap<>();
		households.stream().filter(h -> h.published() != null).forEach(h -> fixed.put(h.id(), h.published()));
		UUID id = UUID.randomUUID();
		PlacementStore.Run run = new PlacementStore.Run(id,
				period.isEmpty() ? RunInputs.period(LocalDate.now(clock)) : period, clock.instant(), actor.id().value(),
				PlacementStore.Status.CONCEPT, null, FitModel.Weights.DEFAULT, List.of(),
				new FitModel.Context(Map.of(), Map.of(), Map.of(), Set.of(), Set.of()), quotas, fixed, null, null, null,
				households);
		store.insert(run);
		log.record(Plaatsing.PLAATSING, Operation.CREATE,
				households.stream().map(h -> new DataSubject("plaatsingskandidaat", id + "/" + h.id())).toList());
		return store.find(id).map(Plaatsing::view).orElseThrow();
	}

	private Set<String> known() {
		return reference.gemeenten().stream().map(g -> g.code().value()).collect(Collectors.toSet());
	}

}
