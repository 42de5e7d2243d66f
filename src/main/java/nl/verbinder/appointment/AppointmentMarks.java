package nl.verbinder.appointment;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.verbinder.inburgering.CaseloadMarks;
import nl.verbinder.inburgering.HouseholdId;
import org.springframework.stereotype.Component;

/**
 * The caseload's mark of upcoming appointments: another time asked for (which needs the
 * case manager), an answer awaited, or all confirmed. Runs in the caseload's transaction,
 * restricted to the caller's scope.
 */
@Component
class AppointmentMarks implements CaseloadMarks {

	private final AppointmentStore store;

	private final Clock clock;

	AppointmentMarks(AppointmentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Map<HouseholdId, String> marks(Collection<HouseholdId> households) {
		Map<HouseholdId, String> marks = new HashMap<>();
		store.answers(households.stream().map(HouseholdId::value).toList(), clock.instant()).forEach(a -> {
			String mark = a.otherTime() > 0 ? "caseload.mark.appointment.other-time"
					: a.waiting() > 0 ? "caseload.mark.appointment.waiting" : "caseload.mark.appointment.confirmed";
			marks.put(new HouseholdId(a.household()), mark);
		});
		return marks;
	}

}
