package nl.verbinder.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inburgering.UitstroomRecorded;
import nl.verbinder.inkoop.AttendanceReported;
import nl.verbinder.inkoop.TrajectoryFigures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The owners' counts, kept for a minute: they are the same for every reader (the whole
 * region, no person), and counting them costs a scan of every adult. A recorded outflow
 * drops them at once on the node that recorded it (reported attendance drops the
 * purchased trajectories' counts); on other nodes they are at most a minute old. Each is
 * counted by one reader at a time ({@link SharedCount}): readers arriving together while
 * one counts get the last count, or wait for the one count when there is none. Callers
 * check access before they read from here.
 */
@Component
class FigureCache {

	static final Duration TTL = Duration.ofMinutes(1);

	private final OutcomeFigures owners;

	private final TrajectoryFigures trajectories;

	private final SharedCount<List<OutcomeFigures.OutflowCount>> outflow;

	private final SharedCount<List<OutcomeFigures.DomainChange>> domains;

	private final SharedCount<TrajectoryFigures.Counts> trajectoryCounts;

	FigureCache(OutcomeFigures owners, TrajectoryFigures trajectories, Clock clock) {
		this.owners = owners;
		this.trajectories = trajectories;
		this.outflow = new SharedCount<>(TTL, clock);
		this.domains = new SharedCount<>(TTL, clock);
		this.trajectoryCounts = new SharedCount<>(TTL, clock);
	}

	List<OutcomeFigures.OutflowCount> outflow() {
		return outflow.get(owners::outflow);
	}

	List<OutcomeFigures.DomainChange> domainChanges() {
		return domains.get(owners::domainChanges);
	}

	TrajectoryFigures.Counts trajectories() {
		return trajectoryCounts.get(trajectories::perGroup);
	}

	@ApplicationModuleListener
	void on(UitstroomRecorded recorded) {
		outflow.drop();
		trajectoryCounts.drop();
	}

	@ApplicationModuleListener
	void on(AttendanceReported reported) {
		trajectoryCounts.drop();
	}

}
