package nl.verbinder.sleutelpersoon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the key persons of the pool, each as one JSON document with an optimistic
 * version.
 */
@Repository
class Pool {

	/** A stored key person and the version of its row. */
	record Stored(Sleutelpersoon sleutelpersoon, long version) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Pool(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Stored> all() {
		return jdbc.sql("select gegevens::text as gegevens, version from sleutelpersoon.sleutelpersoon order by id")
			.query(this::map)
			.list();
	}

	Optional<Stored> find(UUID id) {
		return jdbc.sql("select gegevens::text as gegevens, version from sleutelpersoon.sleutelpersoon where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	private Stored map(ResultSet rs, int row) throws SQLException {
		return new Stored(json.readValue(rs.getString("gegevens"), Sleutelpersoon.class), rs.getLong("version"));
	}

	void insert(Sleutelpersoon person) {
		jdbc.sql("""
				insert into sleutelpersoon.sleutelpersoon (id, gegevens, woonplaats, einde, version)
				values (?, cast(? as jsonb), ?, ?, 0)""")
			.params(person.id(), json.writeValueAsString(person), person.woonplaats().value(), person.einde())
			.update();
	}

	/**
	 * Links a key person to the account they sign in with; one account per key person.
	 */
	void linkAccount(UUID sleutelpersoon, UUID account) {
		jdbc.sql("update sleutelpersoon.sleutelpersoon set account_id = ? where id = ?")
			.params(account, sleutelpersoon)
			.update();
	}

	/** The key person who signs in with this account, if any. */
	Optional<Stored> byAccount(UUID account) {
		return jdbc
			.sql("select gegevens::text as gegevens, version from sleutelpersoon.sleutelpersoon where account_id = ?")
			.param(account)
			.query(this::map)
			.optional();
	}

	/**
	 * Saves the changed key person if the row is still at {@code expectedVersion};
	 * otherwise a conflict.
	 */
	void update(Sleutelpersoon person, long expectedVersion) {
		int updated = jdbc.sql("""
				update sleutelpersoon.sleutelpersoon set gegevens = cast(? as jsonb), woonplaats = ?, einde = ?,
				  version = version + 1 where id = ? and version = ?""")
			.params(json.writeValueAsString(person), person.woonplaats().value(), person.einde(), person.id(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("Key person " + person.id() + " was changed by someone else");
		}
	}

}
