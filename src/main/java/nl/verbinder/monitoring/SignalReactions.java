package nl.verbinder.monitoring;

import java.util.UUID;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.AfrondingRecorded;
import nl.verbinder.inburgering.ContactRecorded;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.inburgering.OntzorgingRecorded;
import nl.verbinder.inburgering.PipEstablished;
import nl.verbinder.inkoop.HouseholdAttendanceReported;
import nl.verbinder.partner.ReferralAnswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Re-evaluates one household's signal rules when something changed in it: a contact
 * moment recorded or an agreement done, a plan established, financial unburdening
 * arranged or changed, a part of the obligation recorded as completed, a referral
 * answered, attendance reported. Runs after the commit, in the name of the case manager
 * whose act (or whose referral) caused it, so that the same scope checks and processing
 * log apply; attendance is reported by a provider's partner worker, who may not read
 * households, so it is re-evaluated by Verbinder itself for the municipality, as the
 * nightly run is. Attendance re-evaluates a household once per report
 * ({@link HouseholdAttendanceReported}: one per household of a file, whatever its number
 * of rows), not once per row ({@code AttendanceReported}); that event is stored with the
 * rows in the file's transaction, so a reaction that did not finish is delivered again,
 * and the nightly run re-evaluates every household in any case. The time-based part of
 * the rules waits for the nightly run. When the database fails the reaction fails, so
 * that it is delivered again ({@code nl.verbinder.EventReactions}); any other failure is
 * left to the nightly run.
 */
@Component
class SignalReactions {

	private static final Logger logger = LoggerFactory.getLogger(SignalReactions.class);

	private final Signals signals;

	private final BackgroundWork background;

	SignalReactions(Signals signals, BackgroundWork background) {
		this.signals = signals;
		this.background = background;
	}

	@ApplicationModuleListener
	void on(ContactRecorded event) {
		reevaluate(event.householdId(), event.by());
	}

	@ApplicationModuleListener
	void on(PipEstablished event) {
		reevaluate(event.householdId(), event.establishedBy());
	}

	@ApplicationModuleListener
	void on(AfrondingRecorded event) {
		reevaluate(event.householdId(), event.by());
	}

	@ApplicationModuleListener
	void on(OntzorgingRecorded event) {
		reevaluate(event.householdId(), event.by());
	}

	@ApplicationModuleListener
	void on(ReferralAnswered event) {
		reevaluate(event.householdId(), event.referredBy());
	}

	@ApplicationModuleListener
	void on(HouseholdAttendanceReported event) {
		try {
			background.callAsSystem(NightlySignalRun.ACTOR, event.gemeente(),
					() -> signals.evaluate(new HouseholdId(event.householdId())));
		}
		catch (DataAccessException | TransactionException e) {
			throw e;
		}
		catch (RuntimeException e) {
			logger.warn("Signals of household {} not re-evaluated now; the nightly run will", event.householdId(), e);
		}
	}

	private void reevaluate(UUID household, UUID account) {
		try {
			background.callAs(new AccountId(account), () -> signals.evaluate(new HouseholdId(household)));
		}
		catch (DataAccessException | TransactionException e) {
			// The database failed: the reaction stays incomplete and is delivered again.
			throw e;
		}
		catch (RuntimeException e) {
			// An account that was disabled meanwhile, or moved: the nightly run catches
			// up.
			logger.warn("Signals of household {} not re-evaluated now; the nightly run will", household, e);
		}
	}

}
