package nl.verbinder.partner;

import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stops the open referrals that rested on withdrawn consent, after the withdrawal
 * committed, in the name of the case manager who recorded it. Only open referrals are
 * stopped, so a redelivered event changes nothing. The partner stops seeing them at once:
 * its inbox shows no referral whose basis does not hold.
 */
@Component
class ReferralsOnWithdrawal {

	private final Referrals referrals;

	private final BackgroundWork background;

	ReferralsOnWithdrawal(Referrals referrals, BackgroundWork background) {
		this.referrals = referrals;
		this.background = background;
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn withdrawn) {
		background.runAs(new AccountId(withdrawn.withdrawnBy()),
				() -> referrals.stopOnBasis(withdrawn.grondslag(), withdrawn.withdrawnAt()));
	}

}
