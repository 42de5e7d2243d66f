package nl.verbinder.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The region's default thresholds of the signal rules ({@code verbinder.signals.*}; a
 * municipality may set its own, see {@link Thresholds}) and when the nightly run starts
 * ({@code verbinder.signals.cron}, read by {@link NightlySignalRun}).
 *
 * @param noContactDays days without a contact moment before a household is signalled
 * (default 60)
 * @param pipWeeks weeks after registration within which a PIP is to be established
 * (default 10)
 * @param agreementGraceDays days an agreed next step may be past its due date before it
 * is signalled (default 0)
 * @param draftPlanMonths months after the broad intake a plan may stay a draft (default
 * 3)
 * @param referralGraceDays days a referral may stay unanswered after its reply date
 * (default 0)
 * @param partnerMonths months a nareiziger or spouse may be without a plan or own contact
 * moment (default 3)
 * @param adultMonths months before a young person's 18th birthday that a transition
 * agreement is due (default 6)
 * @param maxOrganisations organisations involved with a household at most (default 5)
 * @param startDays days after moving in within which a learning activity starts (default
 * 14, Zoetermeer's norm)
 * @param normLessons lessons attended within {@code normMonths} of moving in, besides a
 * workshop of every theme (default 26, Zoetermeer's norm)
 * @param normMonths months after moving in for the lessons and workshops (default 3)
 * @param dropPercent share of the recent lessons attended below which attendance dropped
 * (default 80)
 * @param dropWeeks weeks whose lessons count as recent (default 4)
 * @param dropMinLessons lessons reported in those weeks at least before a drop counts
 * (default 6)
 * @param termMonths months before the end of the integration term that a part of the
 * learning route not completed is signalled (default 6, the term's last half year)
 * @param ontzorgenMonths months after moving in that financial unburdening is arranged
 * for (default 6)
 * @param ontzorgenFollowUpMonths months after financial unburdening ended without a
 * follow-up that this is signalled (default 3: the first quarter of paying the fixed
 * costs oneself, when arrears begin; later the municipality's early warning of debts
 * takes over)
 */
@ConfigurationProperties("verbinder.signals")
record SignalSettings(@DefaultValue("60") int noContactDays, @DefaultValue("10") int pipWeeks,
		@DefaultValue("0") int agreementGraceDays, @DefaultValue("3") int draftPlanMonths,
		@DefaultValue("0") int referralGraceDays, @DefaultValue("3") int partnerMonths,
		@DefaultValue("6") int adultMonths, @DefaultValue("5") int maxOrganisations, @DefaultValue("14") int startDays,
		@DefaultValue("26") int normLessons, @DefaultValue("3") int normMonths, @DefaultValue("80") int dropPercent,
		@DefaultValue("4") int dropWeeks, @DefaultValue("6") int dropMinLessons, @DefaultValue("6") int termMonths,
		@DefaultValue("6") int ontzorgenMonths, @DefaultValue("3") int ontzorgenFollowUpMonths) {

	Thresholds defaults() {
		return new Thresholds(noContactDays, pipWeeks, agreementGraceDays, draftPlanMonths, referralGraceDays,
				partnerMonths, adultMonths, maxOrganisations, startDays, normLessons, normMonths, dropPercent,
				dropWeeks, dropMinLessons, termMonths, ontzorgenMonths, ontzorgenFollowUpMonths);
	}
}
