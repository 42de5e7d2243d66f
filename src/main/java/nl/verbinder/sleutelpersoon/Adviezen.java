package nl.verbinder.sleutelpersoon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
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

	/** How much advice there is per municipality, life domain and status. */
	List<Advising.AdviceCount> counts(@Nullable GemeenteCode gemeente) {
		return jdbc.sql("""
				select domein, status, count(*), count(distinct auteur_id), grouping(status) from sleutelpersoon.advies
				where cast(:gemeente as text) is null or gemeente = :gemeente
				group by grouping sets ((domein, status), (domein))""")
			.param("gemeente", gemeente == null ? null : gemeente.value(), java.sql.Types.VARCHAR)
			.query((rs, n) -> new Advising.AdviceCount(rs.getString(1) == null ? null : Domein.valueOf(rs.getString(1)),
					rs.getInt(5) == 1 ? null : Advies.Status.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
			.list();
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
