package nl.verbinder.inkoop;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the inkoop module keeps about one person, for an access request: their
 * participations in purchased trajectories, with the attendance and results the providers
 * reported.
 */
@Component
class InkoopPersonalData extends QueriedPersonalData {

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

	InkoopPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("inkoop", QUERIES, jdbc, rowLevelSecurity);
	}

}
