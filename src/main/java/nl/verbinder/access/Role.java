package nl.verbinder.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The roles of people who work with Verbinder, each with its permissions. Whether an
 * account acts for one municipality or the whole region is a property of the account, not
 * of the role.
 */
public enum Role {

	CASE_MANAGER(EnumSet.of(Permission.HOUSEHOLD_READ, Permission.HOUSEHOLD_WRITE, Permission.AGGREGATES_READ,
			Permission.REFERENCE_READ, Permission.KEY_PERSON_REQUEST, Permission.ORGANISATIONS_MANAGE)),
	REGIONAL_COORDINATOR(EnumSet.of(Permission.AGGREGATES_READ, Permission.REFERENCE_READ,
			Permission.KEY_PERSON_REQUEST, Permission.KEY_PERSON_POOL_MANAGE, Permission.ORGANISATIONS_MANAGE,
			Permission.SIGNAL_THRESHOLDS_MANAGE, Permission.ADVICE_READ)),
	KEY_PERSON(EnumSet.of(Permission.REFERENCE_READ, Permission.KEY_PERSON_OWN)),
	PARTNER_WORKER(EnumSet.of(Permission.REFERENCE_READ, Permission.REFERRALS_RECEIVE)),
	POLICY_READER(EnumSet.of(Permission.AGGREGATES_READ, Permission.REFERENCE_READ, Permission.ADVICE_READ)),
	/**
	 * Plans placements from asylum centres; a regional account (placement crosses
	 * municipalities).
	 */
	PLACEMENT_PLANNER(EnumSet.of(Permission.PLACEMENT_PLAN, Permission.REFERENCE_READ, Permission.AGGREGATES_READ)),
	ADMINISTRATOR(EnumSet.of(Permission.ACCOUNTS_MANAGE, Permission.PROCESSING_LOG_READ, Permission.AGGREGATES_READ,
			Permission.REFERENCE_READ, Permission.SIGNAL_THRESHOLDS_MANAGE, Permission.NOTIFICATIONS_MANAGE,
			Permission.PERSONAL_DATA_MANAGE)),
	/**
	 * A newcomer with an activated portal account: their own data and that of their minor
	 * children, in the portal only. Not staff: no staff page or API admits this role, and
	 * administrators do not open such accounts by hand (the portal opens them when an
	 * invitation is activated).
	 */
	NEWCOMER(EnumSet.of(Permission.OWN_DATA)),
	/**
	 * Another system of a municipality that calls the API with a bearer token of its own
	 * (OAuth2 client credentials), with no account: the most it may be granted. What one
	 * token may do are those of its scopes that this role has, in the municipality its
	 * token names. On the staff side like staff, but never an account's role.
	 */
	API_CLIENT(EnumSet.of(Permission.HOUSEHOLD_READ, Permission.AGGREGATES_READ, Permission.REFERENCE_READ,
			Permission.PROCESSING_LOG_READ)),
	/**
	 * Verbinder itself, doing scheduled work that no person starts (the nightly signal
	 * run, the retention run, counting the region's figures in the background): it reads
	 * what that work needs and is named as itself in the processing log and in the
	 * newcomer's "who read my file", never as a staff member. No account or token has
	 * this role ({@link BackgroundWork#callAsSystem}).
	 */
	SYSTEM(EnumSet.of(Permission.HOUSEHOLD_READ, Permission.DATA_DESTROY, Permission.AGGREGATES_READ));

	/**
	 * The roles of people who work with Verbinder, in the order pages list them: every
	 * role but the newcomer and the roles of systems.
	 */
	public static final List<Role> STAFF = Arrays.stream(values()).filter(r -> r.staff() && !r.machine()).toList();

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
	}

	/**
	 * Whether this is a role of someone who works with Verbinder (every role but
	 * {@link #NEWCOMER}).
	 */
	public boolean staff() {
		return this != NEWCOMER;
	}

	/** Whether this is the role of a system rather than a person: no account has it. */
	public boolean machine() {
		return this == API_CLIENT || this == SYSTEM;
	}

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}

	public Set<Permission> permissions() {
		return permissions;
	}

	/** The Spring Security authority name, e.g. {@code ROLE_CASE_MANAGER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
