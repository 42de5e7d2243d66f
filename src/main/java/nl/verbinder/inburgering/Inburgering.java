package nl.verbinder.inburgering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.DataSubject;
import nl.verbinder.access.Operation;
import nl.verbinder.access.Permission;
import nl.verbinder.access.ProcessingActivity;
import nl.verbinder.access.ProcessingLog;
import nl.verbinder.access.RowLevelSecurity;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.Bsn;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inburgering module's API. Every method asks {@link AccessControl} for a scope first, reads and
 * writes only within the municipalities of that scope, and records each processing of a person's data
 * in the {@link ProcessingLog}. Households outside the scope do not exist as far as the caller can tell.
 */
@Service
public class Inburgering {

	/** The municipality's regie on the inburgering of a household (Wet inburgering 2021). */
	public static final ProcessingActivity REGIE = new ProcessingActivity("inburgering.regie",
			"Regie op de inburgering van inburgeraars en hun gezin",
			"Wet inburgering 2021, art. 6 en 14-16 (wettelijke taak, AVG art. 6 lid 1 sub e)");

	/** One new member, as entered; everything after {@code gezinsrol} may be unknown (null). */
	public record NewMember(String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol,
			@Nullable Geslacht geslacht, @Nullable String geboorteland, @Nullable String nationaliteit,
			@Nullable LocalDate verblijfsvergunning, @Nullable String bsn, @Nullable String vNummer) {

		public NewMember(String voornaam, String achternaam, LocalDate geboortedatum, Gezinsrol gezinsrol) {
			this(voornaam, achternaam, geboortedatum, gezinsrol, null, null, null, null, null, null);
		}

		Member toMember() {
			return new Member(UUID.randomUUID(), voornaam, achternaam, geboortedatum, gezinsrol, geslacht, geboorteland,
					nationaliteit, verblijfsvergunning, bsn, vNummer);
		}
	}

	/**
	 * Registering someone who is probably registered already: the same name (or nearly) and date of birth.
	 * The caller shows the candidates and registers anyway only when told this is someone else.
	 */
	public static class PossibleDuplicate extends RuntimeException {

		private final List<DuplicateCandidate> candidates;

		PossibleDuplicate(List<DuplicateCandidate> candidates) {
			super("Possibly registered already: " + candidates.size() + " person(s) with a similar name and the same date of birth");
			this.candidates = List.copyOf(candidates);
		}

		public List<DuplicateCandidate> candidates() {
			return candidates;
		}
	}

	/**
	 * Registering a BSN that is registered already, in a household the caller may see (duplicates are
	 * looked for within the caller's scope). The page links to that household.
	 */
	public static class BsnRegistered extends RuleViolation {

		private final HouseholdId household;

		BsnRegistered(String maskedBsn, HouseholdId household) {
			super("rule.household.bsn-registered", maskedBsn, household.toString());
			this.household = household;
		}

		public HouseholdId household() {
			return household;
		}
	}

	private final Households households;
	private final JdbcClient jdbc;
	private final AccessControl access;
	private final ProcessingLog log;
	private final RowLevelSecurity rowLevelSecurity;
	private final Scoping scoping;
	private final ReferenceData reference;
	private final DuplicateDetection duplicates;
	private final Clock clock;
	private final org.springframework.beans.factory.ObjectProvider<TimelineSource> timelineSources;
	private final nl.verbinder.access.AccountAdministration accounts;

	Inburgering(Households households, JdbcClient jdbc, AccessControl access, ProcessingLog log,
			RowLevelSecurity rowLevelSecurity, Scoping scoping, ReferenceData reference, DuplicateDetection duplicates,
			Clock clock, org.springframework.beans.factory.ObjectProvider<TimelineSource> timelineSources,
			nl.verbinder.access.AccountAdministration accounts) {
		this.timelineSources = timelineSources;
		this.accounts = accounts;
		this.households = households;
		this.jdbc = jdbc;
		this.access = access;
		this.log = log;
		this.rowLevelSecurity = rowLevelSecurity;
		this.scoping = scoping;
		this.reference = reference;
		this.duplicates = duplicates;
		this.clock = clock;
	}


	@Transactional
	public HouseholdView register(GemeenteCode gemeente, String adres, String postcode, LocalDate arrivalDate,
			List<NewMember> members) {
		return register(gemeente, adres, postcode, arrivalDate, members, false);
	}

	/**
	 * Registers a household. A BSN that is registered already is refused; a member who probably is (similar
	 * name, same date of birth) raises {@link PossibleDuplicate} unless {@code confirmedNewPersons}.
	 */
	@Transactional
	public HouseholdView register(GemeenteCode gemeente, String adres, String postcode, LocalDate arrivalDate,
			List<NewMember> members, boolean confirmedNewPersons) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_WRITE);
		scope.require(gemeente);
		List<Member> entered = members.stream().map(NewMember::toMember).toList();
		checkCountries(entered);
		checkDuplicates(entered, confirmedNewPersons);
		Household household = households.save(Household.register(gemeente, adres, postcode, arrivalDate,
				scope.actor().id().value(), entered, clock));
		// Every household is in the caseload's read model from the start: never contacted, nothing open.
		jdbc.sql("""
				insert into inburgering.household_contact_summary (household_id, gemeente, arrival_date, open_deadlines)
				values (?, ?, ?, '{}')""")
			.params(household.id().value(), gemeente.value(), arrivalDate)
			.update();
		log.record(REGIE, Operation.CREATE, subjects(household));
		return HouseholdView.of(household);
	}

	/**
	 * Registers a household that a published placement brought to {@code gemeente}, for its intake: the
	 * planner's act, within the planner's (regional) scope; where it lives now stands in for the address.
	 */
	@Transactional
	public HouseholdView registerPlaced(GemeenteCode gemeente, String whereNow, LocalDate placedOn, List<NewMember> members) {
		AccessScope scope = scoping.scope(Permission.PLACEMENT_PLAN);
		scope.require(gemeente);
		List<Member> entered = members.stream().map(NewMember::toMember).toList();
		checkCountries(entered);
		Household household = households.save(Household.announce(gemeente, whereNow, placedOn, caseManagerFor(gemeente,
				scope.actor().id().value()), entered, clock));
		jdbc.sql("""
				insert into inburgering.household_contact_summary (household_id, gemeente, arrival_date, open_deadlines)
				values (?, ?, ?, '{}')""")
			.params(household.id().value(), gemeente.value(), placedOn)
			.update();
		log.record(REGIE, Operation.CREATE, subjects(household));
		return HouseholdView.of(household);
	}

	/** The municipality's case manager with the fewest households (the planner's own account when it has none). */
	private UUID caseManagerFor(GemeenteCode gemeente, UUID fallback) {
		var candidates = accounts.enabledAccounts(nl.verbinder.access.Role.CASE_MANAGER, gemeente);
		if (candidates.isEmpty()) {
			return fallback;
		}
		Map<UUID, Long> load = new java.util.HashMap<>();
		jdbc.sql("select case_manager_id, count(*) from inburgering.household where gemeente = ? group by case_manager_id")
			.param(gemeente.value())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list()
			.forEach(e -> load.put(e.getKey(), e.getValue()));
		return candidates.stream()
			.map(nl.verbinder.access.AccountId::value)
			.min(java.util.Comparator.comparingLong((UUID id) -> load.getOrDefault(id, 0L)).thenComparing(UUID::toString))
			.orElse(fallback);
	}

	@Transactional
	public HouseholdView household(HouseholdId id) {
		Household household = scoping.household(id, scoping.scope(Permission.HOUSEHOLD_READ));
		log.record(REGIE, Operation.READ, subjects(household));
		return HouseholdView.of(household);
	}

	/** Where a household lives and who its case manager is: what a key person needs for a home visit. */
	public record Visit(HouseholdId household, GemeenteCode gemeente, String adres, String postcode, UUID caseManagerId) {
	}

	/**
	 * The address and case manager of a household for someone whose task there the calling module has
	 * established (a key person's accepted home visit), within the caller's row-level security. The read is
	 * logged under {@code activity} like every read of personal data.
	 */
	@Transactional
	public Optional<Visit> visitFor(HouseholdId id, ProcessingActivity activity) {
		Optional<Visit> visit = households.findById(id.value())
			.map(h -> new Visit(h.id(), h.gemeente(), h.adres(), h.postcode(), h.caseManagerId()));
		visit.ifPresent(v -> log.record(activity, Operation.READ, DataSubject.household(id.value())));
		return visit;
	}

	@Transactional
	public HouseholdView addMember(HouseholdId id, long expectedVersion, NewMember member, boolean confirmedNewPerson) {
		Household household = scoping.household(id, scoping.scope(Permission.HOUSEHOLD_WRITE));
		household.expectVersion(expectedVersion);
		Member entered = member.toMember();
		checkCountries(List.of(entered));
		checkDuplicates(List.of(entered), confirmedNewPerson);
		Member added = household.addMember(entered);
		household = households.save(household);
		log.record(REGIE, Operation.CREATE, DataSubject.person(added.personId()));
		return HouseholdView.of(household);
	}

	/**
	 * The households in the caller's scope that {@code filter} selects, most urgent first: overdue
	 * agreements, then the longest without contact (never contacted first), then the newest arrivals.
	 * The search finds a member by BSN (nine digits), date of birth (2025-03-01 or 01-03-2025) or a part of
	 * a name. Reading the list is reading the listed members' names.
	 */
	@Transactional
	public List<CaseloadEntry> caseload(CaseloadFilter filter, int limit) {
		AccessScope scope = scoping.scope(Permission.HOUSEHOLD_READ);
		if (filter.gemeente() != null) {
			scope.require(filter.gemeente());
		}
		Search query = Search.parse(filter.search());
		LocalDate today = LocalDate.now(clock);
		record Row(UUID id, String gemeente, String adres, LocalDate arrival, @Nullable LocalDate lastContact, int open,
				int overdue, UUID personId, String name) {
		}
		// The filters, on the caseload's read model (s) of each household: all of them need only its id.
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
		// One municipality as an equality, so the index yields the calm households in order (no sort of all).
		List<String> gemeenten = filter.gemeente() != null ? List.of(filter.gemeente().value())
				: List.of(scope.gemeenteCodes());
		if (gemeenten.isEmpty()) {
			return List.of();
		}
		String inScope = gemeenten.size() == 1 ? "s.gemeente = :gemeente" : "s.gemeente = any(:gemeenten)";
		// Urgency order in two parts: households with an overdue agreement (few, sorted in full: most overdue
		// agreements first), then all others in the order of an index: never contacted or longest ago first,
		// then the newest arrivals.
		List<Row> rows = jdbc.sql("""
				with urgent as (
				  select s.household_id, s.last_contact, s.arrival_date, cardinality(s.open_deadlines) as open,
				         cast((select count(*) from unnest(s.open_deadlines) d where d < :today) as int) as overdue
				  from inburgering.household_contact_summary s
				  where %1$s and s.earliest_open_deadline < :today
				  %2$s
				  order by overdue desc, s.last_contact asc nulls first, s.arrival_date desc, s.household_id
				  limit :limit),
				calm as (
				  select s.household_id, s.last_contact, s.arrival_date, cardinality(s.open_deadlines) as open, 0 as overdue
				  from inburgering.household_contact_summary s
				  where %1$s and (s.earliest_open_deadline is null or s.earliest_open_deadline >= :today)
				  %2$s
				  order by s.last_contact asc nulls first, s.arrival_date desc, s.household_id
				  limit :limit),
				page as (
				  select * from (select *, 0 as part from urgent union all select *, 1 as part from calm) both_parts
				  order by part, overdue desc, last_contact asc nulls first, arrival_date desc, household_id
				  limit :limit)
				select p.household_id as id, h.gemeente, h.adres, p.arrival_date, p.last_contact, p.open, p.overdue,
				       m.person_id, m.voornaam || ' ' || m.achternaam as name
				from page p
				join inburgering.household h on h.id = p.household_id
				join inburgering.household_member m on m.household_id = p.household_id
				order by p.part, p.overdue desc, p.last_contact asc nulls first, p.arrival_date desc, p.household_id,
				         m.position""".formatted(inScope, filters))
			.param("gemeenten", gemeenten.toArray(String[]::new))
			.param("gemeente", gemeenten.getFirst())
			.param("pattern", query.namePattern())
			.param("bsn", query.bsn())
			.param("born", query.born())
			.param("contactBefore", filter.daysWithoutContact() == null ? null : today.minusDays(filter.daysWithoutContact()))
			.param("openOnly", filter.onlyOpenAgreements())
			.param("route", filter.leerroute())
			.param("fase", filter.fase() == null ? null : filter.fase().name())
			.param("today", today)
			.param("limit", Math.clamp(limit, 1, 500))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("gemeente"), rs.getString("adres"),
					rs.getObject("arrival_date", LocalDate.class), rs.getObject("last_contact", LocalDate.class),
					rs.getInt("open"), rs.getInt("overdue"), rs.getObject("person_id", UUID.class), rs.getString("name")))
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
		log.record(REGIE, Operation.READ, shown);
		return List.copyOf(entries.values());
	}

	/** Everything that happened with the household, newest first. */
	@Transactional
	public List<TimelineEntry> timeline(HouseholdId id) {
		Household household = scoping.household(id, scoping.scope(Permission.HOUSEHOLD_READ));
		List<TimelineEntry> entries = jdbc.sql("""
				select cast(h.registered_at as date) as datum, 'REGISTERED' as kind, null as person, null as detail
				from inburgering.household h where h.id = :h
				union all
				select i.assessed_on, 'INTAKE', m.voornaam, null
				from inburgering.intake i join inburgering.household_member m on m.person_id = i.person_id
				where i.household_id = :h
				union all
				select v.besproken_op, 'PIP_DISCUSSED', m.voornaam, v.leerroute
				from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
				join inburgering.household_member m on m.person_id = p.person_id
				where p.household_id = :h and v.besproken_op is not null
				union all
				select v.vastgesteld_op, 'PIP_ESTABLISHED', m.voornaam, v.leerroute
				from inburgering.pip p join inburgering.pip_version v on v.pip_id = p.id
				join inburgering.household_member m on m.person_id = p.person_id
				where p.household_id = :h and v.vastgesteld_op is not null
				union all
				select c.datum, 'CONTACT', null, c.kanaal
				from inburgering.contact_moment c where c.household_id = :h
				order by datum desc, kind""")
			.param("h", household.id().value())
			.query((rs, n) -> new TimelineEntry(rs.getObject("datum", LocalDate.class),
					TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getString("person"), rs.getString("detail")))
			.list();
		List<TimelineEntry> all = new ArrayList<>(entries);
		timelineSources.orderedStream().forEach(source -> all.addAll(source.entries(household.id())));
		all.sort(java.util.Comparator.comparing(TimelineEntry::date).reversed().thenComparing(TimelineEntry::kind));
		log.record(REGIE, Operation.READ, subjects(household));
		return all;
	}

	/** Households per municipality of the region: figures only, no persons. */
	@Transactional(readOnly = true)
	public Map<GemeenteCode, Long> householdsPerGemeente() {
		// Figures cover the whole region for every role that may see figures; they name no one.
		rowLevelSecurity.restrictTo(access.regionScope(Permission.AGGREGATES_READ));
		Map<GemeenteCode, Long> counts = new LinkedHashMap<>();
		access.region().gemeenteCodes().forEach(g -> counts.put(g, 0L));
		jdbc.sql("select gemeente, count(*) from inburgering.household group by gemeente")
			.query((rs, n) -> Map.entry(new GemeenteCode(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach(e -> counts.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
		return counts;
	}

	private void checkCountries(List<Member> members) {
		for (Member m : members) {
			for (String country : java.util.Arrays.asList(m.geboorteland(), m.nationaliteit())) {
				if (country != null && reference.land(country).isEmpty()) {
					throw new RuleViolation("rule.country.unknown", country);
				}
			}
		}
	}

	/** Needs a transaction restricted to a scope: duplicates are looked for where the caller may look. */
	private void checkDuplicates(List<Member> members, boolean confirmed) {
		List<DuplicateCandidate> candidates = new ArrayList<>();
		for (Member m : members) {
			if (m.bsn() != null) {
				jdbc.sql("select household_id from inburgering.household_member where bsn = ?")
					.param(m.bsn())
					.query(UUID.class)
					.optional()
					.ifPresent(h -> {
						throw new BsnRegistered(Bsn.of(m.bsn()).masked(), new HouseholdId(h));
					});
			}
			if (!confirmed) {
				candidates.addAll(duplicates.similarTo(m));
			}
		}
		if (!candidates.isEmpty()) {
			throw new PossibleDuplicate(candidates);
		}
	}


	private static List<DataSubject> subjects(Household household) {
		return household.members().stream().map(m -> DataSubject.person(m.personId())).toList();
	}
}
