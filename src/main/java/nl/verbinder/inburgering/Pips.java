package nl.verbinder.inburgering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores PIPs: the plan row with its optimistic-locking version, and one row per plan
 * version with its content as JSON. Written by hand with {@link JdbcClient} because a
 * plan's versions are a list of immutable records whose content holds a sealed type.
 */
@Repository
class Pips {

	/** A loaded plan together with the version of its row, for optimistic locking. */
	record Loaded(Pip pip, UUID householdId, long rowVersion) {
	}

	/** The stored form of {@link PipInhoud}: the route by its code. */
	record InhoudJson(String leerroute, LocalDate termijnStart, List<Inburgeringstermijn.Verlenging> verlengingen,
			List<PipInhoud.Doel> doelen, List<PipInhoud.Activiteit> activiteiten, @Nullable String duaalTraject) {

		static InhoudJson of(PipInhoud inhoud) {
			return new InhoudJson(inhoud.leerroute().code(), inhoud.termijn().start(), inhoud.termijn().verlengingen(),
					inhoud.doelen(), inhoud.activiteiten(), inhoud.duaalTraject());
		}

		PipInhoud toInhoud() {
			return new PipInhoud(Leerroute.of(leerroute), new Inburgeringstermijn(termijnStart, verlengingen), doelen,
					activiteiten, duaalTraject);
		}
	}

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Pips(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Loaded> findByPerson(UUID personId) {
		record Row(UUID id, UUID householdId, String gemeente, LocalDate geboortedatum, long version) {
		}
		return jdbc
			.sql("select id, household_id, gemeente, geboortedatum, version from inburgering.pip where person_id = ?")
			.param(personId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
					rs.getString("gemeente"), rs.getObject("geboortedatum", LocalDate.class), rs.getLong("version")))
			.optional()
			.map(row -> {
				List<Pip.Versie> versies = jdbc.sql("""
						select nummer, status, inhoud::text as inhoud, besproken_op, visie_nieuwkomer, vastgesteld_op,
						       vastgesteld_door
						from inburgering.pip_version where pip_id = ? order by nummer""")
					.param(row.id())
					.query((rs, n) -> new Pip.Versie(rs.getInt("nummer"), Pip.Status.valueOf(rs.getString("status")),
							json.readValue(rs.getString("inhoud"), InhoudJson.class).toInhoud(),
							rs.getObject("besproken_op", LocalDate.class), rs.getString("visie_nieuwkomer"),
							rs.getObject("vastgesteld_op", LocalDate.class),
							rs.getObject("vastgesteld_door", UUID.class)))
					.list();
				return new Loaded(Pip.restore(row.id(), personId, row.householdId(), row.gemeente(),
						row.geboortedatum(), versies), row.householdId(), row.version());
			});
	}

	void insert(Pip pip, UUID householdId) {
		jdbc.sql("""
				insert into inburgering.pip (id, person_id, household_id, gemeente, geboortedatum, version)
				values (?, ?, ?, ?, ?, 0)""")
			.params(pip.id(), pip.personId(), householdId, pip.gemeente(), pip.geboortedatum())
			.update();
		pip.versies().forEach(v -> upsert(pip.id(), v));
		writeTermInForce(pip);
	}

	/**
	 * Keeps the term of the plan in force on the plan row (start, end of the first year,
	 * start of the last half year, end), so that the caseload filters by phase with plain
	 * date comparisons.
	 */
	private void writeTermInForce(Pip pip) {
		var termijn = pip.established().map(v -> v.inhoud().termijn()).orElse(null);
		jdbc.sql("""
				update inburgering.pip set termijn_start = ?, termijn_eerste_jaar_tot = ?, termijn_laatste_halfjaar = ?,
				  termijn_einde = ?, leerroute_in_force = ? where id = ?""")
			.params(termijn == null ? null : termijn.start(), termijn == null ? null : termijn.eindeEersteJaar(),
					termijn == null ? null : termijn.startLaatsteHalfjaar(), termijn == null ? null : termijn.einde(),
					pip.established().map(v -> v.inhoud().leerroute().code()).orElse(null), pip.id())
			.update();
	}

	/**
	 * Saves the changed plan if nobody else saved it since {@code expectedRowVersion};
	 * otherwise an {@link OptimisticLockingFailureException}. Established versions are
	 * never written again.
	 */
	void update(Pip pip, long expectedRowVersion) {
		int updated = jdbc.sql("update inburgering.pip set version = version + 1 where id = ? and version = ?")
			.params(pip.id(), expectedRowVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("PIP " + pip.id() + " was changed by someone else");
		}
		List<Integer> established = jdbc
			.sql("select nummer from inburgering.pip_version where pip_id = ? and status = 'VASTGESTELD'")
			.param(pip.id())
			.query(Integer.class)
			.list();
		pip.versies().stream().filter(v -> !established.contains(v.nummer())).forEach(v -> upsert(pip.id(), v));
		writeTermInForce(pip);
	}

	private void upsert(UUID pipId, Pip.Versie v) {
		jdbc.sql("""
				insert into inburgering.pip_version (pip_id, nummer, status, leerroute, inhoud, besproken_op,
				  visie_nieuwkomer, vastgesteld_op, vastgesteld_door)
				values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
				on conflict (pip_id, nummer) do update set status = excluded.status, leerroute = excluded.leerroute,
				  inhoud = excluded.inhoud, besproken_op = excluded.besproken_op,
				  visie_nieuwkomer = excluded.visie_nieuwkomer, vastgesteld_op = excluded.vastgesteld_op,
				  vastgesteld_door = excluded.vastgesteld_door""")
			.params(pipId, v.nummer(), v.status().name(), v.inhoud().leerroute().code(),
					json.writeValueAsString(InhoudJson.of(v.inhoud())), v.discussedOn(), v.visieNieuwkomer(),
					v.establishedOn(), v.establishedBy())
			.update();
	}

}
