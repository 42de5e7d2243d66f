package nl.verbinder.partner;

import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.PipEstablished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the organisations working with a household that a plan (PIP) in it was
 * established: every referral of the household that the organisation accepted and has not
 * closed gets a notice, which its partner worker sees on the referral, without the plan
 * itself. Runs after the decision committed, in the name of the case manager who
 * established it; one notice per referral and plan version, so a redelivered event adds
 * nothing.
 */
@Component
class PlanNotices {

	private final PartnerAccess access;

	private final PartnerStore store;

	private final BackgroundWork background;

	PlanNotices(PartnerAccess access, PartnerStore store, BackgroundWork background) {
		this.access = access;
		this.store = store;
		this.background = background;
	}

	@ApplicationModuleListener
	void on(PipEstablished established) {
		background.runAs(new AccountId(established.establishedBy()), () -> {
			access.restrict(Permission.HOUSEHOLD_READ);
			store.addPlanNotices(established.householdId(), established.pipId(), established.version(),
					established.establishedOn());
		});
	}

}
