package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Destruction;
import nl.verbinder.access.ExpiredData;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a household's inburgering file when the retention of {@link Inburgering#REGIE}
 * (5 years) has passed since the end of the inburgering obligation. That end is the
 * latest end of the integration terms of the household's established plans, extensions
 * included ({@code pip.termijn_einde}): the last day the municipality's regie could still
 * act on any member (the Selectielijst gemeenten: destroy 5 years after the obligation
 * ended). A file is kept while that date is not known: a member who must integrate has no
 * plan, or a plan was never established. Outflow does not end the obligation, and the
 * file has no closing of its own. Every table of the module goes for the household, the
 * deletion is logged, and {@link HouseholdFileDestroyed} tells the other modules.
 */
@Component
class HouseholdFileRetention implements ExpiredData {

	/** What the destruction record names. */
	static final String WHAT = "inburgering.household-file";

	/**
	 * The module's tables with a household's rows, children first: every table of the
	 * schema that refers to a household is here ({@code HouseholdFileRetentionTests} walk
	 * the schema).
	 */
	private static final List<String> DELETES = List.of(
			"delete from inburgering.intake_domain where intake_id in"
					+ " (select id from inburgering.intake where household_id = any (?))",
			"delete from inburgering.intake where household_id = any (?)",
			"delete from inburgering.pip_version where pip_id in"
					+ " (select id from inburgering.pip where household_id = any (?))",
			"delete from inburgering.pip where household_id = any (?)",
			"delete from inburgering.contact_agreement where contact_moment_id in"
					+ " (select id from inburgering.contact_moment where household_id = any (?))",
			"delete from inburgering.contact_moment where household_id = any (?)",
			"delete from inburgering.household_contact_summary where household_id = any (?)",
			"delete from inburgering.person_profile where household_id = any (?)",
			"delete from inburgering.self_assessment where household_id = any (?)",
			"delete from inburgering.uitstroom where household_id = any (?)",
			"delete from inburgering.ontzorging where household_id = any (?)",
			"delete from inburgering.placement_intake where household_id = any (?)",
			"delete from inburgering.household_member where household_id = any (?)",
			"delete from inburgering.household where id = any (?)");

	private final JdbcClient jdbc;

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final ProcessingLog log;

	private final ApplicationEventPublisher events;

	HouseholdFileRetention(JdbcClient jdbc, AccessControl access, RowLevelSecurity rowLevelSecurity, ProcessingLog log,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.log = log;
		this.events = events;
	}

	@Override
	@Transactional
	public List<Destruction> destroyExpired(LocalDate today) {
		AccessScope scope = access.scopeFor(Permission.DATA_DESTROY);
		rowLevelSecurity.restrictTo(scope);
		record Expired(UUID household, String gemeente) {
		}
		List<Expired> expired = jdbc.sql("""
				select h.id, h.gemeente from inburgering.household h
				join inburgering.pip p on p.household_id = h.id
				where h.gemeente = any (?)
				  and not exists (select 1 from inburgering.household_member m
				                  where m.household_id = h.id and m.gezinsrol in ('INBURGERAAR', 'NAREIZIGER')
				                    and not exists (select 1 from inburgering.pip q where q.person_id = m.person_id))
				group by h.id, h.gemeente
				having count(p.termijn_einde) = count(*)
				   and max(p.termijn_einde) + cast(? as interval) <= ?
				order by h.id""")
			.params(scope.gemeenteCodes(), Objects.requireNonNull(Inburgering.REGIE.retention()).toString(), today)
			.query((rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		if (expired.isEmpty()) {
			return List.of();
		}
		UUID[] ids = expired.stream().map(Expired::household).toArray(UUID[]::new);
		List<DataSubject> subjects = new ArrayList<>();
		List<HouseholdFileDestroyed> destroyed = new ArrayList<>();
		for (Expired e : expired) {
			List<UUID> persons = jdbc.sql("select person_id from inburgering.household_member where household_id = ?")
				.param(e.household())
				.query(UUID.class)
				.list();
			subjects.add(DataSubject.household(e.household()));
			persons.forEach(p -> subjects.add(DataSubject.person(p)));
			destroyed.add(new HouseholdFileDestroyed(e.household(), e.gemeente(), persons));
		}
		jdbc.sql("select set_config('verbinder.destroying', 'on', true)").query().singleValue();
		for (String delete : DELETES) {
			jdbc.sql(delete).param(ids).update();
		}
		jdbc.sql("select set_config('verbinder.destroying', 'off', true)").query().singleValue();
		log.record(DESTRUCTION, Operation.DELETE, subjects);
		destroyed.forEach(events::publishEvent);
		return List.of(new Destruction(Inburgering.REGIE, WHAT, expired.size()));
	}

}
