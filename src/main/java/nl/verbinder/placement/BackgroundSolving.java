package nl.verbinder.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import nl.verbinder.placement.Plaatsing.Progress;
import nl.verbinder.placement.Plaatsing.RunMessage;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Huishouden;
import nl.verbinder.placement.optimiser.InvalidInstanceException;
import nl.verbinder.placement.optimiser.Kandidaat;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.PlacementOptimiser;
import nl.verbinder.placement.optimiser.PlacementResult;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Solving a placement run in the background: the optimiser's view of every household
 * under the run's weights (its {@value #EXPLICIT} best municipalities), the optimiser
 * itself, the progress shown meanwhile, and the outcome stored as the run's result or,
 * when it fails, as a message in the reader's language.
 */
@Component
class BackgroundSolving {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundSolving.class);

	/**
	 * How many of a household's best municipalities the optimiser sees with their own
	 * score.
	 */
	static final int EXPLICIT = 60;

	private final PlacementStore store;

	private final ReferenceData reference;

	private final Clock clock;

	private final Map<UUID, Progress> progress = new ConcurrentHashMap<>();

	BackgroundSolving(PlacementStore store, ReferenceData reference, Clock clock) {
		this.store = store;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * A run that was solving when the application stopped will not finish: mark it failed
	 * so it can be restarted.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedRuns() {
		store.failInterrupted();
	}

	/** Solves the run (already marked as being solved) on a virtual thread of its own. */
	void begin(PlacementStore.Run run, long seed) {
		progress.put(run.id(), new Progress("SCORES", 5));
		Thread.ofVirtual().name("placement-" + run.id()).start(() -> solve(run, seed));
	}

	/**
	 * How far a run being solved on this node is; {@code null} when it is not being
	 * solved here.
	 */
	@Nullable Progress progress(UUID id) {
		return progress.get(id);
	}

	private void solve(PlacementStore.Run run, long seed) {
		try {
			PlacementInstance instance = instance(run, (done, total) -> progress.put(run.id(),
					new Progress("SCORES", 5 + (int) (45L * done / Math.max(1, total)))));
			long persons = instance.huishoudens().stream().mapToLong(h -> Math.max(0, h.size())).sum();
			if (instance.capacity() < persons) {
				throw new RuleViolation("rule.placement.run-capacity", persons, instance.capacity(),
						persons - instance.capacity());
			}
			progress.put(run.id(), new Progress("OPTIMALISEREN", 55));
			PlacementResult result = new PlacementOptimiser().solve(instance, seed, 30);
			store.result(run.id(), result);
		}
		catch (RuleViolation e) {
			store.status(run.id(), PlacementStore.Status.MISLUKT, RunMessage.of(e.getCodes()[0], e.getArguments()));
		}
		catch (InvalidInstanceException e) {
			store.status(run.id(), PlacementStore.Status.MISLUKT,
					RunMessage.of("rule.placement.run-invalid", e.problems().size()));
		}
		catch (RuntimeException e) {
			logger.warn("Placement run {} failed", run.id(), e);
			store.status(run.id(), PlacementStore.Status.MISLUKT, RunMessage.of("placement.failed.unexpected"));
		}
		finally {
			progress.remove(run.id());
		}
	}

	/**
	 * The optimiser's instance: per household its explicit best scores under this run's
	 * weights.
	 */
	PlacementInstance instance(PlacementStore.Run run, BiConsumer<Integer, Integer> done) {
		List<Gemeente> gemeenten = reference.gemeenten();
		FitModel model = model(run, gemeenten);
		LocalDate today = LocalDate.now(clock);
		List<Huishouden> households = new ArrayList<>();
		int n = 0;
		for (Kandidaat k : run.kandidaten()) {
			households.add(huishouden(k, model, gemeenten, today, run.fixed()));
			if (++n % 200 == 0) {
				done.accept(n, run.kandidaten().size());
			}
		}
		return new PlacementInstance(run.periode(), run.taakstellingen(), households);
	}

	/**
	 * A household as the optimiser sees it: its {@value #EXPLICIT} best scores, the rest
	 * at the lowest of those.
	 */
	static Huishouden huishouden(Kandidaat k, FitModel model, List<Gemeente> gemeenten, LocalDate today,
			Map<String, String> fixed) {
		double[] scores = model.scores(k.forFit(today));
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
		Map<String, Double> best = new HashMap<>();
		for (int i = 0; i < Math.min(EXPLICIT, order.length); i++) {
			best.put(gemeenten.get(order[i]).code().value(), scores[order[i]]);
		}
		double rest = scores[order[Math.min(EXPLICIT, order.length) - 1]];
		return new Huishouden(k.id(), k.size(), rest, best, Set.of(), fixed.get(k.id()));
	}

	FitModel model(PlacementStore.Run run, List<Gemeente> gemeenten) {
		return new FitModel(gemeenten.stream()
			.map(g -> new FitModel.Place(g.code().value(), g.arbeidsmarktregioCode(), g.lat(), g.lon()))
			.toList(), run.context(), run.gewichten());
	}

}
