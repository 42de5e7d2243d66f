package nl.verbinder.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import nl.verbinder.placement.Plaatsing.Progress;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Solving a placement run in the background, on whichever node holds it: the optimiser's
 * view of every household under the run's weights (its {@value #EXPLICIT} best
 * municipalities), the optimiser itself, the progress shown meanwhile (in the database,
 * so every node shows it), and the outcome stored as the run's result or, when it fails,
 * as a message in the reader's language. A node renews the lease of what it solves; when
 * a node stops, another takes its runs over once their leases run out, and only the node
 * holding a run writes its outcome.
 */
@Component
class BackgroundSolving {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundSolving.class);

	/**
	 * How many of a household's best municipalities the optimiser sees with their own
	 * score.
	 */
	static final int EXPLICIT = 60;

	/**
	 * How often solving one run may be begun before it fails for a planner to look at.
	 */
	static final int MAX_ATTEMPTS = 3;

	private final PlacementStore store;

	private final SolvingJobs jobs;

	private final ReferenceData reference;

	private final Clock clock;

	private final Duration lease;

	/** This node, as the runs it solves name it. */
	private final String node = "node-" + UUID.randomUUID();

	private final Set<UUID> solvingHere = ConcurrentHashMap.newKeySet();

	BackgroundSolving(PlacementStore store, SolvingJobs jobs, ReferenceData reference, Clock clock,
			@Value("${verbinder.placement.lease:PT30S}") Duration lease) {
		this.store = store;
		this.jobs = jobs;
		this.reference = reference;
		this.clock = clock;
		this.lease = lease;
	}

	/**
	 * Takes the run on for this node, in the caller's transaction; solving starts on a
	 * virtual thread of its own once that commits.
	 */
	void begin(UUID id, long seed) {
		if (!jobs.claimNew(id, node, seed, clock.instant().plus(lease))) {
			throw new RuleViolation("rule.placement.solved-already");
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				solveHere(id, seed);
			}
		});
	}

	/**
	 * Renews the leases of the runs solved here, takes over a run that another node left
	 * (its lease ran out), and fails the runs left too often.
	 */
	@Scheduled(fixedDelayString = "${verbinder.placement.lease-check:PT5S}")
	void keepLeases() {
		Instant now = clock.instant();
		if (!solvingHere.isEmpty()) {
			jobs.renew(node, List.copyOf(solvingHere), now.plus(lease));
		}
		jobs.claimAbandoned(node, now, now.plus(lease), MAX_ATTEMPTS).ifPresent(claim -> {
			logger.info("Taking over placement run {}: its solver stopped", claim.id());
			solveHere(claim.id(), claim.seed());
		});
		int failed = jobs.failExhausted(now, MAX_ATTEMPTS);
		if (failed > 0) {
			logger.warn("{} placement run(s) failed: solving was begun {} times", failed, MAX_ATTEMPTS);
		}
	}

	/** How far a run being solved is, on whichever node. */
	Optional<Progress> progress(UUID id) {
		return jobs.progress(id);
	}

	private void solveHere(UUID id, long seed) {
		solvingHere.add(id);
		Thread.ofVirtual().name("placement-" + id).start(() -> {
			try {
				solve(id, seed);
			}
			finally {
				solvingHere.remove(id);
			}
		});
	}

	private void solve(UUID id, long seed) {
		try {
			PlacementStore.Run run = store.find(id).orElseThrow();
			PlacementInstance instance = instance(run, (done, total) -> jobs.progress(id, node,
					new Progress("SCORES", 5 + (int) (45L * done / Math.max(1, total)))));
			long persons = instance.huishoudens().stream().mapToLong(h -> Math.max(0, h.size())).sum();
			if (instance.capacity() < persons) {
				throw new RuleViolation("rule.placement.run-capacity", persons, instance.capacity(),
						persons - instance.capacity());
			}
			jobs.progress(id, node, new Progress("OPTIMALISEREN", 55));
			PlacementResult result = new PlacementOptimiser().solve(instance, seed, 30);
			if (!store.finish(id, node, result)) {
				logger.info("Placement run {} was taken over by another node; this result is not kept", id);
			}
		}
		catch (RuleViolation e) {
			store.fail(id, node, RunMessage.of(e.getCodes()[0], e.getArguments()));
		}
		catch (InvalidInstanceException e) {
			store.fail(id, node, RunMessage.of("rule.placement.run-invalid", e.problems().size()));
		}
		catch (RuntimeException e) {
			logger.warn("Placement run {} failed", id, e);
			store.fail(id, node, RunMessage.of("placement.failed.unexpected"));
		}
	}

	/**
	 * The optimiser's instance: per household its explicit best scores under this run's
	 * weights.
	 */
	PlacementInstance instance(PlacementStore.Run run, BiConsumer<Integer, Integer> done) {
		if (run.huishoudens() != null) {
			// imported as an instance: the scores are given; what was published since
			// stays
			return new PlacementInstance(run.periode(), run.taakstellingen(),
					run.huishoudens()
						.stream()
						.map(h -> run.fixed().containsKey(h.id()) ? new Huishouden(h.id(), h.size(), h.defaultScore(),
								h.scores(), h.excluded(), run.fixed().get(h.id())) : h)
						.toList());
		}
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
