package nl.verbinder.access;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emergency-access grants (break the glass) for the person's households, for an
 * access request: which municipality opened the household, why, from when until when.
 * Without the account and name of whoever opened it, as the processing log's part shows
 * role and municipality rather than the name. The export puts them in its access part,
 * beside the processing log.
 */
@Component
class EmergencyAccessPersonalData extends QueriedPersonalData {

	private static final Map<String, String> QUERIES = Map.of("emergency_access", """
			select to_jsonb(t) - 'account_id' - 'actor' from access.emergency_access t
			where t.household_id = any (:h) order by t.granted_at""");

	EmergencyAccessPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("access", QUERIES, jdbc, rowLevelSecurity);
	}

}
