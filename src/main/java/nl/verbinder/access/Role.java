package nl.verbinder.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of people who work with Verbinder, each with its permissions. Whether an account acts for
 * one municipality or the whole region is a property of the account, not of the role.
 */
public enum Role {

	CASE_MANAGER(EnumSet.of(Permission.HOUSEHOLD_READ, Permission.HOUSEHOLD_WRITE, Permission.AGGREGATES_READ,
			Permission.REFERENCE_READ, Permission.KEY_PERSON_REQUEST, Permission.ORGANISATIONS_MANAGE)),
	REGIONAL_COORDINATOR(EnumSet.of(Permission.AGGREGATES_READ, Permission.REFERENCE_READ, Permission.KEY_PERSON_REQUEST,
			Permission.KEY_PERSON_POOL_MANAGE, Permission.ORGANISATIONS_MANAGE)),
	KEY_PERSON(EnumSet.of(Permission.REFERENCE_READ, Permission.KEY_PERSON_OWN)),
	PARTNER_WORKER(EnumSet.of(Permission.REFERENCE_READ, Permission.REFERRALS_RECEIVE)),
	POLICY_READER(EnumSet.of(Permission.AGGREGATES_READ, Permission.REFERENCE_READ)),
	/** Plans placements from asylum centres; a regional account (placement crosses municipalities). */
	PLACEMENT_PLANNER(EnumSet.of(Permission.PLACEMENT_PLAN, Permission.REFERENCE_READ, Permission.AGGREGATES_READ)),
	ADMINISTRATOR(EnumSet.of(Permission.ACCOUNTS_MANAGE, Permission.PROCESSING_LOG_READ, Permission.AGGREGATES_READ,
			Permission.REFERENCE_READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = Set.copyOf(permissions);
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
