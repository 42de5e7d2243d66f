package nl.verbinder.inburgering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.shared.LanguageLevel;
import nl.verbinder.shared.TaalCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores person profiles: one row per person with the content as JSON and an optimistic
 * version. A profile is inserted at its first change; a write on a stale version changes
 * nothing and conflicts.
 */
@Repository
class PersonProfiles {

	/** The stored form of a profile's content: plain strings for codes. */
	record ContentJson(List<SkillJson> talen, List<PersonProfile.Education> opleidingen,
			List<PersonProfile.WorkExperience> werkervaring, String talenten, String wensen) {

		record SkillJson(String taal, LanguageLevel niveau) {
		}

		static ContentJson of(PersonProfile.Content c) {
			return new ContentJson(c.talen().stream().map(t -> new SkillJson(t.taal().value(), t.niveau())).toList(),
					c.opleidingen(), c.werkervaring(), c.talenten(), c.wensen());
		}

		PersonProfile.Content toContent() {
			return new PersonProfile.Content(talen.stream()
				.map(t -> new PersonProfile.LanguageSkill(new TaalCode(t.taal()), t.niveau()))
				.toList(), opleidingen, werkervaring, talenten, wensen);
		}
	}

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	PersonProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored content document read into its value. */
	PersonProfile.Content content(String json) {
		return this.json.readValue(json, ContentJson.class).toContent();
	}

	Optional<PersonProfile> find(UUID personId) {
		return jdbc.sql(
				"select person_id, household_id, gemeente, inhoud::text as inhoud, version from inburgering.person_profile where person_id = ?")
			.param(personId)
			.query((rs, n) -> new PersonProfile(rs.getObject("person_id", UUID.class),
					rs.getObject("household_id", UUID.class), rs.getString("gemeente"),
					json.readValue(rs.getString("inhoud"), ContentJson.class).toContent(), rs.getLong("version")))
			.optional();
	}

	/**
	 * Writes the profile's content if it is still at {@code profile.version()}; the new
	 * version is one higher.
	 */
	long save(PersonProfile profile, UUID changedBy, Instant at) {
		String content = json.writeValueAsString(ContentJson.of(profile.content()));
		int written = profile.version() == 0
				? jdbc
					.sql("""
							insert into inburgering.person_profile (person_id, household_id, gemeente, inhoud, version, changed_at, changed_by)
							values (?, ?, ?, cast(? as jsonb), 1, ?, ?) on conflict (person_id) do nothing""")
					.params(profile.personId(), profile.householdId(), profile.gemeente(), content, Timestamp.from(at),
							changedBy)
					.update()
				: jdbc
					.sql("""
							update inburgering.person_profile set inhoud = cast(? as jsonb), version = version + 1, changed_at = ?,
							  changed_by = ? where person_id = ? and version = ?""")
					.params(content, Timestamp.from(at), changedBy, profile.personId(), profile.version())
					.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException(
					"The profile of person " + profile.personId() + " was changed by someone else");
		}
		return profile.version() + 1;
	}

}
