package nl.verbinder.matching;

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
 * What the matching module keeps about one person, for an access request: their
 * preferences for matching and the wishes they gave in the portal, as kept for matching.
 */
@Component
class MatchingPersonalData implements PersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("voorkeur", """
				select to_jsonb(t) from matching.voorkeur t where t.person_id = :p""");
		q.put("portal_wishes", """
				select to_jsonb(t) from matching.portal_wishes t where t.person_id = :p order by t.changed_at""");
		return q;
	}

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	MatchingPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part("matching", tables));
	}

	@Override
	public Set<String> tables() {
		return QUERIES.keySet().stream().map(t -> "matching." + t).collect(Collectors.toUnmodifiableSet());
	}

}
