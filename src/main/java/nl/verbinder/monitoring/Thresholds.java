package nl.verbinder.monitoring;

import java.util.List;
import nl.verbinder.shared.RuleViolation;

/**
 * The thresholds of the signal rules for one municipality: the region's defaults
 * ({@code verbinder.signals.*}) until the coordinator or administrator sets its own.
 * Validated here, so that no rule is built with a threshold it cannot work with.
 *
 * @param noContactDays days without a contact moment (1–365)
 * @param pipWeeks weeks after registration within which a PIP is established (1–104)
 * @param agreementGraceDays days an agreed step may be overdue (0–90)
 * @param draftPlanMonths months after the intake a plan may stay a draft (1–24)
 * @param referralGraceDays days a referral may stay unanswered after its reply date
 * (0–90)
 * @param partnerMonths months a partner may be without a plan or own contact (1–24)
 * @param adultMonths months before the 18th birthday a transition agreement is due (1–24)
 * @param maxOrganisations organisations involved at most before a signal (1–50)
 * @param startDays days after moving in within which a learning activity starts (1–365)
 * @param normLessons lessons attended within the norm's months (1–200)
 * @param normMonths months after moving in within which the lessons and workshops are
 * attended (1–24)
 * @param dropPercent the share of the recent lessons attended below which attendance
 * dropped, in per cent (1–100)
 * @param dropWeeks the weeks whose lessons count as recent (1–26)
 * @param dropMinLessons the lessons reported in those weeks at least, before a drop
 * counts (1–100)
 * @param termMonths months before the end of the integration term that a part of the
 * route not completed is signalled (1–24)
 * @param ontzorgenMonths months after moving in that financial unburdening is to be
 * arranged for (1–24)
 * @param ontzorgenFollowUpMonths months after financial unburdening ended without a
 * follow-up that this is signalled (1–24)
 */
record Thresholds(int noContactDays, int pipWeeks, int agreementGraceDays, int draftPlanMonths, int referralGraceDays,
		int partnerMonths, int adultMonths, int maxOrganisations, int startDays, int normLessons, int normMonths,
		int dropPercent, int dropWeeks, int dropMinLessons, int termMonths, int ontzorgenMonths,
		int ontzorgenFollowUpMonths) {

	/** Each threshold's setting name with its lowest and highest value, in order. */
	static final List<Limit> LIMITS = List.of(new Limit("no-contact-days", 1, 365), new Limit("pip-weeks", 1, 104),
			new Limit("agreement-grace-days", 0, 90), new Limit("draft-plan-months", 1, 24),
			new Limit("referral-grace-days", 0, 90), new Limit("partner-months", 1, 24),
			new Limit("adult-months", 1, 24), new Limit("max-organisations", 1, 50), new Limit("start-days", 1, 365),
			new Limit("norm-lessons", 1, 200), new Limit("norm-months", 1, 24), new Limit("drop-percent", 1, 100),
			new Limit("drop-weeks", 1, 26), new Limit("drop-min-lessons", 1, 100), new Limit("term-months", 1, 24),
			new Limit("ontzorgen-months", 1, 24), new Limit("ontzorgen-follow-up-months", 1, 24));

	/** A threshold's name and range. */
	record Limit(String name, int min, int max) {

		String messageKey() {
			return "monitoring.threshold." + name;
		}
	}

	Thresholds {
		int[] values = { noContactDays, pipWeeks, agreementGraceDays, draftPlanMonths, referralGraceDays, partnerMonths,
				adultMonths, maxOrganisations, startDays, normLessons, normMonths, dropPercent, dropWeeks,
				dropMinLessons, termMonths, ontzorgenMonths, ontzorgenFollowUpMonths };
		for (int i = 0; i < values.length; i++) {
			Limit limit = LIMITS.get(i);
			if (values[i] < limit.min() || values[i] > limit.max()) {
				throw new RuleViolation("rule.monitoring.threshold", RuleViolation.name(limit.messageKey()),
						limit.min(), limit.max());
			}
		}
	}

	/** The values in the order of {@link #LIMITS}. */
	List<Integer> values() {
		return List.of(noContactDays, pipWeeks, agreementGraceDays, draftPlanMonths, referralGraceDays, partnerMonths,
				adultMonths, maxOrganisations, startDays, normLessons, normMonths, dropPercent, dropWeeks,
				dropMinLessons, termMonths, ontzorgenMonths, ontzorgenFollowUpMonths);
	}

	static Thresholds of(List<Integer> values) {
		if (values.size() != LIMITS.size()) {
			throw new IllegalArgumentException("Expected " + LIMITS.size() + " thresholds");
		}
		return new Thresholds(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5),
				values.get(6), values.get(7), values.get(8), values.get(9), values.get(10), values.get(11),
				values.get(12), values.get(13), values.get(14), values.get(15), values.get(16));
	}

	/** The rules with these thresholds, one per kind. */
	List<SignalPolicy> policies() {
		return List.of(new NoContact(noContactDays), new NoPip(pipWeeks), new AgreementOverdue(agreementGraceDays),
				new PlanStillDraft(draftPlanMonths), new ReferralUnanswered(referralGraceDays),
				new PartnerOutOfView(partnerMonths), new TurningAdult(adultMonths),
				new TooManyOrganisations(maxOrganisations), new TrajectoryNotStarted(startDays),
				new LessonNormMissed(normLessons, normMonths),
				new AttendanceDropping(dropPercent, dropWeeks, dropMinLessons), new TermDeadlineNear(termMonths),
				new OntzorgingMissing(ontzorgenMonths, ontzorgenFollowUpMonths));
	}

}
