package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.Permission;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for the outcome figures, over the whole region, for a role that reads figures:
 * persons counted in groups of municipality, cohort (the quarter the household moved in)
 * and learning route, never a person. The groups may be small; whoever shows them
 * suppresses small cells (the outcomes module does). Adults only: children have no
 * outflow or plan of their own.
 */
@Service
public class OutcomeFigures {

	/** The months after moving in at which outflow is counted (as in the query). */
	public static final List<Integer> HORIZONS = List.of(6, 12, 24);

	/**
	 * A group: municipality, the first day of the quarter its households moved in, and
	 * the learning route of the plan in force ({@code null}: no plan).
	 */
	public record Group(GemeenteCode gemeente, LocalDate cohort, @Nullable String leerroute) {
	}

	/**
	 * Where the group's adults were {@code months} after moving in (for those who moved
	 * in at least that long ago): how many in all, in paid work (of whom below the level
	 * of their former work), in education and in volunteer work.
	 */
	public record OutflowCount(Group group, int months, long persons, long werk, long lagerNiveau, long opleiding,
			long vrijwilligerswerk) {
	}

	/**
	 * The change per life domain between a person's first and latest broad intake, for
	 * persons with at least two intakes that scored the domain both times.
	 */
	public record DomainChange(Group group, Domein domein, long improved, long unchanged, long worsened) {

		public long persons() {
			return improved + unchanged + worsened;
		}

	}

	/**
	 * One adult as another owner's figures need them, to count their own facts in the
	 * same groups: the group, the day the household moved in, whether the person is
	 * obliged to integrate (inburgeraar or nareiziger), and the kind of their latest
	 * outflow that began by today (null: none recorded). Ids only, no names; for an owner
	 * that aggregates at once, never for a page.
	 */
	public record Adult(UUID personId, Group group, LocalDate arrivalDate, boolean obliged,
			@Nullable String uitstroomNow) {
	}

	private final AccessControl access;

	private final RowLevelSecurity rowLevelSecurity;

	private final JdbcClient jdbc;

	private final Clock clock;

	OutcomeFigures(AccessControl access, RowLevelSecurity rowLevelSecurity, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.rowLevelSecurity = rowLevelSecurity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Outflow 6, 12 and 24 months after moving in: each adult's latest outflow that began
	 * by then, counted per group and horizon.
	 */
	@Transactional(readOnly = true)
	public List<OutflowCount> outflow() {
		rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
		return jdbc
			.sql("""
					with person as (
					    select m.person_id, h.gemeente, h.arrival_date,
					           cast(date_trunc('quarter', h.arrival_date) as date) as cohort, p.leerroute_in_force as route
					    from inburgering.household_member m
					    join inburgering.household h on h.id = m.household_id
					    left join inburgering.pip p on p.person_id = m.person_id
					    where m.gezinsrol <> 'KIND'),
					due as (
					    select person.*, hz.months, cast(person.arrival_date + make_interval(months => hz.months) as date) as at_day
					    from person cross join unnest(array[6, 12, 24]) as hz(months)
					    where person.arrival_date + make_interval(months => hz.months) <= :today),
					status as (
					    select distinct on (d.person_id, d.months) d.person_id, d.months, u.soort, u.werkniveau
					    from due d join inburgering.uitstroom u on u.person_id = d.person_id and u.start_date <= d.at_day
					    order by d.person_id, d.months, u.start_date desc, u.recorded_at desc)
					select d.gemeente, d.cohort, d.route, d.months, count(*),
					       count(*) filter (where s.soort = 'WERK'), count(*) filter (where s.werkniveau = 'LAGER'),
					       count(*) filter (where s.soort = 'OPLEIDING'), count(*) filter (where s.soort = 'VRIJWILLIGERSWERK')
					from due d left join status s on s.person_id = d.person_id and s.months = d.months
					group by d.gemeente, d.cohort, d.route, d.months""")
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new OutflowCount(group(rs), rs.getInt(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
					rs.getLong(8), rs.getLong(9)))
			.list();
	}

	/**
	 * Per group and domain: first against latest intake, improved, unchanged or worsened.
	 */
	@Transactional(readOnly = true)
	public List<DomainChange> domainChanges() {
		rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
		return jdbc
			.sql("""
					with ranked as (
					    select i.id, i.person_id,
					           row_number() over (partition by i.person_id order by i.assessed_on, i.recorded_at) as nr,
					           row_number() over (partition by i.person_id order by i.assessed_on desc, i.recorded_at desc) as back
					    from inburgering.intake i),
					pair as (
					    select f.person_id, f.id as first_id, l.id as last_id
					    from ranked f join ranked l on l.person_id = f.person_id and l.back = 1 and l.nr > 1
					    where f.nr = 1)
					select h.gemeente, cast(date_trunc('quarter', h.arrival_date) as date), p.leerroute_in_force, a.domein,
					       count(*) filter (where b.score > a.score), count(*) filter (where b.score = a.score),
					       count(*) filter (where b.score < a.score)
					from pair
					join inburgering.intake_domain a on a.intake_id = pair.first_id
					join inburgering.intake_domain b on b.intake_id = pair.last_id and b.domein = a.domein
					join inburgering.household_member m on m.person_id = pair.person_id
					join inburgering.household h on h.id = m.household_id
					left join inburgering.pip p on p.person_id = pair.person_id
					where a.score is not null and b.score is not null
					group by 1, 2, 3, 4""")
			.query((rs, n) -> new DomainChange(group(rs), Domein.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6),
					rs.getLong(7)))
			.list();
	}

	/**
	 * Every adult of the region with their group (see {@link Adult}), for another owner
	 * that counts its own facts per group ({@code inkoop.TrajectoryFigures}).
	 */
	@Transactional(readOnly = true)
	public List<Adult> adults() {
		rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
		return jdbc.sql("""
				select h.gemeente, cast(date_trunc('quarter', h.arrival_date) as date), p.leerroute_in_force,
				       m.person_id, h.arrival_date, m.gezinsrol in ('INBURGERAAR', 'NAREIZIGER'),
				       (select u.soort from inburgering.uitstroom u
				        where u.person_id = m.person_id and u.start_date <= :today
				        order by u.start_date desc, u.recorded_at desc limit 1)
				from inburgering.household_member m
				join inburgering.household h on h.id = m.household_id
				left join inburgering.pip p on p.person_id = m.person_id
				where m.gezinsrol <> 'KIND'""")
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new Adult(rs.getObject(4, UUID.class), group(rs), rs.getObject(5, LocalDate.class),
					rs.getBoolean(6), rs.getString(7)))
			.list();
	}

	private static Group group(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Group(new GemeenteCode(rs.getString(1)), rs.getDate(2).toLocalDate(), rs.getString(3));
	}

}
