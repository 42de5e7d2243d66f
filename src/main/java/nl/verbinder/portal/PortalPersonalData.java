package nl.verbinder.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.verbinder.access.QueriedPersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the portal keeps about one person, for an access request: their invitations
 * (without the activation code's hash), the link of their account to them with their
 * chosen language, their questions and the answers, their wishes, and their ratings of
 * referrals and activities.
 */
@Component
class PortalPersonalData extends QueriedPersonalData {

	/**
	 * Per table, the query of its rows about the person (:p) and their households (:h).
	 */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("newcomer", """
				select to_jsonb(t) from portal.newcomer t where t.person_id = :p""");
		q.put("invitation",
				"""
						select to_jsonb(t) - 'code_hash' from portal.invitation t where t.person_id = :p order by t.created_at""");
		q.put("message", """
				select to_jsonb(t) from portal.message t where t.person_id = :p order by t.sent_at""");
		q.put("wish", """
				select to_jsonb(t) from portal.wish t where t.person_id = :p""");
		q.put("rating", """
				select to_jsonb(t) from portal.rating t where t.person_id = :p order by t.rated_on""");
		q.put("activity_rating", """
				select to_jsonb(t) from portal.activity_rating t where t.person_id = :p order by t.rated_on""");
		return q;
	}

	PortalPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		super("portal", QUERIES, jdbc, rowLevelSecurity);
	}

}
