package nl.verbinder.monitoring;

/**
 * What a signal is about; each kind is raised by one {@link SignalPolicy} and named by
 * its message key. The order is the urgency among signals with the same due date: what
 * can harm a person most first.
 */
public enum SignalKind {

	/** A young person turns 18 soon and no transition agreement was made. */
	TURNING_ADULT,
	/** A partner (nareiziger or spouse) without a plan or an own contact moment. */
	PARTNER_OUT_OF_VIEW,
	/** An agreed next step of a contact moment is past its due date and not done. */
	AGREEMENT_OVERDUE,
	/** A referral the partner did not answer in time. */
	REFERRAL_UNANSWERED,
	/**
	 * The integration term ends soon and a part of the learning route (PVT, MAP, KNM, the
	 * exams) is not completed.
	 */
	TERM_DEADLINE_NEAR,
	/**
	 * Financial unburdening in the first months after moving in not arranged, or ended
	 * without a follow-up.
	 */
	ONTZORGING_MISSING,
	/** No contact moment with the household for a number of days. */
	NO_CONTACT,
	/** No learning activity started within the norm after moving in. */
	TRAJECTORY_NOT_STARTED,
	/**
	 * Fewer lessons than the norm, or not every workshop theme, within months of moving
	 * in.
	 */
	LESSON_NORM_MISSED,
	/** Less of the lessons of the last weeks attended than the threshold. */
	ATTENDANCE_DROPPING,
	/** Registered some weeks ago and no member has an established PIP. */
	NO_PIP,
	/** A plan still a draft months after the broad intake. */
	PLAN_STILL_DRAFT,
	/** More organisations involved with the household than the threshold. */
	TOO_MANY_ORGANISATIONS;

	public String messageKey() {
		return "monitoring.signal.kind." + name();
	}

	/** What the signal asks of the case manager, in a sentence. */
	public String reasonKey() {
		return "monitoring.signal.reason." + name();
	}

}
