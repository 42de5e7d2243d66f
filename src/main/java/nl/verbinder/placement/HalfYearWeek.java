package nl.verbinder.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.placement.optimiser.Huishouden;
import nl.verbinder.placement.optimiser.PlacementInstance;
import nl.verbinder.placement.optimiser.Taakstelling;
import nl.verbinder.placement.optimiser.WeeklyPlacement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's households as this week's batch of a half year: the run's quotas are the half
 * year's, their {@code filled} what was placed so far, and the persons still to be housed
 * after this week are expected to arrive like this week's households. The week is placed
 * with the quotas' remaining room priced ({@link WeeklyPlacement#week}), so that room the
 * later households need more is kept for them; the planner sees every quota's progress:
 * placed so far, this week, what remains and the window it must end in. A try for the
 * planner to weigh against the run's own plan; nothing is stored, and reading the
 * households is logged.
 */
@Service
public class HalfYearWeek {

	/** The most households in the pool that stands for those still to come. */
	static final int FORECAST = 600;

	/** The optimiser's limit for the week. */
	static final double LIMIT_SECONDS = 5;

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

	private final AccessControl access;

	private final ProcessingLog log;

	private final PlacementStore store;

	private final BackgroundSolving solving;

	HalfYearWeek(AccessControl access, ProcessingLog log, PlacementStore store, BackgroundSolving solving) {
		this.access = access;
		this.log = log;
		this.store = store;
		this.solving = solving;
	}

	@Transactional
	public Week week(UUID id) {
		access.scopeFor(Permission.PLACEMENT_PLAN);
		PlacementStore.Run run = store.find(id).orElseThrow(() -> new NoSuchElementException("No placement run " + id));
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
				: WeeklyPlacement.week(halfYear, batch, forecast, expectedAfter, LIMIT_SECONDS);
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
		log.record(Plaatsing.PLAATSING, Operation.READ,
				batch.stream().map(h -> new DataSubject("plaatsingskandidaat", id + "/" + h.id())).toList());
		return new Week(quotas, placed, persons, batch.size() - plan.size(), fit, expectedAfter);
	}

}
