package nl.verbinder.sleutelpersoon;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores requests; reads see only the municipalities the transaction is restricted to.
 */
@Repository
class Verzoeken {

	/** A stored request with the version of its row. */
	record Stored(Verzoek verzoek, long version) {
	}

	private static final String COLUMNS = """
			id, soort, talen, rol, domein, gemeente, wijk, van, tot, minuten, urgentie, household_id, contact_voornaam, doel,
			aangevraagd_door, status, toegewezen_aan, geweigerd_door, afgerond_op, minuten_besteed, km_gereisd, verslag,
			vernietigd, version""";

	private final JdbcClient jdbc;

	Verzoeken(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Verzoek v, Instant at) {
		jdbc.sql(
				"""
						insert into sleutelpersoon.verzoek (id, soort, talen, rol, domein, gemeente, wijk, van, tot, minuten, urgentie,
						  household_id, contact_voornaam, doel, aangevraagd_door, aangevraagd_op, status, toegewezen_aan, version)
						values (?, ?, cast(? as text[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(v.id(), v.soort().name(), v.talen().stream().map(TaalCode::value).toArray(String[]::new),
					v.rol().name(), v.domein() == null ? null : v.domein().name(), v.gemeente().value(), v.wijk(),
					v.van(), v.tot(), v.minuten(), v.urgentie().name(), v.householdId(), v.contactVoornaam(), v.doel(),
					v.requestedBy(), Timestamp.from(at), v.status().name(), v.assignedTo())
			.update();
	}

	/**
	 * Saves the request's progress if the row is still at {@code expectedVersion};
	 * otherwise a conflict.
	 */
	void updateStatus(Verzoek v, long expectedVersion) {
		var report = v.verslag();
		int updated = jdbc.sql("""
				update sleutelpersoon.verzoek set status = ?, toegewezen_aan = ?, geweigerd_door = cast(? as uuid[]),
				  afgerond_op = ?, minuten_besteed = ?, km_gereisd = ?, verslag = ?, version = version + 1
				where id = ? and version = ?""")
			.params(v.status().name(), v.assignedTo(), v.declinedBy().toArray(UUID[]::new),
					report == null ? null : report.datum(), report == null ? null : report.minuten(),
					report == null ? null : report.km(), report == null ? null : report.tekst(), v.id(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Request " + v.id() + " was changed by someone else");
		}
	}

	Optional<Stored> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from sleutelpersoon.verzoek where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	/**
	 * The request, or "not found" (also for a request outside the caller's
	 * municipalities).
	 */
	Stored require(UUID id) {
		return find(id).orElseThrow(() -> new NoSuchElementException("No request " + id));
	}

	/** The requests offered to, accepted by or done by one key person, newest first. */
	List<Stored> ofKeyPerson(UUID sleutelpersoon, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from sleutelpersoon.verzoek where toegewezen_aan = ? order by van desc, id limit ?")
			.params(sleutelpersoon, limit)
			.query(this::map)
			.list();
	}

	/**
	 * Per month: the minutes and kilometres one key person reported, newest month first.
	 */
	List<OwnRequests.MonthTotal> monthTotals(UUID sleutelpersoon) {
		return jdbc
			.sql("""
					select date_trunc('month', afgerond_op)::date as maand, count(*) as aantal, sum(minuten_besteed) as minuten,
					       sum(km_gereisd) as km
					from sleutelpersoon.verzoek where toegewezen_aan = ? and status = 'AFGEROND'
					group by 1 order by 1 desc""")
			.param(sleutelpersoon)
			.query((rs, n) -> new OwnRequests.MonthTotal(rs.getObject("maand", LocalDate.class), rs.getInt("aantal"),
					rs.getInt("minuten"), rs.getInt("km")))
			.list();
	}

	/**
	 * Per municipality and requested language since {@code since}: requests made, offered
	 * or taken, and unmet.
	 */
	List<PoolOverview.LanguageDemand> demand(LocalDate since, LocalDate today) {
		return jdbc.sql("""
				select v.gemeente, t.taal, count(*) as gevraagd,
				       count(*) filter (where v.status in ('AANGEBODEN', 'GEACCEPTEERD', 'AFGEROND')) as gekoppeld,
				       count(*) filter (where v.status = 'OPEN' and v.tot < :today) as onvervuld
				from sleutelpersoon.verzoek v, unnest(v.talen) as t(taal)
				where v.van >= :since
				group by v.gemeente, t.taal order by onvervuld desc, gevraagd desc, v.gemeente, t.taal""")
			.param("since", since)
			.param("today", today)
			.query((rs, n) -> new PoolOverview.LanguageDemand(rs.getString("gemeente"), rs.getString("taal"),
					rs.getInt("gevraagd"), rs.getInt("gekoppeld"), rs.getInt("onvervuld")))
			.list();
	}

	/** Reported minutes per key person and per municipality since {@code since}. */
	Map<String, Integer> reportedMinutes(LocalDate since, boolean perGemeente) {
		Map<String, Integer> result = new LinkedHashMap<>();
		jdbc.sql("""
				select %s as key, sum(minuten_besteed) as minuten from sleutelpersoon.verzoek
				where status = 'AFGEROND' and afgerond_op >= ? group by 1 order by 2 desc"""
			.formatted(perGemeente ? "gemeente" : "cast(toegewezen_aan as text)")).param(since).query(rs -> {
				result.put(rs.getString("key"), rs.getInt("minuten"));
			});
		return result;
	}

	/**
	 * Open requests whose time window overlaps the week from {@code monday} to the Sunday
	 * after it; not those destroyed with their household's file, which can no longer be
	 * offered.
	 */
	List<Stored> openInWeek(LocalDate monday) {
		return jdbc.sql("select " + COLUMNS
				+ " from sleutelpersoon.verzoek where status = 'OPEN' and not vernietigd and van <= ? and tot >= ? order by van, id")
			.params(monday.plusDays(6), monday)
			.query(this::map)
			.list();
	}

	/** The requests of the municipalities in scope, open ones first, then by date. */
	List<Stored> inScope(int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from sleutelpersoon.verzoek order by status = 'OPEN' desc, van, id limit ?")
			.param(limit)
			.query(this::map)
			.list();
	}

	/**
	 * Per key person: the minutes of the requests assigned to them in the week (Monday to
	 * Sunday) of {@code day}, and the households they have worked for.
	 */
	Map<UUID, CandidateRanking.Workload> workloads(LocalDate day) {
		LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
		Map<UUID, Integer> minutes = new HashMap<>();
		Map<UUID, Set<UUID>> households = new HashMap<>();
		jdbc.sql(
				"""
						select toegewezen_aan, household_id, minuten, van >= :monday and van < :nextMonday as this_week
						from sleutelpersoon.verzoek where toegewezen_aan is not null and status in ('AANGEBODEN', 'GEACCEPTEERD', 'AFGEROND')""")
			.param("monday", monday)
			.param("nextMonday", monday.plusDays(7))
			.query(rs -> {
				UUID person = rs.getObject("toegewezen_aan", UUID.class);
				if (rs.getBoolean("this_week")) {
					minutes.merge(person, rs.getInt("minuten"), Integer::sum);
				}
				UUID household = rs.getObject("household_id", UUID.class);
				if (household != null) {
					households.computeIfAbsent(person, k -> new HashSet<>()).add(household);
				}
			});
		Map<UUID, CandidateRanking.Workload> result = new HashMap<>();
		for (UUID person : union(minutes.keySet(), households.keySet())) {
			result.put(person, new CandidateRanking.Workload(minutes.getOrDefault(person, 0),
					households.getOrDefault(person, Set.of())));
		}
		return result;
	}

	private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
		var all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

	private Stored map(ResultSet rs, int row) throws SQLException {
		Array talen = rs.getArray("talen");
		String domein = rs.getString("domein");
		LocalDate done = rs.getObject("afgerond_op", LocalDate.class);
		Verzoek.Verslag report = done == null ? null : new Verzoek.Verslag(done, rs.getInt("minuten_besteed"),
				rs.getInt("km_gereisd"), rs.getString("verslag"));
		return new Stored(new Verzoek(rs.getObject("id", UUID.class), Verzoek.Soort.valueOf(rs.getString("soort")),
				Arrays.stream((String[]) talen.getArray()).map(TaalCode::new).toList(),
				Rol.valueOf(rs.getString("rol")), domein == null ? null : Domein.valueOf(domein),
				new GemeenteCode(rs.getString("gemeente")), rs.getString("wijk"), rs.getObject("van", LocalDate.class),
				rs.getObject("tot", LocalDate.class), rs.getInt("minuten"),
				Verzoek.Urgentie.valueOf(rs.getString("urgentie")), rs.getObject("household_id", UUID.class),
				rs.getString("contact_voornaam"), rs.getString("doel"), rs.getObject("aangevraagd_door", UUID.class),
				Verzoek.Status.valueOf(rs.getString("status")), rs.getObject("toegewezen_aan", UUID.class),
				Set.of((UUID[]) rs.getArray("geweigerd_door").getArray()), report, rs.getBoolean("vernietigd")),
				rs.getLong("version"));
	}

}
