package nl.verbinder.partner;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the partner module keeps about one person, for an access request: the bases for
 * sharing (consents) of their household that concern the whole household or them, their
 * referrals with the steps, notes and plan notices, and who is involved with their
 * household.
 */
@Component
class PartnerPersonalData extends QueriedPersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("grondslag", """
				select to_jsonb(t) from partner.grondslag t
				where t.household_id = any (:h) and (t.person_id is null or t.person_id = :p) order by t.id""");
		q.put("doorverwijzing", """
				select to_jsonb(t) from partner.doorverwijzing t where t.person_id = :p order by t.id""");
		q.put("doorverwijzing_stap", """
				select to_jsonb(t) from partner.doorverwijzing_stap t
				where t.doorverwijzing_id in (select id from partner.doorverwijzing where person_id = :p)""");
		q.put("plan_notice", """
				select to_jsonb(t) from partner.plan_notice t
				where t.doorverwijzing_id in (select id from partner.doorverwijzing where person_id = :p)""");
		q.put("betrokkenheid", """
				select to_jsonb(t) from partner.betrokkenheid t where t.household_id = any (:h)""");
		return q;
	}

	PartnerPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("partner", QUERIES, jdbc, rowLevelSecurity);
	}

}
