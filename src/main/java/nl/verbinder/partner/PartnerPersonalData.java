package nl.verbinder.partner;

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
 * What the partner module keeps about one person, for an access request: the bases for
 * sharing (consents) of their household that concern the whole household or them, their
 * referrals with the steps, notes and plan notices, and who is involved with their
 * household.
 */
@Component
class PartnerPersonalData implements PersonalData {

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

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	PartnerPersonalData(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, Set<UUID> households, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = PersonalDataRows.read(jdbc, QUERIES, person, households);
		return tables.isEmpty() ? Optional.empty() : Optional.of(new Part("partner", tables));
	}

	@Override
	public Set<String> tables() {
		return QUERIES.keySet().stream().map(t -> "partner." + t).collect(Collectors.toUnmodifiableSet());
	}

}
