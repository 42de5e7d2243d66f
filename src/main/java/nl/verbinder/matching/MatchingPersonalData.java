package nl.verbinder.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the matching module keeps about one person, for an access request: their
 * preferences for matching and the wishes they gave in the portal, as kept for matching.
 */
@Component
class MatchingPersonalData extends QueriedPersonalData {

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

	MatchingPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("matching", QUERIES, jdbc, rowLevelSecurity);
	}

}
