package nl.verbinder.placement;

import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Kandidaat;
import nl.verbinder.placement.optimiser.PlacementResult;
import nl.verbinder.placement.optimiser.Taakstelling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Placement runs, each one row with its inputs and result as JSON. */
@Repository
class PlacementStore {

	/**
	 * A stored run. {@code fixed}: household id → municipality published earlier (stays
	 * put).
	 */
	record Run(UUID id, String periode, Instant createdAt, UUID createdBy, Status status,
			Plaatsing.@Nullable RunMessage bericht, FitModel.Weights gewichten, List<Kandidaat> kandidaten,
			FitModel.Context context, List<Taakstelling> taakstellingen, Map<String, String> fixed,
			@Nullable PlacementResult resultaat, @Nullable Instant publishedAt, @Nullable UUID basisRun) {
	}

	/**
	 * A run is a concept until solved; solving can fail; a solved run can be published
	 * once.
	 */
	public enum Status {

		CONCEPT, BEZIG, KLAAR, MISLUKT, GEPUBLICEERD

	}

	private static final TypeReference<List<Kandidaat>> CANDIDATES = new TypeReference<>() {
	};

	private static final TypeReference<List<Taakstelling>> QUOTAS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> FIXED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	PlacementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Run r) {
		jdbc.sql(
				"""
						insert into placement.run (id, periode, aangemaakt_op, aangemaakt_door, status, bericht, gewichten, kandidaten, context,
						  taakstellingen, vaste_plaatsing, resultaat, gepubliceerd_op, basis_run, version)
						values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
						  null, null, ?, 0)""")
			.params(r.id(), r.periode(), Timestamp.from(r.createdAt()), r.createdBy(), r.status().name(),
					r.bericht() == null ? null : r.bericht().code(), json.writeValueAsString(r.gewichten()),
					json.writeValueAsString(r.kandidaten()), json.writeValueAsString(r.context()),
					json.writeValueAsString(r.taakstellingen()), json.writeValueAsString(r.fixed()), r.basisRun())
			.update();
	}

	void status(UUID id, Status status, Plaatsing.@Nullable RunMessage message) {
		jdbc.sql(
				"update placement.run set status = ?, bericht = ?, bericht_argumenten = ?, version = version + 1 where id = ?")
			.params(status.name(), message == null ? null : message.code(),
					message == null ? new String[0] : message.arguments().toArray(String[]::new), id)
			.update();
	}

	/** Replaces a concept run's quotas; false when the run is no longer a concept. */
	boolean quotas(UUID id, List<Taakstelling> quotas) {
		return jdbc.sql("""
				update placement.run set taakstellingen = cast(? as jsonb), version = version + 1
				where id = ? and status in ('CONCEPT', 'MISLUKT')""")
			.params(json.writeValueAsString(quotas), id)
			.update() == 1;
	}

	/**
	 * Runs left running by a stop of the application: they failed, and can be started
	 * again.
	 */
	int failInterrupted() {
		return jdbc
			.sql("""
					update placement.run set status = 'MISLUKT', bericht = 'placement.failed.interrupted', bericht_argumenten = '{}',
					  version = version + 1
					where status = 'BEZIG'""")
			.update();
	}

	void result(UUID id, PlacementResult result) {
		jdbc.sql(
				"update placement.run set status = ?, bericht = null, bericht_argumenten = '{}', resultaat = cast(? as jsonb), version = version + 1 where id = ?")
			.params(Status.KLAAR.name(), json.writeValueAsString(result), id)
			.update();
	}

	/** Marks a solved run published; false when it was not (or no longer) solved. */
	boolean publish(UUID id, Instant at) {
		return jdbc.sql("""
				update placement.run set status = 'GEPUBLICEERD', gepubliceerd_op = ?, version = version + 1
				where id = ? and status = 'KLAAR'""").params(Timestamp.from(at), id).update() == 1;
	}

	Optional<Run> find(UUID id) {
		return jdbc.sql("select * from placement.run where id = ?").param(id).query(this::map).optional();
	}

	/** The runs, newest first, as a list shows them. */
	List<Plaatsing.RunSummary> all() {
		return jdbc
			.sql("""
					select id, periode, aangemaakt_op, status, bericht, bericht_argumenten, jsonb_array_length(kandidaten) as huishoudens,
					  (select coalesce(sum(jsonb_array_length(k->'leden')), 0) from jsonb_array_elements(kandidaten) k) as personen,
					  coalesce((resultaat->>'gap')::float8, 0) as gap, coalesce((resultaat->>'placedPersons')::bigint, 0) as geplaatst
					from placement.run order by aangemaakt_op desc limit 50""")
			.query((rs, n) -> new Plaatsing.RunSummary(rs.getObject("id", UUID.class), rs.getString("periode"),
					rs.getTimestamp("aangemaakt_op").toInstant(), rs.getString("status"), message(rs),
					rs.getInt("huishoudens"), rs.getInt("personen"), rs.getDouble("gap"), rs.getLong("geplaatst")))
			.list();
	}

	private static Plaatsing.@Nullable RunMessage message(ResultSet rs) throws SQLException {
		String code = rs.getString("bericht");
		return code == null ? null
				: new Plaatsing.RunMessage(code, List.of((String[]) rs.getArray("bericht_argumenten").getArray()));
	}

	private Run map(ResultSet rs, int row) throws SQLException {
		String result = rs.getString("resultaat");
		Timestamp published = rs.getTimestamp("gepubliceerd_op");
		return new Run(rs.getObject("id", UUID.class), rs.getString("periode"),
				rs.getTimestamp("aangemaakt_op").toInstant(), rs.getObject("aangemaakt_door", UUID.class),
				Status.valueOf(rs.getString("status")), message(rs),
				json.readValue(rs.getString("gewichten"), FitModel.Weights.class),
				json.readValue(rs.getString("kandidaten"), CANDIDATES),
				json.readValue(rs.getString("context"), FitModel.Context.class),
				json.readValue(rs.getString("taakstellingen"), QUOTAS),
				json.readValue(rs.getString("vaste_plaatsing"), FIXED),
				result == null ? null : json.readValue(result, PlacementResult.class),
				published == null ? null : published.toInstant(), rs.getObject("basis_run", UUID.class));
	}

}
