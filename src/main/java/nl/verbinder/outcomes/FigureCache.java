package nl.verbinder.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inburgering.UitstroomRecorded;
import nl.verbinder.inkoop.AttendanceReported;
import nl.verbinder.inkoop.TrajectoryFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The owners' counts, kept for a minute: they are the same for every reader (the whole
 * region, no person), and counting them costs a scan of every adult. A recorded outflow
 * drops them at once on the node that recorded it (reported attendance drops the
 * purchased trajectories' counts); on other nodes they are at most a minute old. Callers
 * check access before they read from here.
 */
@Component
class FigureCache {

	static final Duration TTL = Duration.ofMinutes(1);

	private record Snapshot<T>(T value, Instant at) {
	}

	private final OutcomeFigures owners;

	private final TrajectoryFigures trajectories;

	private final Clock clock;

	private volatile @Nullable Snapshot<List<OutcomeFigures.OutflowCount>> outflow;

	private volatile @Nullable Snapshot<List<OutcomeFigures.DomainChange>> domains;

	private volatile @Nullable Snapshot<TrajectoryFigures.Counts> trajectoryCounts;

	FigureCache(OutcomeFigures owners, TrajectoryFigures trajectories, Clock clock) {
		this.owners = owners;
		this.trajectories = trajectories;
		this.clock = clock;
	}

	List<OutcomeFigures.OutflowCount> outflow() {
		var s = outflow;
		if (s == null || s.at().plus(TTL).isBefore(clock.instant())) {
			s = new Snapshot<>(owners.outflow(), clock.instant());
			outflow = s;
		}
		return s.value();
	}

	List<OutcomeFigures.DomainChange> domainChanges() {
		var s = domains;
		if (s == null || s.at().plus(TTL).isBefore(clock.instant())) {
			s = new Snapshot<>(owners.domainChanges(), clock.instant());
			domains = s;
		}
		return s.value();
	}

	TrajectoryFigures.Counts trajectories() {
		var s = trajectoryCounts;
		if (s == null || s.at().plus(TTL).isBefore(clock.instant())) {
			s = new Snapshot<>(trajectories.perGroup(), clock.instant());
			trajectoryCounts = s;
		}
		return s.value();
	}

	@ApplicationModuleListener
	void on(UitstroomRecorded recorded) {
		outflow = null;
		trajectoryCounts = null;
	}

	@ApplicationModuleListener
	void on(AttendanceReported reported) {
		trajectoryCounts = null;
	}

}
