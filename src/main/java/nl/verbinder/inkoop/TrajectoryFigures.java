package nl.verbinder.inkoop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.inburgering.OutcomeFigures;
import nl.verbinder.inburgering.OutcomeFigures.Group;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What purchased trajectories did for each group of newcomers (municipality, cohort,
 * learning route, as {@link OutcomeFigures} groups them), counted here and handed out as
 * counts only: Zoetermeer's norm (a start within {@value #START_DAYS} days of moving in,
 * {@value #LESSONS} lessons and a workshop of every theme within {@value #MONTHS} months)
 * and the costs per outcome. The groups come from the inburgering module's
 * {@link OutcomeFigures#adults()} (ids, no names), joined in memory with this module's
 * per-person facts and aggregated at once; for a role that reads figures.
 */
@Service
public class TrajectoryFigures {

	/** Zoetermeer's norm as the figures count it, the same for every municipality. */
	public static final int START_DAYS = 14;

	public static final int LESSONS = 26;

	public static final int MONTHS = 3;

	/** The outflow kinds that count as an outcome. */
	static final Set<String> OUTCOMES = Set.of("WERK", "OPLEIDING", "VRIJWILLIGERSWERK");

	/**
	 * Zoetermeer's norm in one group, for the inburgeraars and nareizigers whose
	 * {@value #MONTHS} months after moving in have passed: how many, how many started a
	 * purchased trajectory within {@value #START_DAYS} days, attended {@value #LESSONS}
	 * lessons, a workshop of every theme, and all three (the norm met), each within its
	 * term.
	 */
	public record NormCount(Group group, long persons, long startedInTime, long lessons, long workshops, long normMet) {
	}

	/**
	 * Costs per outcome in one group: the adults with a purchased trajectory, what their
	 * trajectories cost so far, and how many of them are now in paid work, education or
	 * volunteer work (their latest outflow).
	 */
	public record CostCount(Group group, long participants, BigDecimal kosten, long outcomes) {
	}

	/** Both counts of the region, per group. */
	public record Counts(List<NormCount> norm, List<CostCount> costs) {
	}

	private record PersonFacts(LocalDate started, @Nullable LocalDate lessonsReached, @Nullable LocalDate themesReached,
			BigDecimal kosten) {
	}

	private final InkoopAccess access;

	private final OutcomeFigures inburgering;

	private final JdbcClient jdbc;

	private final Clock clock;

	TrajectoryFigures(InkoopAccess access, OutcomeFigures inburgering, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.inburgering = inburgering;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The norm and the costs per outcome per group, over the region. */
	@Transactional(readOnly = true)
	public Counts perGroup() {
		List<OutcomeFigures.Adult> adults = inburgering.adults();
		AccessScope scope = access.restrictToRegion();
		Map<UUID, PersonFacts> facts = facts(scope.gemeenteCodes());
		LocalDate today = LocalDate.now(clock);
		Map<Group, long[]> norm = new LinkedHashMap<>();
		Map<Group, long[]> costs = new LinkedHashMap<>();
		Map<Group, BigDecimal> money = new HashMap<>();
		for (OutcomeFigures.Adult adult : adults) {
			PersonFacts f = facts.get(adult.personId());
			LocalDate termEnds = adult.arrivalDate().plusMonths(MONTHS);
			if (adult.obliged() && termEnds.isBefore(today)) {
				long[] n = norm.computeIfAbsent(adult.group(), g -> new long[5]);
				n[0]++;
				if (f != null) {
					boolean started = !f.started().isAfter(adult.arrivalDate().plusDays(START_DAYS));
					boolean lessons = f.lessonsReached() != null && !f.lessonsReached().isAfter(termEnds);
					boolean workshops = f.themesReached() != null && !f.themesReached().isAfter(termEnds);
					n[1] += started ? 1 : 0;
					n[2] += lessons ? 1 : 0;
					n[3] += workshops ? 1 : 0;
					n[4] += started && lessons && workshops ? 1 : 0;
				}
			}
			if (f != null) {
				long[] c = costs.computeIfAbsent(adult.group(), g -> new long[2]);
				c[0]++;
				c[1] += adult.uitstroomNow() != null && OUTCOMES.contains(adult.uitstroomNow()) ? 1 : 0;
				money.merge(adult.group(), f.kosten(), BigDecimal::add);
			}
		}
		return new Counts(
				norm.entrySet()
					.stream()
					.map(e -> new NormCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
							e.getValue()[3], e.getValue()[4]))
					.toList(),
				costs.entrySet()
					.stream()
					.map(e -> new CostCount(e.getKey(), e.getValue()[0], money.get(e.getKey()), e.getValue()[1]))
					.toList());
	}

	/**
	 * Per person with a participation: when the first one started, the day the attended
	 * lessons reached {@value #LESSONS}, the day the last of the eight themes was first
	 * attended, and the costs so far.
	 */
	private Map<UUID, PersonFacts> facts(String[] gemeenten) {
		Map<UUID, PersonFacts> facts = new HashMap<>();
		jdbc.sql("""
				with lessons as (
				    select d.person_id, a.datum, sum(a.aanwezig) as n
				    from inkoop.aanwezigheid a join inkoop.deelname d on d.id = a.deelname_id
				    where a.soort = 'LES' and d.gemeente = any(:gemeenten)
				    group by d.person_id, a.datum),
				cumulative as (
				    select person_id, datum, sum(n) over (partition by person_id order by datum) as total from lessons),
				lessons_reached as (
				    select person_id, min(datum) as day from cumulative where total >= :lessons group by person_id),
				themes as (
				    select d.person_id, a.thema, min(a.datum) as first_day
				    from inkoop.aanwezigheid a join inkoop.deelname d on d.id = a.deelname_id
				    where a.soort = 'WORKSHOP' and a.aanwezig > 0 and d.gemeente = any(:gemeenten)
				    group by d.person_id, a.thema),
				themes_reached as (
				    select person_id, max(first_day) as day from themes group by person_id having count(*) = :themes),
				started as (
				    select person_id, min(gestart_op) as day from inkoop.deelname
				    where gemeente = any(:gemeenten) group by person_id),
				costs as (
				    select person_id, sum(kosten) as kosten from inkoop.deelname_kosten
				    where gemeente = any(:gemeenten) group by person_id)
				select s.person_id, s.day, l.day, t.day, coalesce(c.kosten, 0)
				from started s
				left join lessons_reached l on l.person_id = s.person_id
				left join themes_reached t on t.person_id = s.person_id
				left join costs c on c.person_id = s.person_id""")
			.param("gemeenten", gemeenten)
			.param("lessons", LESSONS)
			.param("themes", Aanwezigheid.Workshopthema.values().length)
			.query(rs -> {
				facts.put(rs.getObject(1, UUID.class), new PersonFacts(rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)));
			});
		return facts;
	}

}
