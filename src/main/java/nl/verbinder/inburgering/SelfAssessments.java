package nl.verbinder.inburgering;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-assessments, insert-only, behind row-level security like the intakes beside them.
 */
@Repository
class SelfAssessments {

	private static final TypeReference<Map<Domein, Integer>> SCORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	SelfAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SelfAssessment a, HouseholdId household, String gemeente) {
		jdbc.sql("""
				insert into inburgering.self_assessment (id, person_id, household_id, gemeente, scores, recorded_at)
				values (?, ?, ?, ?, cast(? as jsonb), ?)""")
			.params(a.id(), a.personId(), household.value(), gemeente,
					json.writeValueAsString(new EnumMap<>(a.scores())), Timestamp.from(a.recordedAt()))
			.update();
	}

	/** Every self-assessment of the person, oldest first. */
	List<SelfAssessment> ofPerson(UUID personId) {
		return jdbc.sql(
				"select id, recorded_at, scores from inburgering.self_assessment where person_id = ? order by recorded_at")
			.param(personId)
			.query((rs, n) -> new SelfAssessment(rs.getObject(1, UUID.class), personId, rs.getTimestamp(2).toInstant(),
					json.readValue(rs.getString(3), SCORES)))
			.list();
	}

}
