package nl.verbinder.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a module's rows about a person for its {@link PersonalData}: per table one query
 * that selects {@code to_jsonb(t)} of its rows, with the person as {@code :p} and their
 * households as {@code :h} (an array), so that every row is answered as the table holds
 * it and a new column is in the export without anyone remembering it. The module calls it
 * in its own transaction, with row-level security restricted to the export's scope.
 */
public final class PersonalDataRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PersonalDataRows() {
	}

	/**
	 * Per table that has any, the rows its query answers (tables without rows left out).
	 */
	public static Map<String, List<Map<String, Object>>> read(JdbcClient jdbc, Map<String, String> queries, UUID person,
			Set<UUID> households) {
		UUID[] h = households.toArray(UUID[]::new);
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		queries.forEach((table, sql) -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			var statement = jdbc.sql(sql);
			if (sql.contains(":p")) {
				statement = statement.param("p", person);
			}
			if (sql.contains(":h")) {
				statement = statement.param("h", h);
			}
			for (String row : statement.query(String.class).list()) {
				rows.add(JSON.readValue(row, new TypeReference<LinkedHashMap<String, Object>>() {
				}));
			}
			if (!rows.isEmpty()) {
				tables.put(table, rows);
			}
		});
		return tables;
	}

}
