package nl.verbinder.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inburgering.UitstroomRecorded;
import nl.verbinder.inkoop.HouseholdAttendanceReported;
import nl.verbinder.inkoop.Costs;
import nl.verbinder.inkoop.TrajectoryFigures;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.portal.RatingSummary;
import nl.verbinder.portal.Ratings;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.sleutelpersoon.AdviceChanged;
import nl.verbinder.sleutelpersoon.Advising;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

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
 * reported attendance, once per household of a report
 * ({@link HouseholdAttendanceReported}), not per row: the purchased trajectories' and the
 * providers' counts). So the reader who records an outflow sees it in the figures as soon
 * as the recount after it is done (seconds on 100,000 households), and readers of the
 * other nodes within a minute after that. Many changes in a row (an attendance file of
 * 4,000 rows) cost one or two recounts.
 * <p>
 * The key persons' and professionals' advice is counted here too, per municipality it is
 * about and for the whole region, in one query ({@link Advising.AdviceCounts}): a filter
 * on a municipality takes that municipality's rows, the region its own rows, counted by
 * the owner rather than added up here, since the number of authors (on which the advice
 * is suppressed) cannot be added up across municipalities. Advice given or moved on
 * ({@link AdviceChanged}, after its commit, on the node where it happened) recounts it,
 * and a reader on that node who comes before the recount is done waits for it (a few
 * rows; {@link SharedCount#freshAfterChange}), so that whoever just gave advice, or reads
 * the figures right after, sees it; readers on other nodes see it after the next periodic
 * recount, within a minute, as for the other counts.
 * <p>
 * Eight collaborators: the five owners of the counts, the social map for the providers'
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

	private final SharedCount<Advising.AdviceCounts> advice;

	FigureCache(OutcomeFigures owners, TrajectoryFigures trajectories, Costs costs, Ratings ratings, Advising advising,
			SocialMap socialMap, FigureCounting counting, Clock clock) {
		this.counting = counting;
		this.outflow = new SharedCount<>(owners::outflow, TTL, clock, counting::count);
		this.domains = new SharedCount<>(owners::domainChanges, TTL, clock, counting::count);
		this.trajectoryCounts = new SharedCount<>(trajectories::perGroup, TTL, clock, counting::count);
		this.providers = new SharedCount<>(() -> new Providers(costs.perProvider(),
				socialMap.organisaties().stream().collect(Collectors.toMap(Organisatie::id, Organisatie::naam))), TTL,
				clock, counting::count);
		this.ratings = new SharedCount<>(() -> ratings.overview().summaries(), TTL, clock, counting::count);
		this.advice = SharedCount.freshAfterChange(advising::counts, TTL, clock, counting::count);
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

	/** The advice counted about {@code gemeente}; {@code null}: the whole region. */
	List<Advising.AdviceCount> advice(@Nullable GemeenteCode gemeente) {
		return advice.get().about(gemeente);
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
	void on(HouseholdAttendanceReported reported) {
		trajectoryCounts.changed();
		providers.changed();
	}

	/**
	 * Synchronously after the commit that changed the advice, not later from the event
	 * publication registry: it only marks this node's count as changed (so that the next
	 * reader here sees the advice), which nothing needs to survive a crash, since a
	 * restarted node counts everything anew.
	 */
	@TransactionalEventListener
	void on(AdviceChanged changed) {
		advice.changed();
	}

	private List<SharedCount<?>> all() {
		return List.of(outflow, domains, trajectoryCounts, providers, ratings, advice);
	}

}
