package nl.verbinder.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.verbinder.inburgering.FollowUpNotices;
import nl.verbinder.inburgering.HouseholdId;
import org.springframework.stereotype.Component;

/**
 * The open signals as the caseload and the household page show them (the inburgering
 * module's {@link FollowUpNotices}): a count per household, and a household's open
 * signals with their reason and handling.
 */
@Component
class SignalNotices implements FollowUpNotices {

	private final Signals signals;

	SignalNotices(Signals signals) {
		this.signals = signals;
	}

	@Override
	public Map<HouseholdId, Integer> openCounts(Collection<HouseholdId> households) {
		return signals.openCounts(households);
	}

	@Override
	public List<Notice> open(HouseholdId household) {
		return signals.ofHousehold(household)
			.stream()
			.filter(SignalView::open)
			.sorted(Signals.URGENCY)
			.map(s -> new Notice(s.id(), s.kind().messageKey(), s.kind().reasonKey(), s.dueOn(), s.acknowledgedOn(),
					s.note()))
			.toList();
	}

}
