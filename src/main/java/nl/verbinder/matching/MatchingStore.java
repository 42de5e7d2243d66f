package nl.verbinder.matching;

import nl.verbinder.shared.Paging;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opportunities, and people's preferences for matching (the latter behind row-level
 * security).
 */
@Repository
class MatchingStore {

	record StoredVoorkeur(Voorkeur voorkeur, long version) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	MatchingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Kans k) {
		jdbc.sql("""
				insert into matching.kans (id, organisatie_id, soort, gemeente, gegevens, actief, version)
				values (?, ?, ?, ?, cast(? as jsonb), true, 0)""")
			.params(k.id(), k.organisationId(), k.soort().name(), k.location().value(), json.writeValueAsString(k))
			.update();
	}

	List<Kans> active() {
		return jdbc.sql("select gegevens from matching.kans where actief order by soort, gegevens->>'title'")
			.query((rs, n) -> json.readValue(rs.getString(1), Kans.class))
			.list();
	}

	/** One page of the active opportunities, in the asked order or by kind and title. */
	List<Kans> active(Paging paging) {
		return jdbc
			.sql("select gegevens from matching.kans where actief order by %s limit ? offset ?"
				.formatted(paging.orderBy(SORTING, "soort, gegevens->>'title'", "id")))
			.params(paging.pageSize(), paging.offset())
			.query((rs, n) -> json.readValue(rs.getString(1), Kans.class))
			.list();
	}

	long countActive() {
		return jdbc.sql("select count(*) from matching.kans where actief").query(Long.class).single();
	}

	/** The fields the opportunities can be sorted by, and their columns. */
	static final Map<String, String> SORTING = Map.of("titel", "gegevens->>'title'", "soort", "soort", "gemeente",
			"gemeente");

	Optional<Kans> find(UUID id) {
		return jdbc.sql("select gegevens from matching.kans where id = ?")
			.param(id)
			.query((rs, n) -> json.readValue(rs.getString(1), Kans.class))
			.optional();
	}

	Optional<StoredVoorkeur> voorkeur(UUID personId) {
		return jdbc.sql(
				"select interesses, uren_per_week, dagen, reisafstand_km, version from matching.voorkeur where person_id = ?")
			.param(personId)
			.query((rs,
					n) -> new StoredVoorkeur(new Voorkeur(Set.of((String[]) rs.getArray(1).getArray()), rs.getInt(2),
							Arrays.stream((String[]) rs.getArray(3).getArray())
								.map(DayOfWeek::valueOf)
								.collect(Collectors.toSet()),
							rs.getInt(4)), rs.getLong(5)))
			.optional();
	}

	/**
	 * Preferences of many people at once (those in the transaction's scope), for ranking
	 * candidates.
	 */
	Map<UUID, Voorkeur> voorkeuren() {
		Map<UUID, Voorkeur> all = new HashMap<>();
		jdbc.sql("select person_id, interesses, uren_per_week, dagen, reisafstand_km from matching.voorkeur")
			.query((rs) -> {
				all.put(rs.getObject(1, UUID.class),
						new Voorkeur(Set.of((String[]) rs.getArray(2).getArray()), rs.getInt(3),
								Arrays.stream((String[]) rs.getArray(4).getArray())
									.map(DayOfWeek::valueOf)
									.collect(Collectors.toSet()),
								rs.getInt(5)));
			});
		return all;
	}

	/**
	 * Writes the preferences if still at {@code expectedVersion} (0: none recorded yet).
	 */
	void save(UUID personId, UUID householdId, String gemeente, Voorkeur v, long expectedVersion) {
		String[] interests = v.interesses().stream().sorted().toArray(String[]::new);
		String[] days = v.dagen().stream().sorted().map(DayOfWeek::name).toArray(String[]::new);
		int written = expectedVersion == 0
				? jdbc
					.sql("""
							insert into matching.voorkeur (person_id, household_id, gemeente, interesses, uren_per_week, dagen, reisafstand_km, version)
							values (?, ?, ?, ?, ?, ?, ?, 1) on conflict (person_id) do nothing""")
					.params(personId, householdId, gemeente, interests, v.urenPerWeek(), days, v.reisafstandKm())
					.update()
				: jdbc.sql("""
						update matching.voorkeur set interesses = ?, uren_per_week = ?, dagen = ?, reisafstand_km = ?,
						  version = version + 1 where person_id = ? and version = ?""")
					.params(interests, v.urenPerWeek(), days, v.reisafstandKm(), personId, expectedVersion)
					.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException(
					"The preferences of person " + personId + " were changed by someone else");
		}
	}

}
