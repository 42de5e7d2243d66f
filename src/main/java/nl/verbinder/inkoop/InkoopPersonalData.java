package nl.verbinder.inkoop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.PersonalData;
import nl.verbinder.access.PersonalDataRows;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the inkoop module keeps about one person, for an access request: their
 * participations in purchased trajectories, with the attendance and results the providers
 * reported.
 */
@Component
class InkoopPersonalData implements PersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("deelname", """
				select to_jsonb(t) from inkoop.deelname t where t.person_id = :p order by t.id""");
		q.put("aanwezigheid", """
				select to_jsonb(t) from inkoop.aanwezigheid t
				where t.deelname_id in (select id from inkoop.deelname where person_id = :p) order by t.datum""");
		q.put("resultaat", """
				select to_jsonb(t) from inkoop.resultaat t
				where t.deelname_id in (select id from inkoop.deelname where person_id = :p) order by t.datum""");
		return q;
	}

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	InkoopPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part("inkoop", tables));
	}

	@Override
	public Set<String> tables() {
		return QUERIES.keySet().stream().map(t -> "inkoop." + t).collect(Collectors.toUnmodifiableSet());
	}

}
