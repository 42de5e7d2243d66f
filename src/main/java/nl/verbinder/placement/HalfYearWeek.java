package nl.verbinder.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.placement.optimiser.Huishouden;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.Taakstelling;
import nl.verbinder.placement.optimiser.WeeklyPlacement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A run's households as this week's batch of a half year: the run's quotas are the half
 * year's, their {@code filled} what was placed so far, and the persons still to be housed
 * after this week are expected to arrive like this week's households. The week is placed
 * with the quotas' remaining room priced ({@link WeeklyPlacement#week}), so that room the
 * later households need more is kept for them; the planner sees every quota's progress:
 * placed so far, this week, what remains and the window it must end in. A try for the
 * planner to weigh against the run's own plan; nothing is stored, and reading the
 * households is logged.
 * <p>
 * Placing the week takes the optimiser's limit ({@code verbinder.placement.week-limit}, 5
 * seconds by default; the optimiser's plan is the best it found by then), so it is done
 * outside any transaction (no database connection is held meanwhile) and kept on this
 * node for the last {@value #KEPT} weeks asked for, keyed by the run, what was published
 * of it and the day (the fit depends on the households' ages): a second look, or a second
 * planner, reads the same week at once, and planners asking for the same week together
 * wait for one placing. Every read is logged, whether placed or kept.
 */
@Service
public class HalfYearWeek {

	/** The most households in the pool that stands for those still to come. */
	static final int FORECAST = 600;

	/** How many placed weeks a node keeps. */
	static final int KEPT = 16;

	/** What a placed week depends on: the run, what of it was published, and the day. */
	private record Key(UUID run, Map<String, String> published, @Nullable Instant publishedAt, LocalDate day) {
	}

	/** The placed weeks, the least recently read dropped first. */
	private final Map<Key, CompletableFuture<Placed>> weeks = Collections
		.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Placed>> eldest) {
				return size() > KEPT;
			}
		});

	/**
	 * One quota's progress through the half year.
	 *
	 * @param before persons placed so far this half year ({@code filled})
	 * @param thisWeek persons this week's plan places here
	 * @param remaining still to be housed after this week (target − this week; negative
	 * when the tolerance is used)
	 * @param low least persons the half year must end with here
	 * @param high most persons it may end with
	 */
	public record QuotaProgress(String code, int before, long thisWeek, long remaining, int low, int high) {
	}

	/**
	 * The week: every quota's progress, persons placed of the batch, households that
	 * fitted nowhere, and the fit (Σ size × score).
	 */
	public record Week(List<QuotaProgress> quotas, long placedPersons, long persons, int unplaced, double fit,
			double expectedAfter) {
	}

	/** A placed week and its batch's households (by id), for the log of each read. */
	private record Placed(Week week, List<String> batch) {
	}

	private final AccessControl access;

	private final ProcessingLog log;

	private final PlacementStore store;

	private final BackgroundSolving solving;

	private final Clock clock;

	/** The optimiser's limit for the week. */
	private final Duration limit;

	HalfYearWeek(AccessControl access, ProcessingLog log, PlacementStore store, BackgroundSolving solving, Clock clock,
			@Value("${verbinder.placement.week-limit:PT5S}") Duration limit) {
		this.limit = limit;
		this.access = access;
		this.log = log;
		this.store = store;
		this.solving = solving;
		this.clock = clock;
	}

	/** The run's households placed as this week's batch (see the class). */
	public Week week(UUID id) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = store.find(id).orElseThrow(() -> new NoSuchElementException("No placement run " + id));
		Key key = new Key(id, Map.copyOf(run.fixed()), run.publishedAt(), LocalDate.now(clock));
		CompletableFuture<Placed> mine = new CompletableFuture<>();
		CompletableFuture<Placed> kept = weeks.putIfAbsent(key, mine);
		Placed week;
		if (kept != null) {
			try {
				week = kept.join();
			}
			catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : e;
			}
		}
		else {
			try {
				week = place(run);
				mine.complete(week);
			}
			catch (RuntimeException e) {
				weeks.remove(key, mine);
				mine.completeExceptionally(e);
				throw e;
			}
		}
		log.record(Plaatsing.PLAATSING, Operation.READ,
				week.batch().stream().map(h -> new DataSubject("plaatsingskandidaat", id + "/" + h)).toList());
		return week.week();
	}

	private Placed place(PlacementStore.Run run) {
		PlacementInstance instance = solving.instance(run, (done, total) -> {
		});
		// households told their municipality earlier stay there: placed before this week
		Map<String, Integer> told = new HashMap<>();
		List<Huishouden> batch = new ArrayList<>();
		for (Huishouden h : instance.huishoudens()) {
			if (h.published() != null) {
				told.merge(h.published(), h.size(), Integer::sum);
			}
			else {
				batch.add(h);
			}
		}
		List<Taakstelling> halfYear = instance.gemeenten()
			.stream()
			.map(t -> new Taakstelling(t.code(), t.quota(), t.filled() + told.getOrDefault(t.code(), 0), t.tolerance(),
					t.carryOver()))
			.toList();
		long persons = batch.stream().mapToLong(Huishouden::size).sum();
		long toHouse = halfYear.stream().mapToLong(t -> Math.max(0, t.target())).sum();
		double expectedAfter = batch.isEmpty() ? 0
				: Math.max(0, toHouse - persons) / Math.max(1.0, (double) persons / batch.size());
		// the pool that stands for the households still to come: this week's, at most
		// FORECAST of them spread over the batch
		int step = Math.max(1, (batch.size() + FORECAST - 1) / FORECAST);
		List<Huishouden> forecast = new ArrayList<>();
		for (int i = 0; i < batch.size(); i += step) {
			forecast.add(batch.get(i));
		}
		Map<String, String> plan = batch.isEmpty() ? Map.of()
				: WeeklyPlacement.week(halfYear, batch, forecast, expectedAfter, limit.toMillis() / 1000.0);
		Map<String, Long> here = new HashMap<>();
		double fit = 0;
		long placed = 0;
		for (Huishouden h : batch) {
			String at = plan.get(h.id());
			if (at != null) {
				here.merge(at, (long) h.size(), Long::sum);
				fit += h.size() * h.score(at);
				placed += h.size();
			}
		}
		List<QuotaProgress> quotas = new ArrayList<>();
		for (Taakstelling t : halfYear) {
			long thisWeek = here.getOrDefault(t.code(), 0L);
			quotas.add(new QuotaProgress(t.code(), t.filled(), thisWeek, t.target() - thisWeek,
					t.filled() + Math.max(0, t.target() - t.tolerance()), t.filled() + t.capacity()));
		}
		return new Placed(new Week(quotas, placed, persons, batch.size() - plan.size(), fit, expectedAfter),
				batch.stream().map(Huishouden::id).toList());
	}

}
