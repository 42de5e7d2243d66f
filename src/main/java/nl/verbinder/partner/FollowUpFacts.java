package nl.verbinder.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.Permission;
import nl.verbinder.inburgering.HouseholdId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the partner module knows of a household's follow-up, without names, for rules that
 * watch whether anyone drops out of view: how many organisations are involved now, and
 * the earliest reply date of a referral not answered yet. Set-based over the caller's
 * scope, or for one household. Only counts and dates of the partner module's own tables;
 * reading them processes no person's data beyond what the caller's run already reads.
 */
@Service
public class FollowUpFacts {

	/**
	 * One household's facts: organisations involved now (recorded and current, or through
	 * a referral they accepted and still work on), and the earliest reply date of a
	 * referral still sent but not answered, if any.
	 */
	public record PartnerFacts(HouseholdId household, int organisations, @Nullable LocalDate unansweredReplyBy) {
	}

	private final PartnerAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	FollowUpFacts(PartnerAccess access, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The facts of every household in the caller's scope that has any. */
	@Transactional
	public Map<HouseholdId, PartnerFacts> inScope() {
		return facts(null);
	}

	/** The facts of one household in the caller's scope (none: no entry). */
	@Transactional
	public Map<HouseholdId, PartnerFacts> of(HouseholdId household) {
		return facts(household.value());
	}

	private Map<HouseholdId, PartnerFacts> facts(@Nullable UUID only) {
		AccessScope scope = access.restrict(Permission.HOUSEHOLD_READ);
		Map<HouseholdId, PartnerFacts> facts = new HashMap<>();
		if (scope.gemeenteCodes().length == 0) {
			return facts;
		}
		jdbc.sql(
				"""
						with involved as (
						  select household_id, coalesce(cast(organisatie_id as text), lower(naam)) as organisation
						  from partner.betrokkenheid
						  where gemeente = any(:gemeenten) and (tot is null or tot >= :today)
						    and (cast(:only as uuid) is null or household_id = :only)
						  union
						  select household_id, cast(organisatie_id as text)
						  from partner.doorverwijzing
						  where gemeente = any(:gemeenten) and status in ('GEACCEPTEERD', 'GESTART')
						    and (cast(:only as uuid) is null or household_id = :only)),
						counted as (select household_id, count(*) as organisations from involved group by household_id),
						unanswered as (
						  select household_id, min(reageren_voor) as reply_by from partner.doorverwijzing
						  where gemeente = any(:gemeenten) and status = 'VERSTUURD'
						    and (cast(:only as uuid) is null or household_id = :only)
						  group by household_id)
						select coalesce(c.household_id, u.household_id) as household_id, coalesce(c.organisations, 0) as organisations,
						       u.reply_by
						from counted c full join unanswered u on u.household_id = c.household_id""")
			.param("gemeenten", scope.gemeenteCodes())
			.param("today", LocalDate.now(clock))
			.param("only", only)
			.query(rs -> {
				HouseholdId household = new HouseholdId(rs.getObject("household_id", UUID.class));
				facts.put(household, new PartnerFacts(household, rs.getInt("organisations"),
						rs.getObject("reply_by", LocalDate.class)));
			});
		return facts;
	}

}
