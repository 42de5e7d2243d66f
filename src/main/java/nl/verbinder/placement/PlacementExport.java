package nl.verbinder.placement;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.placement.optimiser.InstanceFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes any run reproducible: its instance exactly as the optimiser saw it (scores under
 * the run's weights, quotas, households told earlier) in the command line's format
 * (docs/placement-instance-format.md), and its plan as the command line writes it, so
 * that {@code placement solve} and {@code placement check} can be run on them elsewhere.
 * An export reads every candidate's (scored) data and is logged as such.
 */
@Service
public class PlacementExport {

	private final AccessControl access;

	private final ProcessingLog log;

	private final PlacementStore store;

	private final BackgroundSolving solving;

	PlacementExport(AccessControl access, ProcessingLog log, PlacementStore store, BackgroundSolving solving) {
		this.access = access;
		this.log = log;
		this.store = store;
		this.solving = solving;
	}

	/** The run's instance in the command line's JSON format. */
	@Transactional
	public String instance(UUID id) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = find(id);
		String json = InstanceFormat.toJson(solving.instance(run, (done, total) -> {
		}));
		logRead(run);
		return json;
	}

	/** The run's plan as the command line writes it, once the run has one. */
	@Transactional
	public Optional<String> plan(UUID id) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = find(id);
		if (run.resultaat() == null) {
			return Optional.empty();
		}
		logRead(run);
		return Optional.of(InstanceFormat.resultToJson(run.resultaat()));
	}

	private void logRead(PlacementStore.Run run) {
		List<DataSubject> subjects = run.kandidaten()
			.stream()
			.map(k -> new DataSubject("plaatsingskandidaat", run.id() + "/" + k.id()))
			.toList();
		log.record(Plaatsing.PLAATSING, Operation.READ, subjects);
	}

	private PlacementStore.Run find(UUID id) {
		return store.find(id).orElseThrow(() -> new NoSuchElementException("No placement run " + id));
	}

}
