package nl.verbinder.access;

/**
 * A category of personal data, as the register of processing activities names them (AVG
 * art. 30 lid 1 sub c). {@link #special()} says whether it is a special category (AVG
 * art. 9) or the BSN (Uitvoeringswet AVG art. 46), which need their own care.
 */
public enum DataCategory {

	/** Name, date of birth, BSN, V-number. */
	IDENTIFICATION(true),

	/** Address, phone number, e-mail address. */
	CONTACT(false),

	/** The members of a household and how they are related. */
	HOUSEHOLD(false),

	/** The residence permit and its date, the placement in a municipality. */
	RESIDENCE(false),

	/**
	 * Country of origin, languages, the community one belongs to (may reveal ethnic
	 * origin).
	 */
	ORIGIN(true),

	/** The brede intake, the PIP, learning routes, exams, contact moments. */
	INTEGRATION(false),

	/** Prior education, diplomas, work experience, occupations. */
	EDUCATION_AND_WORK(false),

	/** Health and care, as far as the brede intake records them. */
	HEALTH(true),

	/** What someone is good at, likes and wishes; their own view and ratings. */
	TALENTS_AND_WISHES(false),

	/** The organisations involved, bases for sharing (consents), referrals. */
	COLLABORATION(false),

	/** Appointments and the newcomer's answers. */
	APPOINTMENTS(false),

	/** Participation in purchased trajectories, attendance and their costs. */
	TRAJECTORIES(false),

	/** Accounts, roles, logins. */
	ACCOUNT(false),

	/** The processing log itself: who processed whose data. */
	PROCESSING_LOG(false);

	private final boolean special;

	DataCategory(boolean special) {
		this.special = special;
	}

	public boolean special() {
		return special;
	}

}
