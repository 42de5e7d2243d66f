package nl.verbinder.sleutelpersoon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores advice with an optimistic version. */
@Repository
class Adviezen {

	/** Advice with the version of its row. */
	record Stored(Advies advies, long version) {
	}

	private static final String COLUMNS = """
			id, auteur_id, auteur, auteur_rol, sleutelpersoon_id, tekst, domein, gemeente, gemeenschap, ingediend_op, status,
			reactie, beoordeeld_op, version""";

	private final JdbcClient jdbc;

	Adviezen(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How much advice there is per life domain and status, and per life domain in any
	 * status, each with its distinct authors: about each municipality, and in the whole
	 * region (every piece, also advice about no municipality). The region's rows are
	 * counted here, not added up from the municipalities', since an author who advised
	 * about two municipalities is one author.
	 */
	Advising.AdviceCounts counts() {
		List<Advising.AdviceCount> region = new ArrayList<>();
		Map<GemeenteCode, List<Advising.AdviceCount>> perGemeente = new HashMap<>();
		jdbc.sql(
				"""
						select gemeente, domein, status, count(*), count(distinct auteur_id), grouping(gemeente), grouping(status)
						from sleutelpersoon.advies
						group by grouping sets ((gemeente, domein, status), (gemeente, domein), (domein, status), (domein))""")
			.query((ResultSet rs) -> {
				var count = new Advising.AdviceCount(rs.getString(2) == null ? null : Domein.valueOf(rs.getString(2)),
						rs.getInt(7) == 1 ? null : Advies.Status.valueOf(rs.getString(3)), rs.getLong(4),
						rs.getLong(5));
				if (rs.getInt(6) == 1) {
					region.add(count);
				}
				else if (rs.getString(1) != null) {
					perGemeente.computeIfAbsent(new GemeenteCode(rs.getString(1)), g -> new ArrayList<>()).add(count);
				}
			});
		return new Advising.AdviceCounts(region, perGemeente);
	}

	void insert(Advies a) {
		jdbc.sql(
				"""
						insert into sleutelpersoon.advies (id, auteur_id, auteur, auteur_rol, sleutelpersoon_id, tekst, domein, gemeente,
						  gemeenschap, ingediend_op, status, reactie, beoordeeld_op, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(a.id(), a.auteurId(), a.auteur(), a.auteurRol(), a.sleutelpersoonId(), a.tekst(),
					a.domein() == null ? null : a.domein().name(), a.gemeente() == null ? null : a.gemeente().value(),
					a.gemeenschap(), Timestamp.from(a.submittedOn()), a.status().name(), a.reactie(), a.triagedOn())
			.update();
	}

	void update(Advies a, long expectedVersion) {
		int updated = jdbc.sql("""
				update sleutelpersoon.advies set status = ?, reactie = ?, beoordeeld_op = ?, version = version + 1
				where id = ? and version = ?""")
			.params(a.status().name(), a.reactie(), a.triagedOn(), a.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Advice " + a.id() + " was changed by someone else");
		}
	}

	Optional<Stored> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from sleutelpersoon.advies where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	/**
	 * All advice, new first, then under consideration, then decided; newest first within
	 * each.
	 */
	List<Stored> all(int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ """
							from sleutelpersoon.advies
							order by case status when 'NIEUW' then 0 when 'IN_BEHANDELING' then 1 else 2 end, ingediend_op desc limit ?"""
						.indent(1))
			.param(limit)
			.query(this::map)
			.list();
	}

	List<Stored> byAuthor(UUID author, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from sleutelpersoon.advies where auteur_id = ? order by ingediend_op desc limit ?")
			.params(author, limit)
			.query(this::map)
			.list();
	}

	private Stored map(ResultSet rs, int row) throws SQLException {
		String domein = rs.getString("domein");
		String gemeente = rs.getString("gemeente");
		return new Stored(new Advies(rs.getObject("id", UUID.class), rs.getObject("auteur_id", UUID.class),
				rs.getString("auteur"), rs.getString("auteur_rol"), rs.getObject("sleutelpersoon_id", UUID.class),
				rs.getString("tekst"), domein == null ? null : Domein.valueOf(domein),
				gemeente == null ? null : new GemeenteCode(gemeente), rs.getString("gemeenschap"),
				rs.getTimestamp("ingediend_op").toInstant(), Advies.Status.valueOf(rs.getString("status")),
				rs.getString("reactie"), rs.getObject("beoordeeld_op", LocalDate.class)), rs.getLong("version"));
	}

}
