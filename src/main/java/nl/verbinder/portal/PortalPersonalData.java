package nl.verbinder.portal;

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
 * What the portal keeps about one person, for an access request: their invitations
 * (without the activation code's hash), the link of their account to them with their
 * chosen language, their questions and the answers, their wishes, and their ratings of
 * referrals and activities.
 */
@Component
class PortalPersonalData implements PersonalData {

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

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	PortalPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part("portal", tables));
	}

	@Override
	public Set<String> tables() {
		return QUERIES.keySet().stream().map(t -> "portal." + t).collect(Collectors.toUnmodifiableSet());
	}

}
