package nl.verbinder.sleutelpersoon;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the sleutelpersoon module keeps about one person, for an access request: the
 * requests for a key person for their household, with their answers and reports, and the
 * visits planned for them.
 */
@Component
class SleutelpersoonPersonalData extends QueriedPersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("verzoek", """
				select to_jsonb(t) from sleutelpersoon.verzoek t where t.household_id = any (:h) order by t.id""");
		q.put("visit_appointment", """
				select to_jsonb(t) from sleutelpersoon.visit_appointment t
				where t.verzoek_id in (select id from sleutelpersoon.verzoek where household_id = any (:h))""");
		return q;
	}

	SleutelpersoonPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("sleutelpersoon", QUERIES, jdbc, rowLevelSecurity);
	}

}
