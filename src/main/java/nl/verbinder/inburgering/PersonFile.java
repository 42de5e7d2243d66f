package nl.verbinder.inburgering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verbinder.access.AccessScope;
import nl.verbinder.access.PersonalData;
import nl.verbinder.access.RowLevelSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the inburgering module keeps about one person, for an access request: their own
 * rows (membership, intakes, plan and its versions, profile, self-assessments, outflow)
 * and those of their household as a whole (address, contact moments and their agreements,
 * contact summary, ontzorging, placement); never another member's own rows. Every row as
 * the table holds it, column by column.
 */
@Component
class PersonFile implements PersonalData {

	private static final String OWN = "(select household_id from inburgering.household_member where person_id = :p)";

	/** Per table, the query of its rows about the person (:p). */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> q = new LinkedHashMap<>();
		q.put("household", "select to_jsonb(t) from inburgering.household t where t.id in " + OWN);
		q.put("household_member", "select to_jsonb(t) from inburgering.household_member t where t.person_id = :p");
		q.put("intake", "select to_jsonb(t) from inburgering.intake t where t.person_id = :p order by t.id");
		q.put("intake_domain", """
				select to_jsonb(t) from inburgering.intake_domain t
				where t.intake_id in (select id from inburgering.intake where person_id = :p)
				order by t.intake_id, t.position""");
		q.put("pip", "select to_jsonb(t) from inburgering.pip t where t.person_id = :p");
		q.put("pip_version", """
				select to_jsonb(t) from inburgering.pip_version t
				where t.pip_id in (select id from inburgering.pip where person_id = :p) order by t.nummer""");
		q.put("person_profile", "select to_jsonb(t) from inburgering.person_profile t where t.person_id = :p");
		q.put("self_assessment",
				"select to_jsonb(t) from inburgering.self_assessment t where t.person_id = :p order by t.id");
		q.put("uitstroom", "select to_jsonb(t) from inburgering.uitstroom t where t.person_id = :p order by t.id");
		q.put("contact_moment", "select to_jsonb(t) from inburgering.contact_moment t where t.household_id in " + OWN
				+ " order by t.id");
		q.put("contact_agreement", """
				select to_jsonb(t) from inburgering.contact_agreement t
				where t.contact_moment_id in (select id from inburgering.contact_moment where household_id in %s)
				order by t.contact_moment_id, t.position""".formatted(OWN));
		q.put("household_contact_summary",
				"select to_jsonb(t) from inburgering.household_contact_summary t where t.household_id in " + OWN);
		q.put("ontzorging", "select to_jsonb(t) from inburgering.ontzorging t where t.household_id in " + OWN);
		q.put("placement_intake",
				"select to_jsonb(t) from inburgering.placement_intake t where t.household_id in " + OWN);
		return q;
	}

	private final JdbcClient jdbc;

	private final RowLevelSecurity rowLevelSecurity;

	private final JsonMapper json = JsonMapper.builder().build();

	PersonFile(JdbcClient jdbc, RowLevelSecurity rowLevelSecurity) {
		this.jdbc = jdbc;
		this.rowLevelSecurity = rowLevelSecurity;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> about(UUID person, AccessScope scope) {
		rowLevelSecurity.restrictTo(scope);
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		QUERIES.forEach((table, sql) -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (String row : jdbc.sql(sql).param("p", person).query(String.class).list()) {
				rows.add(json.readValue(row, new TypeReference<LinkedHashMap<String, Object>>() {
				}));
			}
			if (!rows.isEmpty()) {
				tables.put(table, rows);
			}
		});
		return tables.containsKey("household_member") ? Optional.of(new Part("inburgering", tables)) : Optional.empty();
	}

}
