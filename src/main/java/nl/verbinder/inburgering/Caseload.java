package nl.verbinder.inburgering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingLog;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.HashMap;
import java.util.Optional;
import java.util.Collection;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;

/**
 * The caseload: a read model of every household's urgency (its last contact and the due
 * dates of its open agreements, table {@code household_contact_summary}), derived from
 * the {@link Household} and its contact moments and kept up to date in the same
 * transaction as every change of them. {@link #refresh} is the one place that writes it;
 * {@link #list} is the case manager's worklist.
 */
@Service
public class Caseload {

	private final JdbcClient jdbc;

	private final Scoping scoping;

	private final ProcessingLog log;

	private final Clock clock;

	private final ObjectProvider<CaseloadMarks> marks;

	Caseload(JdbcClient jdbc, Scoping scoping, ProcessingLog log, Clock clock, ObjectProvider<CaseloadMarks> marks) {
		this.jdbc = jdbc;
		this.scoping = scoping;
		this.log = log;
		this.clock = clock;
		this.marks = marks;
	}

	/**
	 * The households in the caller's scope that {@code filter} selects, most urgent
	 * first: overdue agreements, then the longest without contact (never contacted
	 * first), then the newest arrivals. The search finds a member by BSN (nine digits),
	 * date of birth (2025-03-01 or 01-03-2025) or a part of a name. Reading the list is
	 * reading the listed members' names.
	 */
	@Transactional
	public List<CaseloadEntry> list(CaseloadFilter filter, int limit) {
		return read(filter, Paging.first(Math.clamp(limit, 1, 500), "/huishoudens"), false).items();
	}

	/**
	 * One page of the households in the caller's scope that {@code filter} selects, in
	 * the order of urgency of {@link #list(CaseloadFilter, int)} or the one asked
	 * ({@link #SORTING}), with how many there are in all. Only the page is read, and only
	 * its members are recorded in the processing log.
	 */
	@Transactional
	public Paged<CaseloadEntry> page(CaseloadFilter filter, Paging paging) {
		return read(filter, paging, true);
	}

	/** The fields the caseload can be sorted by, and their columns. */
	public static final Map<String, String> SORTING = Map.of("aankomstdatum", "s.arrival_date", "laatsteContact",
			"s.last_contact", "gemeente", "s.gemeente");

	private Paged<CaseloadEntry> read(CaseloadFilter filter, Paging paging, boolean counted) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		if (filter.gemeente() != null) {
			scope.require(filter.gemeente());
		}
		Search query = Search.parse(filter.search());
		LocalDate today = LocalDate.now(clock);
		record Row(UUID id, String gemeente, String adres, LocalDate arrival, @Nullable LocalDate lastContact, int open,
				int overdue, UUID personId, String name) {
		}
		// The filters, on the caseload's read model (s) of each household: all of them
		// need only its id.
		String filters = """
				    and (cast(:pattern as text) is null or exists (
				        select 1 from inburgering.household_member x where x.household_id = s.household_id
				        and lower(x.voornaam || ' ' || x.achternaam) like :pattern))
				    and (cast(:bsn as text) is null or exists (
				        select 1 from inburgering.household_member x where x.household_id = s.household_id and x.bsn = :bsn))
				    and (cast(:born as date) is null or exists (
				        select 1 from inburgering.household_member x where x.household_id = s.household_id
				        and x.geboortedatum = :born))
				    and (cast(:contactBefore as date) is null or s.last_contact is null or s.last_contact < :contactBefore)
				    and (not :openOnly or cardinality(s.open_deadlines) > 0)
				    and (cast(:route as text) is null or exists (
				        select 1 from inburgering.pip p where p.household_id = s.household_id and p.leerroute_in_force = :route))
				    and (cast(:fase as text) is null or exists (
				        select 1 from inburgering.pip p where p.household_id = s.household_id and p.termijn_start is not null and (
				          (:fase = 'NOG_NIET_GESTART' and :today < p.termijn_start)
				          or (:fase = 'VERLOPEN' and :today >= p.termijn_start and :today >= p.termijn_einde)
				          or (:fase = 'LAATSTE_HALFJAAR' and :today >= p.termijn_start and :today < p.termijn_einde
				              and :today >= p.termijn_laatste_halfjaar)
				          or (:fase = 'EERSTE_JAAR' and :today >= p.termijn_start and :today < p.termijn_einde
				              and :today < p.termijn_laatste_halfjaar and :today < p.termijn_eerste_jaar_tot)
				          or (:fase = 'LOPEND' and :today >= p.termijn_start and :today < p.termijn_einde
				              and :today < p.termijn_laatste_halfjaar and :today >= p.termijn_eerste_jaar_tot))))
				""";
		// One municipality as an equality, so the index yields the calm households in
		// order (no sort of all).
		List<String> gemeenten = filter.gemeente() != null ? List.of(filter.gemeente().value())
				: List.of(scope.gemeenteCodes());
		if (gemeenten.isEmpty()) {
			return paging.page("huishoudens", List.of(), 0);
		}
		String inScope = gemeenten.size() == 1 ? "s.gemeente = :gemeente" : "s.gemeente = any(:gemeenten)";
		// Urgency order in two parts: households with an overdue agreement (few, sorted
		// in full: most overdue agreements first), then all others in the order of an
		// index: never contacted or longest ago first, then the newest arrivals. Each
		// part reads no more than the end of the page. An asked order is one sort of the
		// selected households.
		String page = paging.sorted() ? """
				page as (
				  select s.household_id, s.last_contact, s.arrival_date, cardinality(s.open_deadlines) as open,
				         cast((select count(*) from unnest(s.open_deadlines) d where d < :today) as int) as overdue,
				         row_number() over (order by %3$s) as ord
				  from inburgering.household_contact_summary s
				  where %1$s
				  %2$s
				  order by ord
				  limit :limit offset :offset)"""
				: """
						urgent as (
						  select s.household_id, s.last_contact, s.arrival_date, cardinality(s.open_deadlines) as open,
						         cast((select count(*) from unnest(s.open_deadlines) d where d < :today) as int) as overdue
						  from inburgering.household_contact_summary s
						  where %1$s and s.earliest_open_deadline < :today
						  %2$s
						  order by overdue desc, s.last_contact asc nulls first, s.arrival_date desc, s.household_id
						  limit :end),
						calm as (
						  select s.household_id, s.last_contact, s.arrival_date, cardinality(s.open_deadlines) as open, 0 as overdue
						  from inburgering.household_contact_summary s
						  where %1$s and (s.earliest_open_deadline is null or s.earliest_open_deadline >= :today)
						  %2$s
						  order by s.last_contact asc nulls first, s.arrival_date desc, s.household_id
						  limit :end),
						page as (
						  select *, row_number() over (order by part, overdue desc, last_contact asc nulls first,
						                                        arrival_date desc, household_id) as ord
						  from (select *, 0 as part from urgent union all select *, 1 as part from calm) both_parts
						  order by ord
						  limit :limit offset :offset)""";
		List<Row> rows = jdbc
			.sql(("with " + page + """

					select p.household_id as id, h.gemeente, h.adres, p.arrival_date, p.last_contact, p.open, p.overdue,
					       m.person_id, m.voornaam || ' ' || m.achternaam as name
					from page p
					join inburgering.household h on h.id = p.household_id
					join inburgering.household_member m on m.household_id = p.household_id
					order by p.ord, m.position""").formatted(inScope, filters,
					paging.orderBy(SORTING, "", "s.household_id")))
			.params(parameters(filter, query, today, gemeenten))
			.param("limit", paging.pageSize())
			.param("offset", paging.offset())
			.param("end", paging.offset() + paging.pageSize())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("gemeente"), rs.getString("adres"),
					rs.getObject("arrival_date", LocalDate.class), rs.getObject("last_contact", LocalDate.class),
					rs.getInt("open"), rs.getInt("overdue"), rs.getObject("person_id", UUID.class),
					rs.getString("name")))
			.list();
		Map<UUID, CaseloadEntry> entries = new LinkedHashMap<>();
		List<DataSubject> shown = new ArrayList<>();
		for (Row row : rows) {
			entries.compute(row.id(), (k, e) -> {
				List<String> names = new ArrayList<>(e == null ? List.of() : e.memberNames());
				names.add(row.name());
				return new CaseloadEntry(new HouseholdId(row.id()), row.gemeente(), row.adres(), row.arrival(), names,
						row.lastContact(), row.open(), row.overdue());
			});
			shown.add(DataSubject.person(row.personId()));
		}
		log.record(Inburgering.REGIE, Operation.READ, shown);
		if (!entries.isEmpty()) {
			marks.orderedStream()
				.forEach(source -> source.marks(entries.values().stream().map(CaseloadEntry::id).toList())
					.forEach((household, mark) -> entries.computeIfPresent(household.value(),
							(k, e) -> e.withMark(mark))));
		}
		List<CaseloadEntry> items = List.copyOf(entries.values());
		long total = !counted ? items.size() : jdbc
			.sql("select count(*) from inburgering.household_contact_summary s where %s %s".formatted(inScope, filters))
			.params(parameters(filter, query, today, gemeenten))
			.query(Long.class)
			.single();
		return paging.page("huishoudens", items, total);
	}

	private static Map<String, @Nullable Object> parameters(CaseloadFilter filter, Search query, LocalDate today,
			List<String> gemeenten) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("gemeenten", gemeenten.toArray(String[]::new));
		parameters.put("gemeente", gemeenten.getFirst());
		parameters.put("pattern", query.namePattern());
		parameters.put("bsn", query.bsn());
		parameters.put("born", query.born());
		parameters.put("contactBefore",
				filter.daysWithoutContact() == null ? null : today.minusDays(filter.daysWithoutContact()));
		parameters.put("openOnly", filter.onlyOpenAgreements());
		parameters.put("route", filter.leerroute());
		parameters.put("fase", filter.fase() == null ? null : filter.fase().name());
		parameters.put("today", today);
		return parameters;
	}

	/**
	 * The follow-up facts of every household in the caller's scope (no names), in two
	 * set-based queries: the households, then their members. Reading them is processing
	 * the members' data, so each member is recorded in the processing log.
	 */
	@Transactional
	public List<HouseholdFacts> facts() {
		return factsOf(null);
	}

	/**
	 * The follow-up facts of one household in the caller's scope; empty when it is not in
	 * the scope.
	 */
	@Transactional
	public Optional<HouseholdFacts> facts(HouseholdId household) {
		return factsOf(household.value()).stream().findFirst();
	}

	private List<HouseholdFacts> factsOf(@Nullable UUID only) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		if (scope.gemeenteCodes().length == 0) {
			return List.of();
		}
		Map<UUID, List<HouseholdFacts.MemberFacts>> members = new HashMap<>();
		List<DataSubject> read = new ArrayList<>();
		jdbc.sql(
				"""
						select m.household_id, m.person_id, m.gezinsrol, m.geboortedatum,
						       (select min(i.assessed_on) from inburgering.intake i where i.person_id = m.person_id) as first_intake,
						       (select v.status from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
						        where p.person_id = m.person_id order by v.nummer desc limit 1) as plan_status,
						       exists (select 1 from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
						               where p.person_id = m.person_id and v.status = 'VASTGESTELD') as plan_established,
						       (select max(cm.datum) from inburgering.contact_moment cm
						        where cm.household_id = m.household_id and exists (select 1 from unnest(cm.aanwezigen) a
						          where lower(a) = lower(m.voornaam) or lower(a) like lower(m.voornaam) || ' %')) as last_own_contact,
						       p.leerroute_in_force, p.termijn_einde,
						       (select string_agg(a.onderdeel || '=' || a.datum, ',') from inburgering.afronding a
						        where a.person_id = m.person_id) as afgerond
						from inburgering.household_member m
						join inburgering.household h on h.id = m.household_id
						left join inburgering.pip p on p.person_id = m.person_id
						where h.gemeente = any(:gemeenten) and (cast(:only as uuid) is null or h.id = :only)
						order by m.household_id, m.position""")
			.param("gemeenten", scope.gemeenteCodes())
			.param("only", only)
			.query(rs -> {
				UUID person = rs.getObject("person_id", UUID.class);
				read.add(DataSubject.person(person));
				members.computeIfAbsent(rs.getObject("household_id", UUID.class), k -> new ArrayList<>())
					.add(new HouseholdFacts.MemberFacts(person, Gezinsrol.valueOf(rs.getString("gezinsrol")),
							rs.getObject("geboortedatum", LocalDate.class),
							rs.getObject("first_intake", LocalDate.class), rs.getString("plan_status"),
							rs.getBoolean("plan_established"), rs.getObject("last_own_contact", LocalDate.class),
							rs.getString("leerroute_in_force"), rs.getObject("termijn_einde", LocalDate.class),
							Afronding.parse(rs.getString("afgerond"))));
			});
		List<HouseholdFacts> facts = jdbc
			.sql("""
					select h.id, h.gemeente, cast(h.registered_at as date) as registered_on, h.arrival_date,
					       s.last_contact, s.earliest_open_deadline,
					       exists (select 1 from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
					               where p.household_id = h.id and v.status = 'VASTGESTELD') as pip_established,
					       (select min(cast(a ->> 'start' as date))
					        from inburgering.pip p
					        cross join lateral (select v.inhoud from inburgering.pip_version v where v.pip_id = p.id
					                            order by v.nummer desc limit 1) newest
					        cross join lateral jsonb_array_elements(newest.inhoud -> 'activiteiten') a
					        where p.household_id = h.id and a ->> 'status' in ('LOOPT', 'AFGEROND')) as first_activity_start,
					       exists (select 1 from inburgering.contact_moment cm
					               join inburgering.contact_agreement ca on ca.contact_moment_id = cm.id
					               where cm.household_id = h.id and ca.soort = 'OVERGANG_18') as transition_agreement,
					       o.vanaf as ontzorgd_vanaf, o.tot as ontzorgd_tot, o.vervolg_afgesproken
					from inburgering.household h
					left join inburgering.household_contact_summary s on s.household_id = h.id
					left join inburgering.ontzorging o on o.household_id = h.id
					where h.gemeente = any(:gemeenten) and (cast(:only as uuid) is null or h.id = :only)
					order by h.id""")
			.param("gemeenten", scope.gemeenteCodes())
			.param("only", only)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new HouseholdFacts(new HouseholdId(id), new GemeenteCode(rs.getString("gemeente")),
						rs.getObject("registered_on", LocalDate.class), rs.getObject("arrival_date", LocalDate.class),
						rs.getObject("last_contact", LocalDate.class),
						rs.getObject("earliest_open_deadline", LocalDate.class), rs.getBoolean("pip_established"),
						rs.getObject("first_activity_start", LocalDate.class), rs.getBoolean("transition_agreement"),
						members.getOrDefault(id, List.of()), ontzorging(rs));
			})
			.list();
		log.record(Inburgering.REGIE, Operation.READ, read);
		return facts;
	}

	private static @Nullable Ontzorging ontzorging(ResultSet rs) throws SQLException {
		LocalDate vanaf = rs.getObject("ontzorgd_vanaf", LocalDate.class);
		return vanaf == null ? null : new Ontzorging(vanaf, rs.getObject("ontzorgd_tot", LocalDate.class),
				rs.getBoolean("vervolg_afgesproken"));
	}

	/**
	 * The member names of those of {@code households} in the caller's scope, in household
	 * order; households outside the scope are left out. Each member shown is recorded in
	 * the processing log.
	 */
	@Transactional
	public Map<HouseholdId, List<String>> memberNames(Collection<HouseholdId> households) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		if (households.isEmpty() || scope.gemeenteCodes().length == 0) {
			return Map.of();
		}
		Map<HouseholdId, List<String>> names = new LinkedHashMap<>();
		List<DataSubject> shown = new ArrayList<>();
		jdbc.sql("""
				select m.household_id, m.person_id, m.voornaam || ' ' || m.achternaam as name
				from inburgering.household_member m
				join inburgering.household h on h.id = m.household_id
				where m.household_id = any(:households) and h.gemeente = any(:gemeenten)
				order by m.household_id, m.position""")
			.param("households", households.stream().map(HouseholdId::value).toArray(UUID[]::new))
			.param("gemeenten", scope.gemeenteCodes())
			.query(rs -> {
				names.computeIfAbsent(new HouseholdId(rs.getObject("household_id", UUID.class)), k -> new ArrayList<>())
					.add(rs.getString("name"));
				shown.add(DataSubject.person(rs.getObject("person_id", UUID.class)));
			});
		log.record(Inburgering.REGIE, Operation.READ, shown);
		return names;
	}

	/**
	 * Brings the household's row up to date from its contact moments, in the caller's
	 * transaction: a new household gets a row (never contacted, nothing open), a changed
	 * one its last contact and open deadlines.
	 */
	void refresh(Household household) {
		jdbc.sql(
				"""
						with contacts as (
						  select max(cm.datum) as last_contact,
						         coalesce(array_agg(ca.deadline order by ca.deadline)
						                  filter (where ca.deadline is not null and ca.afgerond_op is null), '{}') as open_deadlines
						  from inburgering.contact_moment cm
						  left join inburgering.contact_agreement ca on ca.contact_moment_id = cm.id
						  where cm.household_id = :household)
						insert into inburgering.household_contact_summary
						  (household_id, gemeente, arrival_date, last_contact, open_deadlines, earliest_open_deadline)
						select :household, :gemeente, :arrival, last_contact, open_deadlines, open_deadlines[1] from contacts
						on conflict (household_id) do update
						  set last_contact = excluded.last_contact, open_deadlines = excluded.open_deadlines,
						      earliest_open_deadline = excluded.earliest_open_deadline""")
			.param("household", household.id().value())
			.param("gemeente", household.gemeente().value())
			.param("arrival", household.arrivalDate())
			.update();
	}

}
