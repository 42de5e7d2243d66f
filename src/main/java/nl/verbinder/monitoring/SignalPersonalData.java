package nl.verbinder.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the monitoring module keeps about one person, for an access request: the signals
 * about their household, open and closed, with how they were handled or dismissed.
 */
@Component
class SignalPersonalData extends QueriedPersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("signal", """
				select to_jsonb(t) from monitoring.signal t where t.household_id = any (:h) order by t.raised_at""");
		return q;
	}

	SignalPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("monitoring", QUERIES, jdbc, rowLevelSecurity);
	}

}
