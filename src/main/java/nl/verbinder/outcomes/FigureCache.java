package nl.verbinder.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inburgering.UitstroomRecorded;
import nl.verbinder.inkoop.AttendanceReported;
import nl.verbinder.inkoop.Costs;
import nl.verbinder.inkoop.TrajectoryFigures;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.portal.RatingSummary;
import nl.verbinder.portal.Ratings;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The owners' region-wide counts, shared by every reader of this node: they are the same
 * for every reader (the whole region, no person), and the largest cost a scan of every
 * adult. Callers check access before they read from here; the filters are applied to
 * these counts in memory.
 * <p>
 * What a reader sees ({@link SharedCount}): the last count of this node, at once, also
 * while it is being counted again; only a reader who comes before the first count after a
 * start is done waits for it. The counts are counted in the background
 * ({@link FigureCounting}): when the application is ready, again every minute (so a count
 * that a reader gets began at most a minute ago, plus the time of one count: seconds on
 * 100,000 households, longer on a busy machine), and at once when this node records what
 * changes them (a recorded outflow: the outflow and the purchased trajectories' counts;
 * reported attendance: the purchased trajectories' and the providers' counts). So the
 * reader who records an outflow sees it in the figures as soon as the recount after it is
 * done (seconds on 100,000 households), and readers of the other nodes within a minute
 * after that. Many changes in a row (an attendance file of 4,000 rows) cost one or two
 * recounts.
 * <p>
 * Seven collaborators: the four owners of the counts, the social map for the providers'
 * names, where to count and the clock.
 */
@Component
class FigureCache {

	static final Duration TTL = Duration.ofMinutes(1);

	/** How often the counts' age is checked. */
	static final Duration CHECK = Duration.ofSeconds(10);

	/** The providers' figures with their names. */
	record Providers(List<Costs.ProviderFigures> figures, Map<UUID, String> names) {
	}

	private final FigureCounting counting;

	private final SharedCount<List<OutcomeFigures.OutflowCount>> outflow;

	private final SharedCount<List<OutcomeFigures.DomainChange>> domains;

	private final SharedCount<TrajectoryFigures.Counts> trajectoryCounts;

	private final SharedCount<Providers> providers;

	private final SharedCount<List<RatingSummary>> ratings;

	FigureCache(OutcomeFigures owners, TrajectoryFigures trajectories, Costs costs, Ratings ratings,
			SocialMap socialMap, FigureCounting counting, Clock clock) {
		this.counting = counting;
		this.outflow = new SharedCount<>(owners::outflow, TTL, clock, counting::count);
		this.domains = new SharedCount<>(owners::domainChanges, TTL, clock, counting::count);
		this.trajectoryCounts = new SharedCount<>(trajectories::perGroup, TTL, clock, counting::count);
		this.providers = new SharedCount<>(() -> new Providers(costs.perProvider(),
				socialMap.organisaties().stream().collect(Collectors.toMap(Organisatie::id, Organisatie::naam))), TTL,
				clock, counting::count);
		this.ratings = new SharedCount<>(() -> ratings.overview().summaries(), TTL, clock, counting::count);
	}

	List<OutcomeFigures.OutflowCount> outflow() {
		return outflow.get();
	}

	List<OutcomeFigures.DomainChange> domainChanges() {
		return domains.get();
	}

	TrajectoryFigures.Counts trajectories() {
		return trajectoryCounts.get();
	}

	Providers providers() {
		return providers.get();
	}

	List<RatingSummary> ratings() {
		return ratings.get();
	}

	/**
	 * Counts everything once the application is ready, without holding up its start, and
	 * from then on recounts each count that is nearly a minute old, so that none is older
	 * than a minute when its recount begins.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void countWhenReady() {
		all().forEach(SharedCount::recount);
		counting.every(CHECK, () -> all().forEach(c -> c.recountIfOlderThan(TTL.minus(CHECK))));
	}

	@ApplicationModuleListener
	void on(UitstroomRecorded recorded) {
		outflow.changed();
		trajectoryCounts.changed();
	}

	@ApplicationModuleListener
	void on(AttendanceReported reported) {
		trajectoryCounts.changed();
		providers.changed();
	}

	private List<SharedCount<?>> all() {
		return List.of(outflow, domains, trajectoryCounts, providers, ratings);
	}

}
