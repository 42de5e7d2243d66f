package nl.verbinder.access;

/** What a role may do. Modules ask {@link AccessControl} for a scope per permission. */
public enum Permission {

	/** Read households and their members' personal data. */
	HOUSEHOLD_READ,
	/** Register and change households and their members. */
	HOUSEHOLD_WRITE,
	/** See aggregated figures only, never a person. */
	AGGREGATES_READ,
	/** Read the processing log of any data subject and check its integrity. */
	PROCESSING_LOG_READ,
	/** Manage accounts. */
	ACCOUNTS_MANAGE,
	/** Read reference data (municipalities, languages, occupations). */
	REFERENCE_READ,
	/**
	 * Ask the regional pool for a key person, and follow one's own municipality's
	 * requests.
	 */
	KEY_PERSON_REQUEST,
	/**
	 * Manage the regional key-person pool: its members, the ranking of candidates and
	 * assignments.
	 */
	KEY_PERSON_POOL_MANAGE,
	/**
	 * A key person's own requests: accept or decline what is offered, report the work and
	 * hours.
	 */
	KEY_PERSON_OWN,
	/**
	 * Set the thresholds of the signal rules per municipality (policy, no personal data).
	 */
	SIGNAL_THRESHOLDS_MANAGE,
	/**
	 * Keep the region's social map: register organisations and link partner workers to
	 * them.
	 */
	ORGANISATIONS_MANAGE,
	/**
	 * A partner worker's referrals: those to their own organisation, while the basis for
	 * sharing holds.
	 */
	REFERRALS_RECEIVE,
	/**
	 * Plan the placement of permit holders from asylum centres over municipalities, and
	 * publish it.
	 */
	PLACEMENT_PLAN,
	/**
	 * A newcomer's own data and that of their minor children, in the portal. The scope is
	 * the newcomer's municipality; which persons within it the newcomer may see, the
	 * portal decides from its own link between the account and the person, and the
	 * modules' portal methods check it again.
	 */
	OWN_DATA,
	/**
	 * Read the advice that key persons and professionals give to policy, and what became
	 * of it, without who gave it.
	 */
	ADVICE_READ

}
