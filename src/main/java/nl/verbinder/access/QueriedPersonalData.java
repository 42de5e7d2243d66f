package nl.verbinder.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module's {@link PersonalData} that is one query per table of its own schema, each
 * taking the person ({@code :p}) and their households ({@code :h}), read under the
 * scope's row-level security ({@link PersonalDataRows}); its part is named after the
 * module and left out when no table has a row.
 */
public abstract class QueriedPersonalData implements PersonalData {

	private final String module;

	private final Map<String, String> queries;

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	/**
	 * @param module the module, which is also its schema
	 * @param queries per table (in the module's schema), the query of its rows, in the
	 * order the part shows them
	 */
	protected QueriedPersonalData(String module, Map<String, String> queries, JdbcClient jdbc,
			RowLevelSecurity rowLevelSecurity) {
		this.module = module;
		this.queries = queries;
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, queries, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part(module, tables));
	}

	@Override
	public Set<String> tables() {
		return queries.keySet().stream().map(t -> module + "." + t).collect(Collectors.toUnmodifiableSet());
	}

}
