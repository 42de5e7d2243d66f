package nl.verbinder.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency-access grants (break the glass) for the person's households, for an
 * access request: which municipality opened the household, why, from when until when.
 * Without the account and name of whoever opened it, as the processing log's part shows
 * role and municipality rather than the name. The export puts them in its access part,
 * beside the processing log.
 */
@Component
class EmergencyAccessPersonalData implements PersonalData {

	private static final Map<String, String> QUERIES = Map.of("emergency_access", """
			select to_jsonb(t) - 'account_id' - 'actor' from access.emergency_access t
			where t.household_id = any (:h) order by t.granted_at""");

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	EmergencyAccessPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part("access", tables));
	}

	@Override
	public Set<String> tables() {
		return Set.of("access.emergency_access");
	}

}
