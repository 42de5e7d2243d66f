package nl.verbinder.placement;

import nl.verbinder.shared.Paging;
import nl.verbinder.placement.optimiser.FitModel;
import nl.verbinder.placement.optimiser.Huishouden;
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
	 * put). {@code huishoudens}: the households as the optimiser sees them, when the run
	 * was imported as an instance (then {@code kandidaten} is empty).
	 */
	record Run(UUID id, String periode, Instant createdAt, UUID createdBy, Status status, @Nullable RunMessage bericht,
			FitModel.Weights gewichten, List<Kandidaat> kandidaten, FitModel.Context context,
			List<Taakstelling> taakstellingen, Map<String, String> fixed, @Nullable PlacementResult resultaat,
			@Nullable Instant publishedAt, @Nullable UUID basisRun, @Nullable List<Huishouden> huishoudens) {

		/** Households in the run. */
		int households() {
			return huishoudens != null ? huishoudens.size() : kandidaten.size();
		}

		/** Persons in the run. */
		long persons() {
			return huishoudens != null ? huishoudens.stream().mapToLong(Huishouden::size).sum()
					: kandidaten.stream().mapToLong(Kandidaat::size).sum();
		}

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

	private static final TypeReference<List<Huishouden>> HOUSEHOLDS = new TypeReference<>() {
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
						  taakstellingen, vaste_plaatsing, resultaat, gepubliceerd_op, basis_run, huishoudens, version)
						values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
						  null, null, ?, cast(? as jsonb), 0)""")
			.params(r.id(), r.periode(), Timestamp.from(r.createdAt()), r.createdBy(), r.status().name(),
					r.bericht() == null ? null : r.bericht().code(), json.writeValueAsString(r.gewichten()),
					json.writeValueAsString(r.kandidaten()), json.writeValueAsString(r.context()),
					json.writeValueAsString(r.taakstellingen()), json.writeValueAsString(r.fixed()), r.basisRun(),
					r.huishoudens() == null ? null : json.writeValueAsString(r.huishoudens()))
			.update();
	}

	/**
	 * The run failed while {@code solver} solved it; false (and nothing changed) when
	 * that node no longer holds it.
	 */
	boolean fail(UUID id, String solver, RunMessage message) {
		return jdbc.sql("""
				update placement.run set status = 'MISLUKT', bericht = ?, bericht_argumenten = ?, solver = null,
				  lease_until = null, version = version + 1
				where id = ? and solver = ? and status = 'BEZIG'""")
			.params(message.code(), message.arguments().toArray(String[]::new), id, solver)
			.update() == 1;
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
	 * The run's result, written only by the node that holds it: a run is finished exactly
	 * once, even when a node that lost its lease finishes later.
	 */
	boolean finish(UUID id, String solver, PlacementResult result) {
		return jdbc.sql("""
				update placement.run set status = 'KLAAR', bericht = null, bericht_argumenten = '{}',
				  resultaat = cast(? as jsonb), solver = null, lease_until = null, progress_percent = 100,
				  version = version + 1
				where id = ? and solver = ? and status = 'BEZIG'""")
			.params(json.writeValueAsString(result), id, solver)
			.update() == 1;
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

	/** The newest 50 runs, as the planner's page shows them. */
	List<Plaatsing.RunSummary> all() {
		return page(Paging.first(50, "/plaatsing"));
	}

	/** The fields the runs can be sorted by, and their columns. */
	static final Map<String, String> SORTING = Map.of("aangemaaktOp", "aangemaakt_op", "periode", "periode", "status",
			"status");

	long count() {
		return jdbc.sql("select count(*) from placement.run").query(Long.class).single();
	}

	/** One page of the runs, newest first unless another order is asked. */
	List<Plaatsing.RunSummary> page(Paging paging) {
		return jdbc
			.sql("""
					select id, periode, aangemaakt_op, status, bericht, bericht_argumenten,
					  coalesce(jsonb_array_length(huishoudens), jsonb_array_length(kandidaten)) as huishoudens,
					  coalesce((select sum((h->>'size')::int) from jsonb_array_elements(huishoudens) h),
					    (select coalesce(sum(jsonb_array_length(k->'leden')), 0) from jsonb_array_elements(kandidaten) k)) as personen,
					  coalesce((resultaat->>'gap')::float8, 0) as gap, coalesce((resultaat->>'placedPersons')::bigint, 0) as geplaatst
					from placement.run order by %s limit ? offset ?"""
				.formatted(paging.orderBy(SORTING, "aangemaakt_op desc", "id")))
			.params(paging.pageSize(), paging.offset())
			.query((rs, n) -> new Plaatsing.RunSummary(rs.getObject("id", UUID.class), rs.getString("periode"),
					rs.getTimestamp("aangemaakt_op").toInstant(), rs.getString("status"), message(rs),
					rs.getInt("huishoudens"), rs.getInt("personen"), rs.getDouble("gap"), rs.getLong("geplaatst")))
			.list();
	}

	private static @Nullable RunMessage message(ResultSet rs) throws SQLException {
		String code = rs.getString("bericht");
		return code == null ? null
				: new RunMessage(code, List.of((String[]) rs.getArray("bericht_argumenten").getArray()));
	}

	private Run map(ResultSet rs, int row) throws SQLException {
		String result = rs.getString("resultaat");
		String households = rs.getString("huishoudens");
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
				published == null ? null : published.toInstant(), rs.getObject("basis_run", UUID.class),
				households == null ? null : json.readValue(households, HOUSEHOLDS));
	}

}
