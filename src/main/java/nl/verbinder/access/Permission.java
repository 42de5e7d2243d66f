package nl.verbinder.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a role may do. Modules ask {@link AccessControl} for a scope per permission. Each
 * permission is also an OAuth2 scope of the API (see {@code docs/GLOSSARY.md}): a bearer
 * token grants those of its scopes that its holder's role has.
 */
public enum Permission {

	/** Read households and their members' personal data. */
	HOUSEHOLD_READ("households:read"),
	/** Register and change households and their members. */
	HOUSEHOLD_WRITE("households:write"),
	/** See aggregated figures only, never a person. */
	AGGREGATES_READ("aggregates:read"),
	/** Read the processing log of any data subject and check its integrity. */
	PROCESSING_LOG_READ("processing-log:read"),
	/** Manage accounts. */
	ACCOUNTS_MANAGE("accounts:manage"),
	/** Read reference data (municipalities, languages, occupations). */
	REFERENCE_READ("reference:read"),
	/**
	 * Ask the regional pool for a key person, and follow one's own municipality's
	 * requests.
	 */
	KEY_PERSON_REQUEST("sleutelpersoon-requests:write"),
	/**
	 * Manage the regional key-person pool: its members, the ranking of candidates and
	 * assignments.
	 */
	KEY_PERSON_POOL_MANAGE("sleutelpersoon-pool:manage"),
	/**
	 * A key person's own requests: accept or decline what is offered, report the work and
	 * hours.
	 */
	KEY_PERSON_OWN("sleutelpersoon-own:write"),
	/**
	 * Set the thresholds of the signal rules per municipality (policy, no personal data).
	 */
	SIGNAL_THRESHOLDS_MANAGE("signal-thresholds:manage"),
	/**
	 * Keep the region's social map: register organisations and link partner workers to
	 * them.
	 */
	ORGANISATIONS_MANAGE("organisations:manage"),
	/**
	 * A partner worker's referrals: those to their own organisation, while the basis for
	 * sharing holds.
	 */
	REFERRALS_RECEIVE("referrals:receive"),
	/**
	 * Plan the placement of permit holders from asylum centres over municipalities, and
	 * publish it.
	 */
	PLACEMENT_PLAN("placement:plan"),
	/**
	 * A newcomer's own data and that of their minor children, in the portal. The scope is
	 * the newcomer's municipality; which persons within it the newcomer may see, the
	 * portal decides from its own link between the account and the person, and the
	 * modules' portal methods check it again.
	 */
	OWN_DATA("portal:own-data"),
	/**
	 * Read the advice that key persons and professionals give to policy, and what became
	 * of it, without who gave it.
	 */
	ADVICE_READ("advice:read"),
	/**
	 * See the notifications that could not be delivered to a subscriber (ids and types,
	 * no personal data) and send them again.
	 */
	NOTIFICATIONS_MANAGE("notifications:manage"),
	/**
	 * The administrator's duties towards data subjects: the report of what the retention
	 * runs destroyed, and the export of all data held about one person (AVG art. 15).
	 */
	PERSONAL_DATA_MANAGE("personal-data:manage"),
	/**
	 * Destroy (delete or anonymise) what has passed its retention period: only Verbinder
	 * itself, in the nightly retention run.
	 */
	DATA_DESTROY("data:destroy");

	private final String scope;

	Permission(String scope) {
		this.scope = scope;
	}

	/** The OAuth2 scope that grants this permission to a bearer token. */
	public String scope() {
		return scope;
	}

	/** The permission a scope grants, if it names one. */
	public static Optional<Permission> ofScope(String scope) {
		return Arrays.stream(values()).filter(p -> p.scope.equals(scope)).findFirst();
	}

}
